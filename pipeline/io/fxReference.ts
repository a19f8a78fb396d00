/**
 * Reference tables: data/reference/fx_rates.csv (currency, date, usd_per_unit, source) and
 * data/reference/country_exports.csv (country, year, exports_usd, source). These are shipped with
 * the project and edited by hand; a malformed row stops the run with a message naming the file,
 * line and value, because a silently skipped rate would turn into a wrong total. A missing file
 * means an empty table (every non-USD amount then raises a missing_rate check).
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { CountryExports, FxRate } from '../tables.ts';
import * as messages from '../messages.ts';
import { parseCsv } from './csv.ts';

const isoDate = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const positive = z
  .string()
  .trim()
  .transform((s) => Number(s.replace(/,/g, '')))
  .pipe(z.number().positive('expected a positive number'));

const FxRow = z.object({
  currency: z.string().trim().regex(/^[A-Z]{3}$/, 'expected a three-letter ISO code'),
  date: isoDate,
  usd_per_unit: positive,
  source: z.string().trim().min(1, 'source is required: say where the rate comes from'),
});

const ExportsRow = z.object({
  country: z.string().trim().min(1, 'country is empty'),
  year: z
    .string()
    .trim()
    .transform(Number)
    .pipe(z.number().int().min(1900).max(2100)),
  exports_usd: positive,
  source: z.string().trim().min(1, 'source is required: say where the figure comes from'),
});

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function parseRows<T>(path: string, text: string, schema: z.ZodType<T>): T[] {
  return parseCsv(text).map((record, i) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    throw new Error(messages.reconcile.referenceBadRow(path, i + 2, field, record[field] ?? '', issue?.message ?? 'invalid row'));
  });
}

export function parseFxRates(path: string, text: string): FxRate[] {
  return parseRows(path, text, FxRow);
}

export function parseCountryExports(path: string, text: string): CountryExports[] {
  return parseRows(path, text, ExportsRow);
}

export async function loadFxRates(path: string): Promise<FxRate[]> {
  const text = await readOptional(path);
  return text === null ? [] : parseFxRates(path, text);
}

export async function loadCountryExports(path: string): Promise<CountryExports[]> {
  const text = await readOptional(path);
  return text === null ? [] : parseCountryExports(path, text);
}
