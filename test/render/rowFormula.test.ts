import { describe, expect, it } from 'vitest';
import { RowFormula, RowFormulaValue } from '../../pipeline/render/rowFormula.ts';
import { xmlEncode } from '../../pipeline/render/xmlText.ts';
import { sheetColumns } from '../../pipeline/render/formulaParts.ts';
import { XmlBatch } from '../../pipeline/render/xmlBatch.ts';

const { at, range } = sheetColumns(new Map([['a', 'A'], ['b', 'B'], ['zz', 'AZ']]), 'S', 40);

/** Builders as the Commitments and Jobs columns write them: the row only in cell addresses. */
const BUILDERS: [string, (r: string) => string][] = [
  ['no row at all', () => `SUM(${range('a')})`],
  ['one address', (r) => `${at('a', r)}*2`],
  ['row at the start and the end', (r) => `${at('a', r)}&"x"&${at('b', r)}`],
  ['quotes, ampersands and comparisons to escape', (r) => `IF(AND(${at('a', r)}<>"",${at('b', r)}>=0),"a&b <c>","'d'")&${at('zz', r)}`],
  ['a range and addresses', (r) => `COUNTIFS(${range('b')},${at('a', r)},${range('zz')},">=0")`],
];
const ROWS = [2, 3, 9, 10, 99, 100, 1048576];

describe('RowFormula: built once, filled in per row', () => {
  it.each(BUILDERS)('%s: the same text and XML as building the row itself', (_, build) => {
    const template = new RowFormula(build);
    for (const r of ROWS) {
      expect(template.text(r)).toBe(build(String(r)));
      expect(template.xml(r)).toBe(xmlEncode(build(String(r))));
    }
  });

  it('gives a formula cell exceljs reads like a plain one', () => {
    const template = new RowFormula((r) => `${at('a', r)}<>""`);
    const cell = template.cell(7, true) as unknown as RowFormulaValue;
    expect(cell).toBeInstanceOf(RowFormulaValue);
    expect({ formula: cell.formula, result: cell.result }).toEqual({ formula: 'A7<>""', result: true });
    expect(cell.formulaXml).toBe('A7&lt;&gt;&quot;&quot;');
  });

  it('refuses a builder that uses the row number other than as text', () => {
    expect(() => new RowFormula((r) => `A${Number(r) + 1}`)).toThrow(/row number/);
  });
});

describe('RowFormula.writeXml: the XML as bytes', () => {
  it.each(BUILDERS)('%s: the same bytes as encoding xml(row)', (_, build) => {
    const template = new RowFormula(build);
    for (const r of ROWS) {
      const handed: Buffer[] = [];
      const batch = new XmlBatch(1 << 12, (bytes) => (handed.push(Buffer.from(bytes)), false));
      batch.text('<f>');
      template.writeXml(batch, r);
      template.writeXml(batch, r + 1);
      batch.handOn();
      expect(Buffer.concat(handed).toString('utf8')).toBe(`<f>${template.xml(r)}${template.xml(r + 1)}`);
    }
  });
});
