/**
 * The workbook of a real run (the pipeline on data/articles), in a real spreadsheet engine: every
 * Summary formula must give the aggregate stage's own figure, and an analyst's edit must move the
 * Summary exactly as re-running the aggregate stage on the edited rows would.
 */
import ExcelJS from 'exceljs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../pipeline/env.ts';
import { render as msg } from '../../pipeline/messages.ts';
import { countDeals } from '../../pipeline/reconcile/counting.ts';
import { buildWorkbook } from '../../pipeline/render/workbook.ts';
import type { RunMeta } from '../../pipeline/render/viewModel.ts';
import { runPipeline } from '../../pipeline/run.ts';
import { aggregate } from '../../pipeline/stages/aggregate.ts';
import { TABLE_COLUMNS, type Aggregate, type RunTables, type Status } from '../../pipeline/tables.ts';
import { recalculateWithLibreOffice, sheetValues, SOFFICE } from './libreoffice.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const COUNT_FROM: Status = 'pledged';
const META: RunMeta = { runDate: '2025-06-01T00:00:00.000Z', version: 'test', countFrom: COUNT_FROM, inputs: [], options: {} };

let dir: string;
let tables: RunTables;
let bytes: Uint8Array;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pledgebook-wbrun-'));
  const result = await runPipeline(
    {
      input: join(ROOT, 'data/articles'), out: join(dir, 'out'), referenceDir: join(ROOT, 'data/reference'),
      correctionsPath: join(ROOT, 'data/corrections.csv'), countFrom: COUNT_FROM, maxArticleBytes: 5 * 1024 * 1024,
      workers: 0, cache: false, pdf: false, reports: false,
    },
    { now: () => new Date(META.runDate), log: silentLogger },
  );
  tables = result.tables;
  bytes = await buildWorkbook(tables, META, null);
}, 120_000);

