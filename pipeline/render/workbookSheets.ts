/**
 * One table sheet of the workbook: typed cells, number formats, a frozen header, an autofilter,
 * widths that fit, and a link from each row to its evidence. Every text cell goes through
 * `safeText`, so article text can never become a formula.
 */
import type ExcelJS from 'exceljs';
import type { Cell } from '../tables.ts';
import { isWebUrl, safeText } from './safeText.ts';

/** `$1.3B`, `$996.0M`, `$250,000`: USD scaled for reading; the cell keeps the exact number. */
export const USD_FORMAT = '[>=1000000000]$#,##0.0,,,"B";[>=1000000]$#,##0.0,,"M";$#,##0';
export const INTEGER_FORMAT = '#,##0';
export const NUMBER_FORMAT = '#,##0.##';
/** Values already in percent units (15.3 means 15.3%), so a literal % sign, not Excel's x100. */
export const PERCENT_UNITS_FORMAT = '0.0"%"';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const RATE_FORMAT = '0.000000';

export type ColumnKind = 'text' | 'usd' | 'integer' | 'number' | 'percent' | 'date' | 'boolean' | 'rate' | 'url' | 'evidence';

export interface ColumnSpec {
  key: string;
  kind: ColumnKind;
}

const KIND_FORMATS: Partial<Record<ColumnKind, string>> = {
  usd: USD_FORMAT,
  integer: INTEGER_FORMAT,
  number: NUMBER_FORMAT,
  percent: PERCENT_UNITS_FORMAT,
  date: DATE_FORMAT,
  rate: RATE_FORMAT,
};

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** How a column is typed, by its name; names are the contract in tables.ts. */
export function columnKind(key: string): ColumnKind {
  if (key === 'evidence_id') return 'evidence';
  if (key === 'url') return 'url';
  if (/^amount_usd/.test(key)) return 'usd';
  if (/^(amount|amount_low|amount_high|cost|value|value_low|value_high)$/.test(key)) return 'number';
  if (/^(count|count_low|count_high|source_count|part|line|start|end|chars)$/.test(key)) return 'integer';
  if (key === 'stake_percent') return 'percent';
  if (key === 'fx_rate') return 'rate';
  if (/^(published|first_reported|status_date|fx_date)$/.test(key)) return 'date';
  if (/^(is_umbrella|counts_toward_total|passed)$/.test(key)) return 'boolean';
  return 'text';
}

/** An ISO date as an Excel date (UTC midnight), or the text itself when it is not a date. */
export function excelDate(iso: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
}

/** A plain cell value, with text neutralised. */
export function cellValue(value: Cell | undefined, kind: ColumnKind = 'text'): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (kind === 'date' && typeof value === 'string') {
    const date = excelDate(value);
    return typeof date === 'string' ? safeText(date) : date;
  }
  if (typeof value === 'string') return safeText(value);
  return value;
}

export interface TableSheetOptions {
  /** Row number (1-based) of each evidence id in the Evidence sheet, for links. */
  evidenceRows?: Map<string, number>;
}

/**
 * Writes `rows` under a header of `columns` (header in row 1). Returns the sheet and the column
 * letter of each key, for formulas elsewhere.
 */
export function addTableSheet<Row extends object>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly string[],
  rows: readonly Row[],
  options: TableSheetOptions = {},
): { sheet: ExcelJS.Worksheet; letters: Map<string, string> } {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const specs = columns.map((key) => ({ key, kind: columnKind(key) }));
  sheet.columns = specs.map((s) => ({ header: s.key, key: s.key, style: KIND_FORMATS[s.kind] ? { numFmt: KIND_FORMATS[s.kind] } : {} }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

  rows.forEach((row, i) => {
    const excelRow = sheet.getRow(i + 2);
    specs.forEach((spec, c) => {
      const raw = (row as Record<string, Cell>)[spec.key];
      const cell = excelRow.getCell(c + 1);
      if (spec.kind === 'url' && typeof raw === 'string' && isWebUrl(raw)) {
        cell.value = { text: safeText(raw), hyperlink: raw };
        cell.font = { color: { argb: 'FF1F4E79' }, underline: true };
      } else if (spec.kind === 'evidence' && typeof raw === 'string' && options.evidenceRows) {
        const first = raw.split(';')[0]?.trim() ?? '';
        const target = options.evidenceRows.get(first);
        if (target !== undefined) {
          cell.value = { text: safeText(raw), hyperlink: `#Evidence!A${target}`, tooltip: 'Go to the evidence sentence' };
          cell.font = { color: { argb: 'FF1F4E79' }, underline: true };
        } else {
          cell.value = cellValue(raw);
        }
      } else {
        cell.value = cellValue(raw, spec.kind);
      }
      if (KIND_FORMATS[spec.kind]) cell.numFmt = KIND_FORMATS[spec.kind]!;
    });
  });

  fitColumns(sheet, specs.map((s) => s.key), rows as readonly object[]);
  const lastColumn = sheet.getColumn(specs.length).letter;
  sheet.autoFilter = `A1:${lastColumn}${Math.max(rows.length + 1, 1)}`;
  const letters = new Map(specs.map((s, i) => [s.key, sheet.getColumn(i + 1).letter]));
  return { sheet, letters };
}

/** Widths from the longest value in each column (first 500 rows), between 6 and 60 characters. */
export function fitColumns(sheet: ExcelJS.Worksheet, keys: readonly string[], rows: readonly object[]): void {
  keys.forEach((key, i) => {
    let longest = key.length + 2;
    for (const row of rows.slice(0, 500)) {
      const v = (row as Record<string, Cell>)[key];
      if (v === null || v === undefined) continue;
      const text = typeof v === 'number' ? v.toLocaleString('en-US') : String(v);
      longest = Math.max(longest, text.length + 1);
    }
    sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest));
  });
}
