/**
 * The string form of a table row, as exceljs 4.4's streaming writer renders it: the reference the
 * byte writer (pipeline/render/rowXml.ts writeRowXml) is held to, cell kind by cell kind, in
 * xmlBatch.test.ts. It was the production writer before rows were written as bytes; the workbook
 * no longer uses it, so it lives with the tests, like the brute-force references of reconcile.
 */
import ExcelJS from 'exceljs';
import { excelSerial, valueType } from '../../pipeline/render/rowXml.ts';
import { RowFormulaValue } from '../../pipeline/render/rowFormula.ts';
import { xmlEncode } from '../../pipeline/render/xmlText.ts';

const { ValueType } = ExcelJS;

/** `t` attribute of a formula cell, and what follows its `<f>`: both by its cached result's type. */
function formulaResultXml(result: ExcelJS.CellValue): { t: string; v: string } {
  switch (valueType(result)) {
    case ValueType.Null:
      return { t: '', v: '' };
    case ValueType.String:
      return { t: ' t="str"', v: `<v>${xmlEncode(result as string)}</v>` };
    case ValueType.Number:
      return { t: '', v: `<v>${String(result)}</v>` };
    case ValueType.Boolean:
      return { t: ' t="b"', v: `<v>${result ? 1 : 0}</v>` };
    case ValueType.Date:
      return { t: '', v: `<v>${excelSerial(result as Date)}</v>` };
    default:
      throw new Error(`rowXml: a formula result cannot be ${JSON.stringify(result)}`);
  }
}

/** `t` attribute and children of a formula cell, by its cached result's type. */
function formulaXml(value: ExcelJS.CellFormulaValue): { t: string; body: string } {
  const f = `<f>${value instanceof RowFormulaValue ? value.formulaXml : xmlEncode(value.formula)}</f>`;
  const { t, v } = formulaResultXml(value.result as ExcelJS.CellValue);
  return { t, body: f + v };
}

/** One `<c>` element, or '' for an empty cell without a style (exceljs leaves those out). */
export function cellXml(address: string, value: ExcelJS.CellValue | undefined, styleId: number): string {
  const s = styleId ? ` s="${styleId}"` : '';
  switch (valueType(value)) {
    case ValueType.Null:
      return styleId ? `<c r="${address}"${s}/>` : '';
    case ValueType.Number:
      return `<c r="${address}"${s}><v>${String(value)}</v></c>`;
    case ValueType.Boolean:
      return `<c r="${address}"${s} t="b"><v>${value ? '1' : '0'}</v></c>`;
    case ValueType.String:
      return `<c r="${address}"${s} t="str"><v>${xmlEncode(value as string)}</v></c>`;
    case ValueType.Date:
      return `<c r="${address}"${s}><v>${excelSerial(value as Date)}</v></c>`;
    case ValueType.Hyperlink:
      return `<c r="${address}"${s} t="str"><v>${xmlEncode(String((value as ExcelJS.CellHyperlinkValue).text))}</v></c>`;
    case ValueType.Formula: {
      const { t, body } = formulaXml(value as ExcelJS.CellFormulaValue);
      return `<c r="${address}"${s}${t}>${body}</c>`;
    }
    default:
      throw new Error(`rowXml: unexpected cell ${JSON.stringify(value)}`);
  }
}

/**
 * A `<row>` of cells in columns 1..n (`letters[c]` is column c+1's letter), or '' when every value
 * is empty: exceljs writes no row without a value, whatever its styles.
 */
export function rowXml(
  rowNumber: number,
  letters: readonly string[],
  values: readonly (ExcelJS.CellValue | undefined)[],
  styleIds: readonly number[],
  rowStyleId = 0,
): string {
  if (!values.some((v) => v !== null && v !== undefined)) return '';
  const rowStyle = rowStyleId ? ` s="${rowStyleId}" customFormat="1"` : '';
  let out = `<row r="${rowNumber}" spans="1:${values.length}"${rowStyle} x14ac:dyDescent="0.25">`;
  for (let c = 0; c < values.length; c++) out += cellXml(`${letters[c]}${rowNumber}`, values[c], styleIds[c]!);
  return `${out}</row>`;
}
