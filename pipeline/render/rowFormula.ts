/**
 * A computed column's formula, built once per sheet and filled in with each row's number. The
 * Commitments and Jobs formulas refer to their own row only by cell addresses (`B17`): building
 * the text with a mark where the row number goes, and splitting it there, gives parts that are
 * the same for every row. Building and XML-escaping a few hundred characters per cell per row
 * cost seconds on a large run; joining the parts with the number gives the same bytes, because
 * the number is made of digits (which XML never escapes) and escaping works character by
 * character (so escaping the parts is escaping the whole). The constructor checks the template
 * against the builder on one row, so a builder that used the row some other way fails at once.
 */
import type ExcelJS from 'exceljs';
import { xmlEncode } from './xmlText.ts';
import type { XmlBatch } from './xmlBatch.ts';

/** Stands for the row number while the text is built: a private-use character, in no formula. */
const ROW_MARK = '\uE000';

/**
 * A formula's XML as UTF-8 for row numbers of one length, with zeros where the number goes, and
 * the byte offsets of those places.
 */
interface Stamp {
  bytes: Buffer;
  offsets: Int32Array;
}

export class RowFormula {
  readonly #parts: readonly string[];
  readonly #xmlParts: readonly string[];
  /** Stamps by the number of digits of the row number, made when first needed. */
  readonly #stamps: Stamp[] = [];

  /** `build(row)` returns the formula of the row whose number is the string `row`. */
  constructor(build: (row: string) => string) {
    const text = build(ROW_MARK);
    this.#parts = text.split(ROW_MARK);
    this.#xmlParts = this.#parts.map(xmlEncode);
    const probe = 2;
    if (build(String(probe)) !== this.text(probe)) throw new Error(`RowFormula: the row number is not only part of the addresses in ${text}`);
  }

  /** The formula of row `row`, exactly as the builder gives it. */
  text(row: number): string {
    return this.#parts.join(String(row));
  }

  /** `xmlEncode(this.text(row))`, without escaping it again. */
  xml(row: number): string {
    // Concatenated rather than joined: the text goes on into the row's XML string, which is copied
    // once when encoded, so a flat copy here would be a second one.
    const parts = this.#xmlParts;
    const number = String(row);
    let out = parts[0]!;
    for (let k = 1; k < parts.length; k++) out += number + parts[k]!;
    return out;
  }

  /**
   * Appends `xml(row)` as UTF-8 to `batch`: the stamp for numbers of this length copied in, and
   * the digits written over its zeros. The same bytes as encoding `xml(row)`, because the parts
   * between the numbers are the same and a digit is one byte of UTF-8.
   */
  writeXml(batch: XmlBatch, row: number): void {
    const digits = String(row);
    const stamp = this.#stamps[digits.length] ?? this.#makeStamp(digits.length);
    const bytes = stamp.bytes;
    // Longer than a whole batch (not with the sizes used): appended as text, which handles that.
    if (bytes.length > batch.buffer.length) return batch.text(this.xml(row));
    batch.room(bytes.length);
    const out = batch.buffer;
    const at = batch.used;
    out.set(bytes, at);
    const offsets = stamp.offsets;
    for (let k = 0; k < offsets.length; k++) {
      const place = at + offsets[k]!;
      for (let d = 0; d < digits.length; d++) out[place + d] = digits.charCodeAt(d);
    }
    batch.used = at + bytes.length;
  }

  #makeStamp(length: number): Stamp {
    const parts = this.#xmlParts.map((part) => Buffer.from(part, 'utf8'));
    const offsets = new Int32Array(parts.length - 1);
    let size = parts[0]!.length;
    for (let k = 1; k < parts.length; k++) {
      offsets[k - 1] = size;
      size += length + parts[k]!.length;
    }
    const stamp = { bytes: Buffer.from(this.#xmlParts.join('0'.repeat(length)), 'utf8'), offsets };
    if (stamp.bytes.length !== size) throw new Error('RowFormula: stamp size');
    this.#stamps[length] = stamp;
    return stamp;
  }

  /** A formula cell of row `row` with its cached result. */
  cell(row: number, result: ExcelJS.CellValue): ExcelJS.CellValue {
    return new RowFormulaValue(this, row, result) as unknown as ExcelJS.CellValue;
  }
}

/**
 * A formula cell value whose text is made when read: exceljs reads `formula` (a formula value
 * like any other), while the row writer asks for the escaped text straight from the template.
 */
export class RowFormulaValue {
  constructor(
    readonly template: RowFormula,
    readonly row: number,
    readonly result: ExcelJS.CellValue,
  ) {}

  get formula(): string {
    return this.template.text(this.row);
  }

  get formulaXml(): string {
    return this.template.xml(this.row);
  }
}
