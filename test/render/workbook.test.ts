import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { render as msg } from '../../pipeline/messages.ts';
import { DEAL_HELPER_COLUMNS } from '../../pipeline/render/dealFormulas.ts';
import { JOB_HELPER_COLUMNS } from '../../pipeline/render/jobFormulas.ts';
import { buildWorkbook, REVIEW_HEADERS, SHEET_NAMES } from '../../pipeline/render/workbook.ts';
import { USD_FORMAT } from '../../pipeline/render/workbookSheets.ts';
import { withFullCalcOnLoad } from '../../pipeline/render/streamedWorkbook.ts';
import { TABLE_COLUMNS } from '../../pipeline/tables.ts';
import { FIXTURE_META, FIXTURE_TABLES, HOSTILE_FORMULA } from '../fixtures/runTables.ts';
import { numericCells, recalculateWithLibreOffice, sheetValues, SOFFICE } from './libreoffice.ts';

// A 1x1 PNG, enough to check the chart is embedded.
const TINY_PNG = Uint8Array.from(Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

let dir: string;
let path: string;
let workbook: ExcelJS.Workbook;

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

function agg(metric: string, dimension: string, key: string) {
  return FIXTURE_TABLES.aggregates.find((a) => a.metric === metric && a.dimension === dimension && a.key === key)!;
}

/** Summary row number of a figure, by its label. */
function summaryRow(wb: ExcelJS.Workbook, label: string): number {
  const sheet = wb.getWorksheet('Summary')!;
  for (let r = 1; r <= sheet.rowCount; r++) if (String(sheet.getCell(r, 1).value).trim() === label) return r;
  throw new Error(`no Summary row ${label}`);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pledgebook-wb-'));
  path = join(dir, 'pledgebook.xlsx');
  const bytes = await buildWorkbook(FIXTURE_TABLES, FIXTURE_META, TINY_PNG);
  await writeFile(path, bytes);
  workbook = await read(bytes);
});

