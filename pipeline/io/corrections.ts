/**
 * data/corrections.csv: the reviewer's corrections (table, row_id, column, value, note). Read with
 * zod at the boundary; a malformed line becomes a check naming the file and line, never a crash.
 * Writing keeps a timestamped backup of the previous file beside it, then replaces it atomically.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { z } from 'zod';
import { CORRECTABLE_TABLES, TABLE_COLUMNS, type Check, type Correction } from '../tables.ts';
import * as messages from '../messages.ts';
import { makeCheck } from '../reconcile/checkId.ts';
import { parseCsv, toCsv } from './csv.ts';
import { writeFileSafely } from './atomic.ts';

const CorrectionRow = z.object({
  table: z.enum(CORRECTABLE_TABLES),
  row_id: z.string().trim().min(1, 'row_id is empty'),
  column: z.string().trim().min(1, 'column is empty'),
  value: z.string().default(''),
  note: z.string().default(''),
});

/** A record (from the CSV or the workbook's Review sheet) as a correction, or what is wrong with it. */
export function validateCorrection(record: Record<string, string>): Correction | string {
  const parsed = CorrectionRow.safeParse(record);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  return `${field ? `${field} "${record[field] ?? ''}": ` : ''}${issue?.message ?? 'invalid row'}`;
}

function problem(path: string, line: number, text: string): Check {
  return makeCheck('correction_invalid', 'error', false, messages.reconcile.correctionsBadRow(path, line, text), [`${path}:${line}`]);
}

export function parseCorrections(path: string, text: string): { corrections: Correction[]; problems: Check[] } {
  let records: Record<string, string>[];
  try {
    records = parseCsv(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { corrections: [], problems: [makeCheck('correction_invalid', 'error', false, messages.reconcile.correctionsUnreadable(path, reason), [path])] };
  }
  const corrections: Correction[] = [];
  const problems: Check[] = [];
  records.forEach((record, i) => {
    const line = i + 2; // the header is line 1
    const parsed = validateCorrection(record);
    if (typeof parsed === 'string') problems.push(problem(path, line, parsed));
    else corrections.push(parsed);
  });
  return { corrections, problems };
}

/** Corrections from `path`; a missing file means no corrections. */
export async function readCorrections(path: string): Promise<{ corrections: Correction[]; problems: Check[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { corrections: [], problems: [] };
    const reason = error instanceof Error ? error.message : String(error);
    return { corrections: [], problems: [makeCheck('correction_invalid', 'error', false, messages.reconcile.correctionsUnreadable(path, reason), [path])] };
  }
  return parseCorrections(path, text);
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Replace the corrections file with `rows`, first copying the current file to
 * `<path>.bak-<timestamp>` (the clock is a parameter so tests can fix it). Returns the backup path,
 * or null when there was no file to back up.
 */
export async function writeCorrections(path: string, rows: readonly Correction[], now: Date = new Date()): Promise<string | null> {
  let backup: string | null = `${path}.bak-${timestamp(now)}`;
  try {
    await copyFile(path, backup);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    backup = null;
  }
  await writeFileSafely(path, toCsv(rows, TABLE_COLUMNS.corrections));
  return backup;
}
