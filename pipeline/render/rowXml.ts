/**
 * One worksheet row as SpreadsheetML text, exactly as exceljs 4.4's streaming writer renders it
 * (RowXform and CellXform, inline strings, no shared strings), for the large table sheets of a
 * streamed workbook. exceljs builds a Row, a Cell, a value object and an XmlStream per cell and
 * spends most of a large run there; the text it ends up writing is simple, so it is written here
 * directly, as bytes. The same input gives byte for byte the same XML: test/render/rowXml.test.ts
 * compares whole workbooks written both ways, and xmlBatch.test.ts compares writeRowXml with the
 * string form (test/render/rowXmlReference.ts) on every kind of cell the workbook writes.
 */
import ExcelJS from 'exceljs';
import { RowFormulaValue, type RowFormula } from './rowFormula.ts';
import type { XmlBatch } from './xmlBatch.ts';

const { ValueType } = ExcelJS;

/** exceljs's `Value.getType`, for the values a table sheet holds. */
export function valueType(value: ExcelJS.CellValue | undefined): ExcelJS.ValueType {
  if (value === null || value === undefined) return ValueType.Null;
  if (typeof value === 'string') return ValueType.String;
  if (typeof value === 'number') return ValueType.Number;
  if (typeof value === 'boolean') return ValueType.Boolean;
  if (value instanceof Date) return ValueType.Date;
  // Before the checks below, which would read its `formula` and so build the text.
  if (value instanceof RowFormulaValue) return ValueType.Formula;
  const v = value as { text?: unknown; hyperlink?: unknown; formula?: unknown };
  if (v.text && v.hyperlink) return ValueType.Hyperlink;
  if (v.formula) return ValueType.Formula;
  throw new Error(`rowXml: a table cell cannot hold ${JSON.stringify(value)}`);
}