describe('buildWorkbook, read back with exceljs', () => {
  it('has the sheets in order, with the table headers in row 1', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...SHEET_NAMES]);
    const header = (name: string) => (workbook.getWorksheet(name)!.getRow(1).values as unknown[]).slice(1);
    expect(header('Commitments')).toEqual([...TABLE_COLUMNS.deals, ...DEAL_HELPER_COLUMNS]);
    expect(header('Jobs')).toEqual([...TABLE_COLUMNS.jobs, ...JOB_HELPER_COLUMNS]);
    expect(header('Evidence')).toEqual([...TABLE_COLUMNS.evidence]);
    expect(header('Rejected')).toEqual([...TABLE_COLUMNS.rejected]);
    expect(header('Review').slice(0, 5)).toEqual([...REVIEW_HEADERS]);
    expect(header('Sources')).toEqual(['article_id', 'title', 'outlet', 'published', 'dateline', 'url', 'source_file', 'part']);
  });

  it('freezes the header, filters and formats every table sheet', () => {
    for (const name of ['Commitments', 'Jobs', 'Projections', 'Projects', 'Checks', 'Sources', 'Evidence', 'Rejected']) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.views[0], name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter, name).toBeTruthy();
      for (let c = 1; c <= sheet.columnCount; c++) expect(sheet.getColumn(c).width ?? 0, `${name} col ${c}`).toBeLessThanOrEqual(60);
    }
    const deals = workbook.getWorksheet('Commitments')!;
    const col = (key: string) => TABLE_COLUMNS.deals.indexOf(key as never) + 1;
    const rupee = FIXTURE_TABLES.deals.findIndex((d) => d.currency === 'INR') + 2;
    expect(deals.getCell(rupee, col('amount_usd')).value).toBe(996e6);
    expect(deals.getCell(rupee, col('amount_usd')).numFmt).toBe(USD_FORMAT);
    expect(deals.getCell(rupee, col('fx_date')).value).toEqual(new Date(Date.UTC(2025, 2, 12)));
    expect(deals.getCell(rupee, col('fx_date')).numFmt).toBe('yyyy-mm-dd');
    expect(deals.getCell(rupee, col('counts_toward_total')).value).toBe(true);
  });

  it('links each row to its evidence and each web source to its url, never a javascript: url', () => {
    const deals = workbook.getWorksheet('Commitments')!;
    const evCol = TABLE_COLUMNS.deals.indexOf('evidence_id') + 1;
    const first = deals.getCell(2, evCol);
    const evidenceRow = FIXTURE_TABLES.evidence.findIndex((e) => e.evidence_id === FIXTURE_TABLES.deals[0]!.evidence_id) + 2;
    expect(first.value).toMatchObject({ text: FIXTURE_TABLES.deals[0]!.evidence_id, hyperlink: `#Evidence!A${evidenceRow}` });
    expect(workbook.getWorksheet('Evidence')!.getCell(evidenceRow, 1).value).toBe(FIXTURE_TABLES.deals[0]!.evidence_id);

    const sources = workbook.getWorksheet('Sources')!;
    const urls = FIXTURE_TABLES.articles.map((a, i) => ({ url: a.url, cell: sources.getCell(i + 2, 6) }));
    expect(urls.map((u) => (u.cell.value as { hyperlink?: string })?.hyperlink ?? null)).toEqual([
      'https://ledger.example.com/2025/03/qatar-kenya-ports',
      'http://ibr.example.org/india-sri-lanka-rail',
      null,
    ]);
  });

  it('writes Summary figures as formulas whose cached result is the pipeline figure', () => {
    const cases: [string, number | null][] = [
      [msg.summaryNet, agg('total_pledged', 'all', 'net').value],
      [msg.summaryTier('firm', 'approved, signed, disbursed').trim(), agg('total_pledged', 'status_tier', 'firm').value],
      [msg.summaryTier('announced', 'pledged, agreed').trim(), agg('total_pledged', 'status_tier', 'announced').value],
      [msg.summaryCountedDeals.trim(), agg('total_pledged', 'all', 'counted').rows.split(';').length],
      ['Jobs', agg('jobs', 'all', 'total').value],
      ['Export share, Kenya', agg('export_share', 'country', 'Kenya').value],
      ['Export base implied, Kenya', agg('export_base_implied', 'country', 'Kenya').value],
    ];
    const summary = workbook.getWorksheet('Summary')!;
    const got = cases.map(([label]) => {
      const v = summary.getCell(summaryRow(workbook, label), 2).value as { formula?: string; result?: number };
      return [label, typeof v?.formula === 'string' ? v.result : 'not a formula'];
    });
    expect(got).toEqual(cases);
    const net = summaryRow(workbook, msg.summaryNet);
    expect(summary.getCell(net, 5).value).toMatchObject({ result: 'open (at least)' });
    expect(summary.getCell(net, 6).value).toBe(agg('total_pledged', 'all', 'net').explanation);
  });

  it('neutralises article text that looks like a formula, everywhere', () => {
    const funderCol = TABLE_COLUMNS.deals.indexOf('funder') + 1;
    const hostile = FIXTURE_TABLES.deals.findIndex((d) => d.funder?.startsWith('=')) + 2;
    const cell = workbook.getWorksheet('Commitments')!.getCell(hostile, funderCol);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(`'${HOSTILE_FORMULA} Harbour Capital`);
    // Article text reaches a formula only as a quoted criterion literal, never as formula code.
    for (const sheet of workbook.worksheets) {
      // (c.formula: a shared formula's cells read as their own text, moved to their row.)
      sheet.eachRow((row) => row.eachCell((c) => {
        if (c.type === ExcelJS.ValueType.Formula) expect(c.formula.replace(/"(?:[^"]|"")*"/g, '""'), `${sheet.name}!${c.address}`).not.toContain('cmd|');
      }));
    }
  });

  it('has a Review sheet with a table list validation and an instruction, and an About sheet', () => {
    const review = workbook.getWorksheet('Review')!;
    expect(review.getCell('A1').note).toBeTruthy();
    expect(review.getCell('A2').dataValidation).toMatchObject({ type: 'list', formulae: ['"commitments,jobs,projections,projects"'] });
    const about = workbook.getWorksheet('About')!;
    const items = new Map<string, unknown>();
    about.eachRow((row) => items.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(items.get('version')).toBe('0.1.0');
    expect(items.get('run date')).toEqual(new Date(Date.UTC(2025, 3, 1)));
    expect(items.get('010_gulf_ports.txt')).toBe(FIXTURE_META.inputs[0]!.sha256);
  });

  it('embeds the chart image on the Summary sheet', () => {
    expect(workbook.getWorksheet('Summary')!.getImages()).toHaveLength(1);
  });

  it('is tolerant of a run without aggregates: figures read "—"', async () => {
    const wb = await read(await buildWorkbook({ ...FIXTURE_TABLES, aggregates: [] }, FIXTURE_META, null));
    expect(wb.getWorksheet('Summary')!.getCell(summaryRow(wb, msg.summaryNet), 2).value).toBe('—');
  });
});

