/**
 * One table sheet of the workbook: typed cells, number formats, a frozen header, an autofilter,
 * widths that fit, and a link from each row to its evidence. Every text cell goes through
 * `safeText`, so article text can never become a formula.
 */
import ExcelJS from 'exceljs';
import type { Cell } from '../tables.ts';
import { isWebUrl, safeText } from './safeText.ts';
import { columnLetter } from './formulaParts.ts';
import { MASTER, OWN, SharedFormulas, styleType, valueType, writeRowXml } from './rowXml.ts';
import { RowFormulaValue } from './rowFormula.ts';
import { XmlBatch } from './xmlBatch.ts';
import { directSheet, type DirectSheet } from './streamedSheet.ts';

const { ValueType } = ExcelJS;

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

export interface TableSheetOptions<Row = object> {
  /** Row number (1-based) of each evidence id in the Evidence sheet, for links. */
  evidenceRows?: Map<string, number>;
  /** Columns after the table's own: computed cells (formulas with cached results, or values). */
  computed?: {
    specs: readonly ColumnSpec[];
    cells: (i: number) => Record<string, ExcelJS.CellValue>;
    /** A header note per computed column, saying what it is. */
    notes?: Record<string, string>;
  };
  /** Streaming writer: each row is committed (written out and freed) once filled. */
  commitRows?: boolean;
  /** Streaming: write rows through exceljs's own Row objects rather than rowXml.ts (tests compare the two). */
  exceljsRows?: boolean;
  /** A background for a row (e.g. failed checks), or null. */
  rowFill?: (row: Row) => ExcelJS.Fill | null;
}

const COMPUTED_HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };

/**
 * Writes `rows` under a header of `columns` (header in row 1), then any computed columns. Returns
 * the sheet and the column letter of each key, for formulas elsewhere. Widths are set before the
 * first row so that a streaming sheet (which writes its column list first) gets them too.
 */
