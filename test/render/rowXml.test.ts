import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { xmlEncode } from '../../pipeline/render/xmlText.ts';
import { rowXml } from './rowXmlReference.ts';
import { RowFormula, RowFormulaValue } from '../../pipeline/render/rowFormula.ts';
import { buildWorkbook } from '../../pipeline/render/workbook.ts';
import { addTableSheet, type TableSheetOptions } from '../../pipeline/render/workbookSheets.ts';
import type { Cell } from '../../pipeline/tables.ts';
import { FIXTURE_META, FIXTURE_TABLES, HOSTILE_FORMULA, HOSTILE_SCRIPT } from '../fixtures/runTables.ts';

/** Every entry of a zip, by name. */
async function entries(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) out.set(name, await zip.files[name]!.async('string'));
  return out;
}

/** A streamed workbook holding one table sheet written by `addTableSheet`, as zip entries. */
async function oneSheet(rows: Record<string, Cell>[], columns: string[], options: { exceljsRows: boolean; computed?: TableSheetOptions['computed'] }) {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (c: Buffer) => chunks.push(c));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.created = workbook.modified = new Date('2025-01-01T00:00:00Z');
  const evidenceRows = new Map([['ev-1', 7], ['ev-2', 9]]);
  const { sheet } = await addTableSheet(workbook, 'T', columns, rows, {
    commitRows: true,
    exceljsRows: options.exceljsRows,
    evidenceRows,
    computed: options.computed,
    rowFill: (r) => (r.passed === false ? { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8D7D5' } } : null),
  });
  (sheet as unknown as { commit(): void }).commit();
  await workbook.commit();
  return entries(new Uint8Array(Buffer.concat(chunks)));
}

const COLUMNS = ['title', 'amount_usd', 'count', 'published', 'passed', 'url', 'evidence_id', 'stake_percent', 'fx_rate'];
const TEXTS = [
  '', 'plain', HOSTILE_FORMULA, HOSTILE_SCRIPT, `quotes " and ' and & and <b>`, 'control \x01\x08\x0B\x0C\x0E\x1F\x7F kept: \t\n\r',
  'unicode: café, 北京, emoji 🚢', ' leading and trailing ', '-1', '+44 20', '@handle',
];
const NUMBERS = [0, -0, 1, -2.5, 0.1 + 0.2, 1e21, 123456789012, 1e-7, Number.MAX_SAFE_INTEGER];

const ROWS: Record<string, Cell>[] = [
  ...TEXTS.map((title, i) => ({
    title, amount_usd: NUMBERS[i % NUMBERS.length]!, count: i, published: i % 3 === 0 ? '2025-03-12' : i % 3 === 1 ? 'March 2025' : null,
    passed: i % 2 === 0, url: i % 4 === 0 ? 'https://example.com/a?b=1&c="2"' : i % 4 === 1 ? 'javascript:alert(1)' : null,
    evidence_id: i % 3 === 0 ? 'ev-1' : i % 3 === 1 ? 'ev-2; ev-1' : 'ev-unknown', stake_percent: i % 2 ? 12.5 : null, fx_rate: i % 2 ? null : 0.012,
  })),
  // A row with every value empty is not written at all; the rows after it keep their numbers.
  Object.fromEntries(COLUMNS.map((c) => [c, null])),
  { title: 'after the empty row', amount_usd: null, count: null, published: null, passed: null, url: null, evidence_id: null, stake_percent: null, fx_rate: null },
];

const RESULTS: ExcelJS.CellValue[] = [null, '', 'text & "quoted"', 42, -0.5, true, false, new Date(Date.UTC(2025, 0, 2))];

describe('rowXml: the same bytes as exceljs streaming rows', () => {
  it('writes every kind of table cell as exceljs does (values, styles, fills, links, formulas)', async () => {
    const computed = {
      specs: [{ key: 'f_text', kind: 'text' as const }, { key: 'f_usd', kind: 'usd' as const }, { key: 'plain', kind: 'integer' as const }],
      cells: (i: number): Record<string, ExcelJS.CellValue> => ({
        f_text: { formula: `IF(A${i + 2}="","<none>",A${i + 2}&"'s")`, result: RESULTS[i % RESULTS.length] } as ExcelJS.CellFormulaValue,
        f_usd: { formula: `B${i + 2}*2`, result: RESULTS[(i + 3) % RESULTS.length] } as ExcelJS.CellFormulaValue,
        plain: i % 2 ? `=text ${i}` : i,
      }),
      notes: { f_text: 'a formula', plain: 'a value' },
    };
    const [direct, reference] = await Promise.all([
      oneSheet(ROWS, COLUMNS, { exceljsRows: false, computed }),
      oneSheet(ROWS, COLUMNS, { exceljsRows: true, computed }),
    ]);
    expect([...direct.keys()]).toEqual([...reference.keys()]);
    for (const [name, xml] of reference) expect(direct.get(name), name).toBe(xml);
    expect(reference.get('xl/worksheets/sheet1.xml')).toContain('<f>');
  });

  it('gives the same sheet when it spans many batches, each buffer read by the deflate before it is written again', async () => {
    // About 12 MB of row XML: a dozen 1 MB batches, so buffers given back by the deflate are reused.
    const many = Array.from({ length: 1800 }, (_, k) => ROWS.map((r) => ({ ...r, count: k, title: `${r.title ?? ''} #${k} ${'padding '.repeat(k % 40)}` }))).flat();
    const [direct, reference] = await Promise.all([
      oneSheet(many, COLUMNS, { exceljsRows: false }),
      oneSheet(many, COLUMNS, { exceljsRows: true }),
    ]);
    const sheet = reference.get('xl/worksheets/sheet1.xml')!;
    expect(sheet.length).toBeGreaterThan(8 << 20);
    expect(direct.get('xl/worksheets/sheet1.xml') === sheet).toBe(true);
    for (const [name, xml] of reference) expect(direct.get(name), name).toBe(xml);
  }, 60_000);

  it('gives the whole streamed workbook of the fixture run byte for byte', async () => {
    const [direct, reference] = await Promise.all([
      buildWorkbook(FIXTURE_TABLES, FIXTURE_META, null, { streaming: true }).then(entries),
      buildWorkbook(FIXTURE_TABLES, FIXTURE_META, null, { streaming: true, exceljsRows: true }).then(entries),
    ]);
    expect([...direct.keys()]).toEqual([...reference.keys()]);
    for (const [name, xml] of reference) expect(direct.get(name), name).toBe(xml);
  });

  it('leaves out a row with no value, and an empty cell without a style', () => {
    expect(rowXml(5, ['A', 'B'], [null, undefined], [3, 0])).toBe('');
    expect(rowXml(5, ['A', 'B', 'C'], [null, 1, null], [0, 0, 2])).toBe(
      '<row r="5" spans="1:3" x14ac:dyDescent="0.25"><c r="B5"><v>1</v></c><c r="C5" s="2"/></row>',
    );
  });

  it.each([
    ['plain', 'plain'],
    ['a < b > c & "d" \'e\'', 'a &lt; b &gt; c &amp; &quot;d&quot; &apos;e&apos;'],
    ['tab\tnew\nline\rreturn', 'tab\tnew\nline\rreturn'],
    ['bell\x07 vt\x0B del\x7F us\x1F', 'bell vt del us'],
    ['\x00', ''],
    ['&&', '&amp;&amp;'],
  ])('xmlEncode(%j) is %j', (text, encoded) => {
    expect(xmlEncode(text)).toBe(encoded);
  });

  it('refuses a value a table cell never holds', () => {
    expect(() => rowXml(2, ['A'], [{ richText: [] } as unknown as ExcelJS.CellValue], [0])).toThrow(/cannot hold/);
  });
});

describe('row formulas as shared formulas', () => {
  // Relative and absolute references, a text and an array constant.
  const templates = {
    point: new RowFormula((r) => `IF(A${r}<>"",A${r},IF(B${r}<>"",B${r}/2,""))`),
    tier: new RowFormula((r) => `IFERROR(MATCH(C${r},{"pledged","agreed","signed"},0),0)>=2`),
    whole: new RowFormula((r) => `IF(C${r}="","",IFERROR(MATCH(C${r},$A$2:$A$41,0),""))`),
  };
  const rows: Record<string, Cell>[] = Array.from({ length: 40 }, (_, i) => ({ a: i % 3 ? i * 10 : null, b: i, c: i % 2 ? 'pledged' : 'signed' }));
  /** The computed cells, with a value instead of the `whole` formula in every fifth row, the first included (the Commitments sheet does that to break a loop). */
  const computed = (valueRows: boolean) => ({
    specs: [{ key: 'point', kind: 'usd' as const }, { key: 'tier', kind: 'text' as const }, { key: 'whole', kind: 'integer' as const }],
    cells: (i: number): Record<string, ExcelJS.CellValue> => ({
      point: templates.point.cell(i + 2, i * 10),
      tier: templates.tier.cell(i + 2, i % 2 === 0),
      whole: valueRows && i % 5 === 0 ? 'loop' : templates.whole.cell(i + 2, i),
    }),
  });

  it('writes the bytes exceljs writes for shared formulas starting on the first row', async () => {
    const [direct, reference] = await Promise.all([
      oneSheet(rows, ['a', 'b', 'c'], { exceljsRows: false, computed: computed(false) }),
      oneSheet(rows, ['a', 'b', 'c'], { exceljsRows: true, computed: computed(false) }),
    ]);
    for (const [name, xml] of reference) expect(direct.get(name), name).toBe(xml);
    expect(reference.get('xl/worksheets/sheet1.xml')).toContain('<f t="shared" ref="F2:F41" si="2">');
  });

  it('writes each column once, as a master over the rest of the sheet, and its number in every later formula cell', async () => {
    const xml = (await oneSheet(rows, ['a', 'b', 'c'], { exceljsRows: false, computed: computed(true) })).get('xl/worksheets/sheet1.xml')!;
    // A column whose first row holds a value starts at its first formula. The numbers run across
    // the sheet (exceljs's streaming writer counts the masters of each row from 0, so it would
    // give this one 0 again, the number of column D's).
    expect(xml.match(/<f t="shared" ref="[A-Z]+\d+:[A-Z]+\d+" si="\d+">/g)).toEqual([
      '<f t="shared" ref="D2:D41" si="0">',
      '<f t="shared" ref="E2:E41" si="1">',
      '<f t="shared" ref="F3:F41" si="2">',
    ]);
    expect(xml.match(/<f t="shared" si="0"\/>/g)).toHaveLength(39);
    expect(xml.match(/<f t="shared" si="1"\/>/g)).toHaveLength(39);
    // 40 rows, 8 of them values, one the master.
    expect(xml.match(/<f t="shared" si="2"\/>/g)).toHaveLength(31);
    expect(xml).not.toContain('<f>');
  });

  it('writes a formula other than its column\'s first in full, and shares only the first', async () => {
    const other = new RowFormula((r) => `B${r}*3`);
    const mixed = {
      specs: [{ key: 'f', kind: 'integer' as const }],
      cells: (i: number): Record<string, ExcelJS.CellValue> => ({ f: (i % 4 === 3 ? other : templates.point).cell(i + 2, i) }),
    };
    const sheet = await oneSheet(rows, ['a', 'b', 'c'], { exceljsRows: false, computed: mixed });
    const xml = sheet.get('xl/worksheets/sheet1.xml')!;
    expect(xml.match(/<f t="shared" ref="D2:D41" si="0">/g)).toHaveLength(1);
    expect(xml.match(/<f t="shared" si="0"\/>/g)).toHaveLength(29);
    expect(xml.match(/<f>B\d+\*3<\/f>/g)).toHaveLength(10);
    const reference = await oneSheet(rows, ['a', 'b', 'c'], { exceljsRows: true, computed: mixed });
    expect(xml).toBe(reference.get('xl/worksheets/sheet1.xml'));
  });

  it.each([false, true])('reads back, cell by cell, as the formula of its own row (value rows: %s)', async (valueRows) => {
    const cells = computed(valueRows).cells;
    const entriesOf = await oneSheet(rows, ['a', 'b', 'c'], { exceljsRows: false, computed: computed(valueRows) });
    const zip = new JSZip();
    for (const [name, text] of entriesOf) zip.file(name, text);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await zip.generateAsync({ type: 'nodebuffer' })) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const read: string[] = [];
    const written: string[] = [];
    rows.forEach((_, i) => {
      for (const [c, key] of [[4, 'point'], [5, 'tier'], [6, 'whole']] as const) {
        const cell = sheet.getCell(i + 2, c);
        const value = cells(i)[key];
        written.push(value instanceof RowFormulaValue ? `${cell.address} ${value.formula}` : `${cell.address} ${String(value)}`);
        read.push(cell.type === ExcelJS.ValueType.Formula ? `${cell.address} ${cell.formula}` : `${cell.address} ${String(cell.value)}`);
      }
    });
    expect(read).toEqual(written);
  });
});