describe.skipIf(!SOFFICE)('the workbook in a real spreadsheet engine (LibreOffice)', () => {
  it('recomputes every Summary formula to the pipeline figure, and keeps hostile text as text', async () => {
    // Zero the cached results first, so LibreOffice has to compute them.
    const zeroed = await read(new Uint8Array(await import('node:fs/promises').then((fs) => fs.readFile(path))));
    const stored = await sheetValues(path, 1);
    const expected = new Map<string, number | string | boolean | undefined>();
    zeroed.getWorksheet('Summary')!.eachRow((row, r) => {
      for (const c of [2, 4, 5]) {
        const cell = row.getCell(c);
        const v = cell.value as { formula?: string; result?: number } | null;
        if (v && typeof v === 'object' && typeof v.formula === 'string') {
          expected.set(`${cell.address}`, stored.get(cell.address));
          cell.value = { formula: v.formula, result: 0 } as ExcelJS.CellFormulaValue;
        }
      }
      void r;
    });
    expect(expected.size).toBeGreaterThan(20);
    const zeroPath = join(dir, 'zeroed.xlsx');
    await zeroed.xlsx.writeFile(zeroPath);
    const out = await recalculateWithLibreOffice(zeroPath);
    const values = await sheetValues(out, 1);
    const mismatches = [...expected].filter(([addr, want]) => {
      const got = values.get(addr);
      return typeof want === 'number' ? typeof got !== 'number' || Math.abs(got - want) > 1e-6 * Math.max(1, Math.abs(want)) : got !== want;
    });
    expect(mismatches).toEqual([]);

    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const funderCol = TABLE_COLUMNS.deals.indexOf('funder') + 1;
    const hostile = FIXTURE_TABLES.deals.findIndex((d) => d.funder?.startsWith('=')) + 2;
    const cell = back.getWorksheet('Commitments')!.getCell(hostile, funderCol);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(String(cell.value)).toContain(HOSTILE_FORMULA);
  });

  it('recomputes after an analyst edits a row', async () => {
    const wb = await read(new Uint8Array(await import('node:fs/promises').then((fs) => fs.readFile(path))));
    const deals = wb.getWorksheet('Commitments')!;
    const usdCol = TABLE_COLUMNS.deals.indexOf('amount_usd') + 1;
    const rupee = FIXTURE_TABLES.deals.findIndex((d) => d.currency === 'INR') + 2;
    deals.getCell(rupee, usdCol).value = 1_000_000_000; // the analyst corrects the converted amount
    const editedPath = join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(editedPath);
    const values = await numericCells(await recalculateWithLibreOffice(editedPath), 1);
    const net = agg('total_pledged', 'all', 'net').value!;
    const firm = agg('total_pledged', 'status_tier', 'firm').value!;
    expect([values.get(`B${summaryRow(wb, msg.summaryNet)}`), values.get(`B${summaryRow(wb, msg.summaryTier('firm', 'approved, signed, disbursed').trim())}`)])
      .toEqual([net + 4e6, firm + 4e6]);
  });
});

/**
 * Everything exceljs reads back from a workbook that the analyst sees or the Summary depends on:
 * sheets, views, filters, validations, column widths and styles, images (position, size, bytes),
 * and every cell's type, value (formulas with their cached results), style and note.
 */