/** The type exceljs picks a default number format by: a formula's is its cached result's. */
export function styleType(value: ExcelJS.CellValue | undefined): ExcelJS.ValueType {
  const type = valueType(value);
  return type === ValueType.Formula ? valueType((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue) : type;
}

/** exceljs's `dateToExcel` (1900 date system). */
export function excelSerial(date: Date): number {
  return 25569 + date.getTime() / (24 * 3600 * 1000);
}

/** ` s="7"` for style id 7, '' for 0; the few ids a sheet uses, made once. */
const styleAttributes: string[] = [];
function styleAttribute(styleId: number): string {
  return styleAttributes[styleId] ?? (styleAttributes[styleId] = styleId ? ` s="${styleId}"` : '');
}

/** `<v>…</v>` of a number, boolean, text or date, as the string form writes it (test/render/rowXmlReference.ts). */
function writeV(batch: XmlBatch, type: ExcelJS.ValueType, value: ExcelJS.CellValue): void {
  batch.ascii('<v>');
  if (type === ValueType.Number) batch.ascii(String(value));
  else if (type === ValueType.String) batch.xmlText(value as string);
  else if (type === ValueType.Boolean) batch.ascii(value ? '1' : '0');
  else batch.ascii(String(excelSerial(value as Date)));
  batch.ascii('</v>');
}

/**
 * The computed columns' formulas of one sheet, written as shared formulas: a column's first
 * formula cell (its master) holds the text and the range the formula is shared over, down to the
 * sheet's last row, and every later cell of that formula only its number (`si`), from which
 * Excel and LibreOffice fill in the text with the row moved. That is how Excel itself saves a
 * column filled down. Measured on the 10,000-article workbook: the Commitments sheet's XML was
 * 116 MB, 62 of it formula text; with shared formulas it is 62.4 MB, 11.5 MB deflated instead of
 * 20.6 (zlib at level 1: 0.54 s against 0.79, best of 3). The numbers are given in the order
 * masters are met, which for formulas all starting on the first row is column order, as exceljs
 * numbers the masters of one row. (exceljs's streaming writer counts each row's masters from 0,
 * so a master below the first row, where a column's first rows hold values, would repeat a
 * number; here they are counted over the sheet.)
 */
export class SharedFormulas {
  /** Per column: its master's formula (undefined until met), number and row. */
  readonly #templates: (RowFormula | undefined)[] = [];
  readonly #numbers: string[] = [];
  readonly #rows: number[] = [];
  #count = 0;

  /** `lastRow`: the sheet's last row, where every shared range ends. */
  constructor(readonly lastRow: number) {}

  /**
   * How the formula of column `c` in row `row` is written: MASTER (the column's first formula,
   * which it becomes), FOLLOWER (the column's formula again: its number), or OWN (another formula
   * than the column's master: written whole, as a column is shared by one formula). Kept by column
   * index in arrays: looked up for every formula cell, a map and a result object per cell cost a
   * tenth of the render stage at 40,000 articles.
   */
  kind(c: number, template: RowFormula, row: number): SharedKind {
    const master = this.#templates[c];
    if (master === undefined) {
      this.#templates[c] = template;
      this.#numbers[c] = String(this.#count++);
      this.#rows[c] = row;
      return MASTER;
    }
    return master === template ? FOLLOWER : OWN;
  }

  /** The number (`si`) of column `c`'s shared formula. */
  number(c: number): string {
    return this.#numbers[c]!;
  }

  /** The row of column `c`'s master. */
  masterRow(c: number): number {
    return this.#rows[c]!;
  }
}

export const MASTER = 0;
export const FOLLOWER = 1;
export const OWN = 2;
export type SharedKind = typeof MASTER | typeof FOLLOWER | typeof OWN;

/**
 * A `<row>` of cells in columns 1..n (`letters[c]` is column c+1's letter) appended to `batch` as
 * UTF-8, the same bytes as the string form `rowXml` (test/render/rowXmlReference.ts); false
 * (nothing written) for a row exceljs leaves out. Nothing is built as a string: markup and numbers are copied in byte by byte, texts
 * as they are (XmlBatch.xmlText), and each row formula from its template's bytes
 * (RowFormula.writeXml). Building a row as one string and encoding it cost twice as much: a
 * Commitments row is about 4 kB joined from hundreds of pieces, which V8 walks and flattens
 * before encoding. Each branch writes what the same branch of the string form's `cellXml` returns.
 * With `shared`, row formulas are written as the sheet's shared formulas (SharedFormulas).
 */
export function writeRowXml(
  batch: XmlBatch,
  rowNumber: number,
  letters: readonly string[],
  values: readonly (ExcelJS.CellValue | undefined)[],
  styleIds: readonly number[],
  rowStyleId = 0,
  shared: SharedFormulas | null = null,
): boolean {
  if (!values.some((v) => v !== null && v !== undefined)) return false;
  const row = String(rowNumber);
  batch.ascii('<row r="');
  batch.ascii(row);
  batch.ascii('" spans="1:');
  batch.ascii(String(values.length));
  if (rowStyleId) {
    batch.ascii('" s="');
    batch.ascii(String(rowStyleId));
    batch.ascii('" customFormat="1');
  }
  batch.ascii('" x14ac:dyDescent="0.25">');
  for (let c = 0; c < values.length; c++) {
    const value = values[c];
    const type = valueType(value);
    const styleId = styleIds[c]!;
    if (type === ValueType.Null && !styleId) continue;
    batch.ascii('<c r="');
    batch.ascii(letters[c]!);
    batch.ascii(row);
    batch.ascii('"');
    batch.ascii(styleAttribute(styleId));
    switch (type) {
      case ValueType.Null:
        batch.ascii('/>');
        continue;
      case ValueType.Number:
      case ValueType.Date:
        batch.ascii('>');
        writeV(batch, type, value as ExcelJS.CellValue);
        break;
      case ValueType.Boolean:
        batch.ascii(' t="b">');
        writeV(batch, type, value as ExcelJS.CellValue);
        break;
      case ValueType.String:
        batch.ascii(' t="str">');
        writeV(batch, type, value as ExcelJS.CellValue);
        break;
      case ValueType.Hyperlink:
        batch.ascii(' t="str">');
        writeV(batch, ValueType.String, String((value as ExcelJS.CellHyperlinkValue).text));
        break;
      case ValueType.Formula: {
        const formula = value as ExcelJS.CellFormulaValue;
        const result = formula.result as ExcelJS.CellValue;
        const resultType = valueType(result);
        if (resultType === ValueType.String) batch.ascii(' t="str"');
        else if (resultType === ValueType.Boolean) batch.ascii(' t="b"');
        else if (resultType !== ValueType.Null && resultType !== ValueType.Number && resultType !== ValueType.Date) {
          throw new Error(`rowXml: a formula result cannot be ${JSON.stringify(result)}`);
        }
        const rowFormula = formula instanceof RowFormulaValue ? formula : null;
        const kind = rowFormula && shared ? shared.kind(c, rowFormula.template, rowFormula.row) : OWN;
        if (kind === MASTER) {
          batch.ascii('><f t="shared" ref="');
          batch.ascii(letters[c]!);
          batch.ascii(row);
          batch.ascii(':');
          batch.ascii(letters[c]!);
          batch.ascii(String(shared!.lastRow));
          batch.ascii('" si="');
          batch.ascii(shared!.number(c));
          batch.ascii('">');
          rowFormula!.template.writeXml(batch, rowFormula!.row);
          batch.ascii('</f>');
        } else if (kind === FOLLOWER) {
          batch.ascii('><f t="shared" si="');
          batch.ascii(shared!.number(c));
          batch.ascii('"/>');
        } else {
          batch.ascii('><f>');
          if (rowFormula) rowFormula.template.writeXml(batch, rowFormula.row);
          else batch.xmlText(formula.formula);
          batch.ascii('</f>');
        }
        if (resultType !== ValueType.Null) writeV(batch, resultType, result);
        break;
      }
      default:
        throw new Error(`rowXml: unexpected cell ${JSON.stringify(value)}`);
    }
    batch.ascii('</c>');
  }
  batch.ascii('</row>');
  return true;
}