export async function addTableSheet<Row extends object>(
  workbook: ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly string[],
  rows: readonly Row[],
  options: TableSheetOptions<Row> = {},
): Promise<{ sheet: ExcelJS.Worksheet; letters: Map<string, string> }> {
  const sheet = (workbook as ExcelJS.Workbook).addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const specs = columns.map((key): ColumnSpec => ({ key, kind: columnKind(key) }));
  const computed = options.computed?.specs ?? [];
  const all = [...specs, ...computed];
  const widths = [...columnWidths(specs.map((s) => s.key), rows as readonly object[]), ...computed.map((c) => Math.max(10, c.key.length + 2))];
  sheet.columns = all.map((s, i) => ({
    header: s.key, key: s.key, width: widths[i], style: KIND_FORMATS[s.kind] ? { numFmt: KIND_FORMATS[s.kind] } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  all.forEach((s, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = i < specs.length ? { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } } : COMPUTED_HEADER_FILL;
    const note = options.computed?.notes?.[s.key];
    if (i >= specs.length && note) cell.note = note;
  });
  if (options.commitRows) header.commit();

  // One style object per column, shared by its cells: exceljs dedupes styles by object identity
  // first, so shared objects cost nothing while a fresh object per cell costs a comparison each
  // (a third of the time on a large run). Shared objects are never mutated: a cell that needs
  // another style (a link, a filled row) gets a new object of its own.
  const styles = all.map((s): Partial<ExcelJS.Style> => (KIND_FORMATS[s.kind] ? { numFmt: KIND_FORMATS[s.kind]! } : {}));
  const linkStyles = styles.map((st) => ({ ...st, font: LINK_FONT }));
  /**
   * Values and style objects of row i's cells, the same for either way of writing them, and the
   * row's fill. Plain loops and no closure made per row: this runs once per row of every sheet.
   */
  // A date column's cells by their text: a few hundred dates recur across thousands of rows, and
  // each is parsed once. The Date objects are shared by cells and never changed.
  const dateCells = new Map<string, ExcelJS.CellValue>();
  const rowCells = (row: Row, i: number): RowCells => {
    const fill = options.rowFill?.(row) ?? null;
    const record = row as Record<string, Cell>;
    // Made at their full length (filled in order, as pushing would): no growing per row.
    const values: ExcelJS.CellValue[] = new Array(all.length);
    const cellStyles: Partial<ExcelJS.Style>[] = new Array(all.length);
    for (let c = 0; c < specs.length; c++) {
      const spec = specs[c]!;
      const raw = record[spec.key];
      let link = false;
      let value: ExcelJS.CellValue;
      if (spec.kind === 'url' && typeof raw === 'string' && isWebUrl(raw)) {
        value = { text: safeText(raw), hyperlink: raw };
        link = true;
      } else if (spec.kind === 'evidence' && typeof raw === 'string' && options.evidenceRows) {
        const cut = raw.indexOf(';');
        const first = (cut < 0 ? raw : raw.slice(0, cut)).trim();
        const target = options.evidenceRows.get(first);
        if (target !== undefined) {
          value = { text: safeText(raw), hyperlink: `#Evidence!A${target}`, tooltip: 'Go to the evidence sentence' };
          link = true;
        } else {
          value = cellValue(raw);
        }
      } else if (spec.kind === 'date' && typeof raw === 'string') {
        value = dateCells.get(raw) ?? null;
        if (value === null) {
          value = cellValue(raw, spec.kind);
          dateCells.set(raw, value);
        }
      } else {
        value = cellValue(raw, spec.kind);
      }
      values[c] = value;
      const style = link ? linkStyles[c]! : styles[c]!;
      cellStyles[c] = fill ? { ...style, fill } : style;
    }
    if (options.computed) {
      const computedValues = options.computed.cells(i);
      for (let c = 0; c < computed.length; c++) {
        const value = computedValues[computed[c]!.key];
        values[specs.length + c] = typeof value === 'string' ? safeText(value) : (value ?? null);
        const style = styles[specs.length + c]!;
        cellStyles[specs.length + c] = fill ? { ...style, fill } : style;
      }
    }
    return { values, cellStyles, fill };
  };

  const direct = options.commitRows && !options.exceljsRows ? directSheet(workbook as ExcelJS.stream.xlsx.WorkbookWriter, sheet) : null;
  if (direct) {
    await writeRowsDirectly(direct, all.length, rows, rowCells, 2);
  } else {
    const shared = new SharedFormulas(rows.length + 1);
    rows.forEach((row, i) => {
      const excelRow = sheet.getRow(i + 2);
      const { values, cellStyles } = rowCells(row, i);
      values.forEach((value, c) => {
        const cell = excelRow.getCell(c + 1);
        cell.value = value instanceof RowFormulaValue ? sharedFormulaValue(shared, c, value, columnLetter(c + 1)) : value;
        cell.style = cellStyles[c]!;
      });
      if (options.commitRows) excelRow.commit();
    });
  }

  sheet.autoFilter = `A1:${sheet.getColumn(all.length).letter}${Math.max(rows.length + 1, 1)}`;
  const letters = new Map(all.map((s, i) => [s.key, sheet.getColumn(i + 1).letter]));
  return { sheet, letters };
}

/**
 * A row formula as exceljs's model of a shared formula, as the row writer writes it (rowXml.ts
 * SharedFormulas): the first of its column holds the text and the range, the others point to it.
 */
function sharedFormulaValue(shared: SharedFormulas, c: number, value: RowFormulaValue, letter: string): ExcelJS.CellValue {
  const kind = shared.kind(c, value.template, value.row);
  if (kind === OWN) return value as unknown as ExcelJS.CellValue;
  return (kind === MASTER
    ? { formula: value.formula, result: value.result, shareType: 'shared', ref: `${letter}${value.row}:${letter}${shared.lastRow}` }
    : { sharedFormula: `${letter}${shared.masterRow(c)}`, result: value.result }) as ExcelJS.CellValue;
}

/** Bytes of row XML gathered before one write to the sheet (and a wait for the zip to read it). */
const DIRECT_BATCH_BYTES = 1 << 20;

/** One row's cell values and style objects, and the fill its styles were given (or null). */
interface RowCells {
  values: ExcelJS.CellValue[];
  cellStyles: Partial<ExcelJS.Style>[];
  fill: ExcelJS.Fill | null;
}

/**
 * Style ids as exceljs gives them, asked of exceljs once per distinct answer. exceljs remembers a
 * style object's id by identity alone (the first cell's type decides it), so shared objects keep
 * their id here too, as its weak map does. A filled row's styles are fresh objects each row, whose
 * id exceljs finds by content (the style's properties, and the cell's type when it has no number
 * format): those are kept by that content, so a repeat gets the id exceljs would give it and
 * registers nothing new, and the first of each is still asked of exceljs, in the same order.
 */
function styleIds(direct: DirectSheet): (style: Partial<ExcelJS.Style>, fresh: boolean, type: ExcelJS.ValueType) => number {
  const byObject = new Map<Partial<ExcelJS.Style>, number>();
  const byContent = new Map<string, number>();
  return (style, fresh, type) => {
    const key = fresh ? `${type}|${JSON.stringify(style)}` : null;
    let id = key === null ? byObject.get(style) : byContent.get(key);
    if (id === undefined) {
      id = direct.styleId(style, type);
      if (key === null) byObject.set(style, id);
      else byContent.set(key, id);
    }
    return id;
  };
}

/**
 * The rows through rowXml.ts, written piece by piece into one reused buffer (xmlBatch.ts), handed to
 * the sheet a megabyte at a time with a wait for the zip to take them, so the sheet is never held
 * whole. Style ids and hyperlinks are registered cell by cell in the order a committed exceljs row
 * registers them, so ids and relationship numbers come out the same.
 */
async function writeRowsDirectly<Row>(
  direct: DirectSheet,
  columns: number,
  rows: readonly Row[],
  rowCells: (row: Row, i: number) => RowCells,
  firstRow: number,
): Promise<void> {
  const letters = Array.from({ length: columns }, (_, c) => columnLetter(c + 1));
  const ids: number[] = new Array(columns).fill(0);
  const styleId = styleIds(direct);
  const lastStyles: (Partial<ExcelJS.Style> | null)[] = new Array(columns).fill(null);
  const lastIds: number[] = new Array(columns).fill(0);
  // The sheet either copies the bytes handed on (the batch's buffer is then written again) or keeps
  // them whole (the batch goes on in a buffer the deflate gave back, or a new one): direct.write
  // says which.
  const batch = new XmlBatch(DIRECT_BATCH_BYTES, (bytes, release) => direct.write(bytes, release));
  const shared = new SharedFormulas(firstRow + rows.length - 1);
  for (let i = 0; i < rows.length; i++) {
    const rowNumber = i + firstRow;
    const { values, cellStyles, fill } = rowCells(rows[i]!, i);
    if (!values.some((v) => v !== null && v !== undefined)) continue; // exceljs writes no empty row
    for (let c = 0; c < columns; c++) {
      const value = values[c];
      const type = valueType(value);
      const style = cellStyles[c]!;
      // A shared style object keeps its id (exceljs's by identity): the column's last one is
      // remembered here, so most cells skip the lookup.
      if (fill === null && style === lastStyles[c]) {
        ids[c] = lastIds[c]!;
      } else {
        ids[c] = styleId(style, fill !== null, type === ValueType.Formula ? styleType(value) : type);
        if (fill === null) {
          lastStyles[c] = style;
          lastIds[c] = ids[c]!;
        }
      }
      if (type === ValueType.Hyperlink) {
        const link = value as ExcelJS.CellHyperlinkValue;
        direct.hyperlink(`${letters[c]}${rowNumber}`, link.hyperlink, link.tooltip);
      }
    }
    writeRowXml(batch, rowNumber, letters, values, ids, direct.rowStyleId, shared);
    // A batch handed on is waited for before the next row, so the sheet is never held whole.
    if (batch.takeHandedOn()) await direct.drained();
  }
  batch.handOn();
  await direct.drained();
}

/** The style of a cell given a value in a row and column without styles: empty. Never mutated. */
const NO_STYLE: Partial<ExcelJS.Style> = {};

/**
 * Text rows appended to a streamed sheet whose rows so far are all committed (the About sheet's
 * list of input files, one row per file), starting at row `firstRow`: through rowXml.ts, as
 * `sheet.getRow(n).values = texts` then committed would write them (cells without a style of their
 * own, which exceljs gives the empty style: the same id). False, with nothing written, when the
 * writer's internals are not as expected: the caller then writes them through exceljs's rows.
 */
export async function appendTextRows(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: ExcelJS.Worksheet,
  firstRow: number,
  rows: readonly (readonly (string | null)[])[],
): Promise<boolean> {
  const direct = directSheet(workbook, sheet);
  if (!direct) return false;
  const columns = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const cellStyles = new Array<Partial<ExcelJS.Style>>(columns).fill(NO_STYLE);
  await writeRowsDirectly(direct, columns, rows, (row) => ({ values: Array.from({ length: columns }, (_, c) => row[c] ?? null), cellStyles, fill: null }), firstRow);
  return true;
}

const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF1F4E79' }, underline: true };

/** Widths from the longest value in each column (first 500 rows), between 6 and 60 characters. */
export function columnWidths(keys: readonly string[], rows: readonly object[]): number[] {
  return keys.map((key) => {
    let longest = key.length + 2;
    for (const row of rows.slice(0, 500)) {
      const v = (row as Record<string, Cell>)[key];
      if (v === null || v === undefined) continue;
      const text = typeof v === 'number' ? v.toLocaleString('en-US') : String(v);
      longest = Math.max(longest, text.length + 1);
    }
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest));
  });
}