function readBackContent(wb: ExcelJS.Workbook): string[] {
  const out = [`properties ${JSON.stringify({ creator: wb.creator, created: wb.created, modified: wb.modified })}`];
  for (const ws of wb.worksheets) {
    const validations = (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model;
    out.push(`sheet ${ws.id} ${ws.name} ${ws.state} ${JSON.stringify({ views: ws.views, autoFilter: ws.autoFilter, validations })}`);
    out.push(`columns ${JSON.stringify((ws.columns ?? []).map((c) => [c.width, c.hidden, c.style]))}`);
    out.push(`images ${JSON.stringify(ws.getImages().map((image) => {
      const medium = wb.getImage(Number(image.imageId)) as { buffer?: Buffer; extension: string };
      const tl = image.range.tl as unknown as { model?: unknown };
      return { tl: tl.model ?? tl, br: image.range.br, ext: (image.range as unknown as { ext?: unknown }).ext, extension: medium.extension, bytes: medium.buffer?.toString('base64') };
    }))}`);
    ws.eachRow((row, n) => {
      out.push(`row ${n} ${JSON.stringify({ height: row.height, style: (row as unknown as { style?: unknown }).style })}`);
      row.eachCell({ includeEmpty: true }, (c) => out.push(`${c.address} ${c.type} ${JSON.stringify(c.value)} ${JSON.stringify(c.style)} ${JSON.stringify(c.note)}`));
    });
  }
  return out;
}

describe('the streamed workbook (every run) against exceljs\'s in-memory writer', () => {
  let reference: ExcelJS.Workbook;
  let referencePath: string;
  beforeAll(async () => {
    const bytes = await buildWorkbook(FIXTURE_TABLES, FIXTURE_META, TINY_PNG, { streaming: false });
    referencePath = join(dir, 'in-memory.xlsx');
    await writeFile(referencePath, bytes);
    reference = await read(bytes);
  });

  it('reads back the same: sheets, cells, formulas, styles, formats, panes, widths, notes and the chart image', () => {
    const [streamed, inMemory] = [readBackContent(workbook), readBackContent(reference)];
    expect(streamed.length).toBeGreaterThan(500);
    // One known difference: a cell holding empty text. The in-memory writer keeps it as a shared
    // string; the streaming writer (exceljs's rows and rowXml.ts alike) writes it inline with an
    // empty value, which exceljs reads back as no cell at all.
    const emptyText = /^[A-Z]+\d+ 3 "" /;
    expect(inMemory.filter((line) => emptyText.test(line))).toHaveLength(1);
    expect(streamed).toEqual(inMemory.filter((line) => !emptyText.test(line)));
  });

  it('keeps the sheets, headers, frozen panes, filters, formats, links and formulas of the in-memory writer', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...SHEET_NAMES]);
    const normal = (name: string) => reference.getWorksheet(name)!;
    const deals = workbook.getWorksheet('Commitments')!;
    expect((deals.getRow(1).values as unknown[]).slice(1)).toEqual([...TABLE_COLUMNS.deals, ...DEAL_HELPER_COLUMNS]);
    for (const name of ['Summary', 'Commitments', 'Jobs', 'Evidence', 'Review']) {
      expect(workbook.getWorksheet(name)!.views[0], name).toMatchObject({ state: 'frozen', ySplit: (normal(name).views[0] as { ySplit?: number }).ySplit });
    }
    expect(deals.autoFilter).toBeTruthy();
    const evCol = TABLE_COLUMNS.deals.indexOf('evidence_id') + 1;
    expect(deals.getCell(2, evCol).value).toEqual(normal('Commitments').getCell(2, evCol).value);
    const usdCol = TABLE_COLUMNS.deals.indexOf('amount_usd') + 1;
    expect(deals.getCell(2, usdCol).numFmt).toBe(USD_FORMAT);
    const formulas = (wb: ExcelJS.Workbook, name: string) => {
      const out: string[] = [];
      wb.getWorksheet(name)!.eachRow((row) => row.eachCell((c) => {
        if (c.type === ExcelJS.ValueType.Formula) out.push(`${c.address} ${c.formula}`);
      }));
      return out;
    };
    for (const name of ['Summary', 'Commitments', 'Jobs']) expect(formulas(workbook, name), name).toEqual(formulas(reference, name));
    expect(workbook.getWorksheet('Review')!.getCell('A2').dataValidation).toMatchObject({ type: 'list' });
  });

  it('places the chart image as the in-memory writer does: the same drawing part, relationships and content type', async () => {
    const [streamedZip, inMemoryZip] = await Promise.all([path, referencePath].map(async (file) => JSZip.loadAsync(await readFile(file))));
    const text = (zip: JSZip, name: string) => zip.file(name)?.async('string');
    for (const name of ['xl/drawings/drawing1.xml']) expect(await text(streamedZip!, name), name).toBe(await text(inMemoryZip!, name));
    const sheetTail = async (zip: JSZip) => (await text(zip, 'xl/worksheets/sheet1.xml'))!.split('</sheetData>')[1];
    expect(await sheetTail(streamedZip!)).toBe(await sheetTail(inMemoryZip!));
    expect(await sheetTail(streamedZip!)).toContain('<drawing r:id="rId1"/>');
    expect(await text(streamedZip!, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"');
    expect(await text(streamedZip!, 'xl/drawings/_rels/drawing1.xml.rels')).toContain('Target="../media/image0.png"');
    expect(await streamedZip!.file('xl/media/image0.png')!.async('uint8array')).toEqual(TINY_PNG);
    expect(await text(streamedZip!, '[Content_Types].xml')).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(workbook.getWorksheet('Summary')!.getCell('H4').value).toBe('Net pledged by funder');
  });

  it('says where the chart is when there is none to place', async () => {
    const wb = await read(await buildWorkbook(FIXTURE_TABLES, FIXTURE_META, null));
    expect(wb.getWorksheet('Summary')!.getImages()).toHaveLength(0);
    expect(wb.getWorksheet('Summary')!.getCell('H4').value).toBe(msg.noChart);
  });

  it('writes the Summary part last (held back for the chart) and still lists the Summary first', async () => {
    const zip = await JSZip.loadAsync(await readFile(path));
    const sheetParts = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheetParts.at(-1)).toBe('xl/worksheets/sheet1.xml');
    expect(sheetParts).toHaveLength(SHEET_NAMES.length);
    expect(workbook.worksheets[0]!.name).toBe('Summary');
  });

  it('waits for a chart still being drawn', async () => {
    const wb = await read(await buildWorkbook(FIXTURE_TABLES, FIXTURE_META, new Promise((resolve) => setTimeout(() => resolve(TINY_PNG), 20))));
    expect(wb.getWorksheet('Summary')!.getImages()).toHaveLength(1);
  });

  it('asks to be recalculated when opened, as the normal writer does', async () => {
    // exceljs does not read calcPr back: the workbook part is read as text.
    const calcPr = async (file: string) =>
      /<calcPr[^>]*>/.exec(await (await JSZip.loadAsync(await readFile(file))).file('xl/workbook.xml')!.async('string'))?.[0];
    const [normal, streamedCalc] = await Promise.all([calcPr(referencePath), calcPr(path)]);
    expect(normal).toContain('fullCalcOnLoad="1"');
    expect(streamedCalc).toBe(normal);
  });

  it.each([
    ['<workbook><calcPr calcId="171027"/></workbook>', '<workbook><calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>'],
    ['<workbook><calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>', '<workbook><calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>'],
    ['<workbook><calcPr calcId="1"/></workbook>', '<workbook><calcPr calcId="1"/></workbook>'],
  ])('withFullCalcOnLoad(%j) is %j', (xml, expected) => {
    expect(withFullCalcOnLoad(xml)).toBe(expected);
  });

  it.skipIf(!SOFFICE)('recomputes in LibreOffice to the same Summary as the normal writer', async () => {
    const [a, b] = await Promise.all([sheetValues(referencePath, 1), sheetValues(await recalculateWithLibreOffice(path), 1)]);
    const summaryCells = [...a].filter(([addr]) => /^[BDE]\d+$/.test(addr) && Number(addr.slice(1)) >= 5);
    expect(summaryCells.length).toBeGreaterThan(20);
    expect(summaryCells.filter(([addr, v]) => {
      const w = b.get(addr);
      return typeof v === 'number' ? typeof w !== 'number' || Math.abs(w - v) > 1e-6 * Math.max(1, Math.abs(v)) : v !== w;
    })).toEqual([]);
  }, 120_000);
});
