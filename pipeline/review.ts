/**
 * `npm run review -- reports/pledgebook.xlsx`: bring a reviewer's corrections from the workbook's
 * Review sheet (columns table, row_id, column, value, note) into data/corrections.csv, so they
 * apply on every later run. A row for a cell already corrected replaces the older correction.
 *
 * The import is all or nothing: a workbook whose rows name ids that do not exist in the current
 * run's tables (`<out>/tables/*.csv`, by default beside the workbook) is refused with the ids
 * named, since it was most likely made from another run; a malformed row is refused likewise.
 * The previous corrections file is backed up before it is replaced.
 */
import ExcelJS from 'exceljs';
import { dirname, join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Correction } from './tables.ts';
import * as messages from './messages.ts';
import { readCorrections, validateCorrection, writeCorrections } from './io/corrections.ts';
import { parseCsv } from './io/csv.ts';
import { ID_COLUMN } from './reconcile/correctionColumns.ts';

export const REVIEW_COLUMNS = ['table', 'row_id', 'column', 'value', 'note'] as const;

export interface ReviewOptions {
  workbook: string;
  /** The run's tables folder; default `<folder of the workbook>/tables`. */
  tablesDir?: string;
  correctionsPath: string;
  now: Date;
}

export type ReviewResult =
  | { ok: true; added: number; replaced: number; backup: string | null; message: string }
  | { ok: false; problems: string[] };

/** A cell as the text a reviewer typed: numbers in full, rich text joined, formulas by result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
  if ('text' in value && typeof value.text === 'string') return value.text.trim();
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return '';
  return String(value).trim();
}

async function idsOf(tablesDir: string, table: Correction['table']): Promise<Set<string> | null> {
  let text: string;
  try {
    text = await readFile(join(tablesDir, `${table}.csv`), 'utf8');
  } catch {
    return null;
  }
  return new Set(parseCsv(text).map((r) => r[ID_COLUMN[table]] ?? ''));
}

export async function importReview(options: ReviewOptions): Promise<ReviewResult> {
  const { workbook } = options;
  const tablesDir = options.tablesDir ?? join(dirname(workbook), 'tables');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(workbook);
  const sheet = book.getWorksheet('Review');
  if (!sheet) return { ok: false, problems: [messages.review.noSheet(workbook)] };

  const header = REVIEW_COLUMNS.map((_, i) => cellText(sheet.getRow(1).getCell(i + 1).value));
  if (header.join(',') !== REVIEW_COLUMNS.join(',')) return { ok: false, problems: [messages.review.badHeader(workbook, header.join(', '))] };

  const incoming: Correction[] = [];
  const problems: string[] = [];
  for (let line = 2; line <= sheet.rowCount; line++) {
    const row = sheet.getRow(line);
    const record = Object.fromEntries(REVIEW_COLUMNS.map((c, i) => [c, cellText(row.getCell(i + 1).value)])) as Record<string, string>;
    if (REVIEW_COLUMNS.every((c) => record[c] === '')) continue;
    const parsed = validateCorrection(record);
    if (typeof parsed === 'string') problems.push(messages.review.badRow(workbook, line, parsed));
    else incoming.push(parsed);
  }
  if (problems.length > 0) return { ok: false, problems };
  if (incoming.length === 0) return { ok: true, added: 0, replaced: 0, backup: null, message: messages.review.nothingToImport(workbook) };

  const unknown: string[] = [];
  const known = new Map<string, Set<string> | null>();
  for (const c of incoming) {
    if (!known.has(c.table)) known.set(c.table, await idsOf(tablesDir, c.table));
    const ids = known.get(c.table);
    if (ids === null || ids === undefined) return { ok: false, problems: [messages.review.noTables(tablesDir, c.table)] };
    if (!ids.has(c.row_id)) unknown.push(`${c.table} ${c.row_id}`);
  }
  if (unknown.length > 0) return { ok: false, problems: [messages.review.unknownIds(workbook, tablesDir, [...new Set(unknown)].join(', '))] };

  const existing = await readCorrections(options.correctionsPath);
  if (existing.problems.length > 0) return { ok: false, problems: existing.problems.map((p) => p.message) };
  const cell = (c: Correction) => `${c.table}\u0000${c.row_id}\u0000${c.column}`;
  // Later rows of the sheet replace earlier ones for the same cell, like the file itself.
  const incomingByCell = new Map(incoming.map((c) => [cell(c), c]));
  const kept = existing.corrections.filter((c) => !incomingByCell.has(cell(c)));
  const replaced = existing.corrections.length - kept.length;
  const merged = [...kept, ...incomingByCell.values()];
  const backup = await writeCorrections(options.correctionsPath, merged, options.now);
  const added = incomingByCell.size;
  return { ok: true, added, replaced, backup, message: messages.review.imported(added, replaced, options.correctionsPath, backup) };
}

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function main(args: readonly string[]): Promise<number> {
  const workbook = args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1]!.startsWith('--')));
  if (!workbook) {
    console.error(messages.review.usage);
    return 2;
  }
  const out = argValue(args, '--out');
  try {
    const result = await importReview({
      workbook,
      tablesDir: out ? join(out, 'tables') : undefined,
      correctionsPath: argValue(args, '--corrections') ?? 'data/corrections.csv',
      now: new Date(),
    });
    if (!result.ok) {
      for (const p of result.problems) console.error(p);
      return 1;
    }
    console.log(result.message);
    return 0;
  } catch (error) {
    console.error(messages.review.failed(error instanceof Error ? error.message : String(error)));
    return 1;
  }
}

if (process.argv[1]?.endsWith('pipeline/review.ts')) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