async function load(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Summary label -> the aggregate its line reports (the lines every run has). */
function headlineAggregates(aggregates: readonly Aggregate[]): Map<string, Aggregate> {
  const find = (dimension: string, key: string) => aggregates.find((a) => a.metric === 'total_pledged' && a.dimension === dimension && a.key === key)!;
  return new Map([
    [msg.summaryNet, find('all', 'net')],
    [msg.summaryCounted(COUNT_FROM), find('all', 'counted')],
    [msg.summaryGross, find('all', 'gross')],
    [msg.summaryTier('firm', 'approved, signed, disbursed'), find('status_tier', 'firm')],
    [msg.summaryTier('announced', 'pledged, agreed'), find('status_tier', 'announced')],
    [msg.summaryTier('prospective', 'intended, proposed, under_discussion, expected'), find('status_tier', 'prospective')],
    ['Jobs', aggregates.find((a) => a.metric === 'jobs' && a.dimension === 'all')!],
  ]);
}

/** [label, value, low, high] of the headline lines, as the sheet holds them (`cell` reads B/D/E of a row). */
function headlineRows(wb: ExcelJS.Workbook, cell: (address: string) => unknown, aggregates: readonly Aggregate[]) {
  const sheet = wb.getWorksheet('Summary')!;
  const rows = new Map<string, number>();
  sheet.eachRow((row, n) => rows.set(String(row.getCell(1).value), n));
  return [...headlineAggregates(aggregates).keys()].map((label) => {
    const n = rows.get(label);
    return [label, cell(`B${n}`), cell(`D${n}`), cell(`E${n}`)];
  });
}

function expectedRows(aggregates: readonly Aggregate[]) {
  return [...headlineAggregates(aggregates)].map(([label, a]) => [label, a.value, a.value_low, a.value_high ?? 'open (at least)']);
}

/** Values as stored in the file (exceljs reads a cached 0, FALSE or "" back as no result at all). */
async function storedValues(sheetIndex: number): Promise<Map<string, number | string | boolean>> {
  const path = join(dir, 'as-built.xlsx');
  await writeFile(path, bytes);
  return sheetValues(path, sheetIndex);
}

describe('the workbook of the seed run', () => {
  it('caches the aggregate stage figures in the Summary, with no disagreement note', async () => {
    const wb = await load(bytes);
    const stored = await storedValues(1);
    expect(headlineRows(wb, (a) => stored.get(a), tables.aggregates)).toEqual(expectedRows(tables.aggregates));
    const notes: string[] = [];
    wb.getWorksheet('Summary')!.eachRow((row) => {
      const text = String(row.getCell(6).value ?? '');
      if (text.includes("not the pipeline's figure")) notes.push(`${row.getCell(1).value}: ${text}`);
    });
    expect(notes).toEqual([]);
  });

  it('caches computed columns that agree with the pipeline (tier, counted)', async () => {
    const deals = (await load(bytes)).getWorksheet('Commitments')!;
    const header = (deals.getRow(1).values as unknown[]).slice(1).map(String);
    const stored = await storedValues(2);
    const result = (r: number, key: string) => stored.get(`${deals.getColumn(header.indexOf(key) + 1).letter}${r}`);
    expect(tables.deals.map((_, i) => [result(i + 2, 'status_tier'), result(i + 2, 'counted')]))
      .toEqual(tables.deals.map((d) => [d.tier, d.counts_toward_total]));
    expect(header.slice(0, TABLE_COLUMNS.deals.length)).toEqual([...TABLE_COLUMNS.deals]);
  });
});

describe.skipIf(!SOFFICE)('the seed run workbook in LibreOffice', () => {
  it('recomputes every Summary formula to the figure cached from the aggregates', async () => {
    // Zero every cached result first, so LibreOffice has to compute them.
    const wb = await load(bytes);
    const stored = await storedValues(1);
    const expected = new Map<string, unknown>();
    wb.getWorksheet('Summary')!.eachRow((row) => {
      for (const c of [2, 4, 5]) {
        const cell = row.getCell(c);
        const v = cell.value as { formula?: string; result?: unknown } | null;
        if (v && typeof v === 'object' && typeof v.formula === 'string') {
          expected.set(cell.address, stored.get(cell.address));
          cell.value = { formula: v.formula, result: 0 } as ExcelJS.CellFormulaValue;
        }
      }
    });
    expect(expected.size).toBeGreaterThan(20);
    const zeroed = join(dir, 'zeroed.xlsx');
    await wb.xlsx.writeFile(zeroed);
    const values = await sheetValues(await recalculateWithLibreOffice(zeroed), 1);
    const mismatches = [...expected].filter(([addr, want]) => {
      const got = values.get(addr);
      return typeof want === 'number' ? typeof got !== 'number' || Math.abs(got - want) > 1e-6 * Math.max(1, Math.abs(want)) : got !== want;
    }).map(([addr, want]) => [addr, want, values.get(addr)]);
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('after an analyst edits statuses, gives what the aggregate stage gives on the edited rows', async () => {
    const umbrella = tables.deals.findIndex((d) => d.is_umbrella);
    const weakest = tables.deals.findIndex((d, i) => i !== umbrella && d.tier === 'prospective' && d.amount_usd !== null);
    expect([umbrella, weakest].every((i) => i >= 0)).toBe(true);
    const edits: [number, Status][] = [[umbrella, 'cancelled'], [weakest, 'signed']];

    const wb = await load(bytes);
    const sheet = wb.getWorksheet('Commitments')!;
    for (const [i, status] of edits) sheet.getCell(i + 2, TABLE_COLUMNS.deals.indexOf('status') + 1).value = status;
    const edited = join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const values = await sheetValues(await recalculateWithLibreOffice(edited), 1);

    const deals = countDeals(tables.deals.map((d, i) => ({ ...d, status: edits.find(([j]) => j === i)?.[1] ?? d.status })), COUNT_FROM);
    const again = aggregate({ deals, jobs: tables.jobs, projections: tables.projections, countryExports: [], articles: tables.articles });
    expect(expectedRows(again)).not.toEqual(expectedRows(tables.aggregates));
    expect(headlineRows(wb, (a) => values.get(a), again)).toEqual(expectedRows(again));
  }, 120_000);
});
