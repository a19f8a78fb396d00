/**
 * Reads `currencies.csv` (code, name, aliases, countries, default_for, notes; lists `;`-separated)
 * into a currency index. A bad row is reported and skipped: one typo in a user's extension must
 * not stop a run.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { parseCsv } from './csv.ts';
import { buildCurrencyIndex, type CurrencyIndex, type CurrencyRow } from '../extract/currencies.ts';
import { extractFigures as msg } from '../messages.ts';

const list = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(';')
      .map((x) => x.trim())
      .filter((x) => x.length > 0),
  );

const CurrencyRecord = z.object({
  code: z.string().trim().regex(/^[A-Z]{3}$/, 'code must be three capital letters'),
  name: z.string().trim().min(1, 'name is empty'),
  aliases: list,
  countries: list,
  default_for: list,
  notes: z.string().default(''),
});

export interface CurrencyReference {
  index: CurrencyIndex;
  /** One message per skipped row. */
  problems: string[];
}

/** Parse the CSV text of a currency table; `file` names it in messages. */
export function parseCurrencyTable(text: string, file: string): CurrencyReference {
  const rows: CurrencyRow[] = [];
  const problems: string[] = [];
  parseCsv(text).forEach((record, i) => {
    const parsed = CurrencyRecord.safeParse(record);
    if (!parsed.success) {
      const reason = parsed.error.issues.map((issue) => issue.message).join('; ');
      problems.push(msg.currencyRowInvalid(file, i + 2, record.code ?? '', reason));
      return;
    }
    const r = parsed.data;
    rows.push({ code: r.code, name: r.name, aliases: r.aliases, countries: r.countries, defaultFor: r.default_for, notes: r.notes });
  });
  return { index: buildCurrencyIndex(rows), problems };
}

/** Load `<dir>/currencies.csv`. */
export async function loadCurrencyReference(dir: string): Promise<CurrencyReference> {
  const file = join(dir, 'currencies.csv');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(msg.currencyFileUnreadable(file, (error as Error).message));
  }
  return parseCurrencyTable(text, file);
}
