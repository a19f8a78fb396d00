/**
 * The workbook an analyst opens, checks and edits. The Summary holds live formulas over the table
 * sheets (so an edited row recomputes the totals), each cached with the pipeline's own figure (so
 * the file opens correct in any viewer, even one that does not calculate). The Review sheet is
 * where corrections are written; `npm run review` reads it back.
 */
import ExcelJS from 'exceljs';
import type { Aggregate, Deal, Job, RunTables } from '../tables.ts';
import { CORRECTABLE_TABLES, STATUS_TIERS, TABLE_COLUMNS } from '../tables.ts';
import { render as msg } from '../messages.ts';
import type { RunMeta } from './viewModel.ts';
import { safeText } from './safeText.ts';
import {
  addTableSheet, excelDate, DATE_FORMAT, INTEGER_FORMAT, PERCENT_UNITS_FORMAT, USD_FORMAT,
} from './workbookSheets.ts';

export const SHEET_NAMES = [
  'Summary', 'Commitments', 'Jobs', 'Projections', 'Projects', 'Checks', 'Sources', 'Evidence', 'Review', 'About', 'Rejected',
] as const;

export const REVIEW_HEADERS = ['table', 'row_id', 'column', 'value', 'note'] as const;
const SOURCE_COLUMNS = ['article_id', 'title', 'outlet', 'published', 'dateline', 'url', 'source_file', 'part'] as const;
/** Extra, computed column of the Jobs sheet: is this row already inside a stated total? */
export const IN_STATED_TOTAL = 'in_stated_total';
const REVIEW_ROWS_WITH_VALIDATION = 1000;

/** A Summary line: a live formula, cached with the pipeline's figure. */
interface SummaryLine {
  label: string;
  formula: string | null;
  /** The pipeline's figure; null when the run has no such aggregate (shown as "—"). */
  value: number | null;
  low?: { formula: string; value: number | null } | null;
  high?: { formula: string; value: number | null } | 'open' | null;
  format: string;
  unit: string;
  explanation: string;
  /** What the formula gives on the tables as written, to flag a disagreement with the pipeline. */
  recomputed: number | null;
}

function findAggregate(aggregates: Aggregate[], metric: string, dimension: string, key: string): Aggregate | undefined {
  return aggregates.find((a) => a.metric === metric && a.dimension === dimension && a.key === key);
}

/** A criterion that matches `text` exactly: "=" first (so "=x" or ">x" are not operators), wildcards escaped. */
function exactCriterion(text: string): string {
  const escaped = safeText(text).replace(/[~*?]/g, (c) => `~${c}`).replace(/"/g, '""');
  return `"=${escaped}"`;
}

function splitIds(ids: string | null | undefined): string[] {
  return (ids ?? '').split(';').map((s) => s.trim()).filter(Boolean);
}

interface Ranges {
  deals: (key: keyof Deal) => string;
  jobs: (key: keyof Job | typeof IN_STATED_TOTAL) => string;
  projections: (key: string) => string;
}

function rangesFor(letters: { deals: Map<string, string>; jobs: Map<string, string>; projections: Map<string, string> }, counts: { deals: number; jobs: number; projections: number }): Ranges {
  const range = (sheet: string, map: Map<string, string>, rows: number) => (key: string) => {
    const letter = map.get(key);
    if (!letter) throw new Error(`workbook: no column ${key} in ${sheet}`);
    return `${sheet}!$${letter}$2:$${letter}$${Math.max(rows + 1, 2)}`;
  };
  return {
    deals: range('Commitments', letters.deals, counts.deals),
    jobs: range('Jobs', letters.jobs, counts.jobs),
    projections: range('Projections', letters.projections, counts.projections),
  };
}

/** Jobs that are a part of some stated total (another row's `total_of`), the rule the formulas mirror. */
function jobsInsideTotals(jobs: Job[]): Set<string> {
  return new Set(jobs.flatMap((j) => splitIds(j.total_of)));
}

function summaryLines(tables: RunTables, r: Ranges): SummaryLine[] {
  const { aggregates, deals, jobs } = tables;
  const counted = deals.filter((d) => d.counts_toward_total);
  const sum = (rows: { v: number | null }[]) => rows.reduce((acc, x) => acc + (x.v ?? 0), 0);
  const sumDeals = (rows: Deal[], pick: (d: Deal) => number | null) => sum(rows.map((d) => ({ v: pick(d) })));
  const inside = jobsInsideTotals(jobs);
  const countedJobs = jobs.filter((j) => !inside.has(j.job_id));
  const lines: SummaryLine[] = [];
  const usdLine = (label: string, agg: Aggregate | undefined, formula: string, recomputed: number): SummaryLine => ({
    label, formula, value: agg?.value ?? null, format: USD_FORMAT, unit: 'USD', explanation: agg?.explanation ?? '', recomputed,
  });

  const net = findAggregate(aggregates, 'total_pledged', 'all', 'net');
  lines.push({
    ...usdLine('Net pledged', net, `SUMIFS(${r.deals('amount_usd')},${r.deals('counts_toward_total')},TRUE)`, sumDeals(counted, (d) => d.amount_usd)),
    low: { formula: `SUMIFS(${r.deals('amount_usd_low')},${r.deals('counts_toward_total')},TRUE)`, value: net?.value_low ?? null },
    high: net && net.value_high === null
      ? 'open'
      : { formula: `SUMIFS(${r.deals('amount_usd_high')},${r.deals('counts_toward_total')},TRUE)`, value: net?.value_high ?? null },
  });
  for (const tier of Object.keys(STATUS_TIERS)) {
    const agg = findAggregate(aggregates, 'total_pledged', 'status_tier', tier);
    lines.push(usdLine(`  of which ${tier}`, agg,
      `SUMIFS(${r.deals('amount_usd')},${r.deals('tier')},${exactCriterion(tier)},${r.deals('counts_toward_total')},TRUE)`,
      sumDeals(counted.filter((d) => d.tier === tier), (d) => d.amount_usd)));
  }
  const countedAgg = findAggregate(aggregates, 'total_pledged', 'all', 'counted');
  lines.push({
    label: 'Deals counted', formula: `COUNTIFS(${r.deals('counts_toward_total')},TRUE)`, value: countedAgg?.value ?? null,
    format: INTEGER_FORMAT, unit: 'deals', explanation: countedAgg?.explanation ?? '', recomputed: counted.length,
  });
  const gross = findAggregate(aggregates, 'total_pledged', 'all', 'gross');
  lines.push(usdLine('Gross reported (double counts)', gross, `SUM(${r.deals('amount_usd')})`, sumDeals(deals, (d) => d.amount_usd)));

  const jobsTotal = findAggregate(aggregates, 'jobs', 'all', 'total');
  lines.push({
    label: 'Jobs', formula: `SUMIFS(${r.jobs('count')},${r.jobs(IN_STATED_TOTAL)},FALSE)`, value: jobsTotal?.value ?? null,
    format: INTEGER_FORMAT, unit: 'jobs', explanation: jobsTotal?.explanation ?? '',
    recomputed: sum(countedJobs.map((j) => ({ v: j.count }))),
  });

  for (const share of aggregates.filter((a) => a.metric === 'export_share')) {
    lines.push(...exportShareLines(tables, share, r));
  }

  const byDimension: [string, keyof Deal, string][] = [
    ['funder', 'funder', 'By funder'],
    ['funder_country', 'funder_country', 'By funder country'],
    ['recipient_country', 'recipient_country', 'By recipient country'],
    ['instrument', 'instrument', 'By instrument'],
    ['sector', 'sector', 'By sector'],
  ];
  for (const [dimension, column, title] of byDimension) {
    const rows = aggregates.filter((a) => a.metric === 'total_pledged' && a.dimension === dimension);
    if (rows.length === 0) continue;
    lines.push({ label: title, formula: null, value: null, format: '', unit: '', explanation: '', recomputed: null });
    for (const agg of [...rows].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))) {
      lines.push(usdLine(`  ${agg.key}`, agg,
        `SUMIFS(${r.deals('amount_usd')},${r.deals(column)},${exactCriterion(agg.key)},${r.deals('counts_toward_total')},TRUE)`,
        sumDeals(counted.filter((d) => d[column] === agg.key), (d) => d.amount_usd)));
    }
  }
  for (const [dimension, column, title] of [['country', 'country', 'Jobs by country'], ['location', 'location', 'Jobs by location']] as const) {
    const rows = aggregates.filter((a) => a.metric === 'jobs' && a.dimension === dimension);
    if (rows.length === 0) continue;
    lines.push({ label: title, formula: null, value: null, format: '', unit: '', explanation: '', recomputed: null });
    for (const agg of [...rows].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))) {
      lines.push({
        label: `  ${agg.key}`,
        formula: `SUMIFS(${r.jobs('count')},${r.jobs(column)},${exactCriterion(agg.key)},${r.jobs(IN_STATED_TOTAL)},FALSE)`,
        value: agg.value, format: INTEGER_FORMAT, unit: 'jobs', explanation: agg.explanation,
        recomputed: sum(countedJobs.filter((j) => j[column] === agg.key).map((j) => ({ v: j.count }))),
      });
    }
  }
  return lines;
}

/**
 * The export share as a division: the projected values (live, from the Projections sheet) over
 * the country's export base (a reference figure, so a plain number on its own line).
 */
function exportShareLines(tables: RunTables, share: Aggregate, r: Ranges): SummaryLine[] {
  const base = tables.aggregates.find((a) => a.metric === 'export_base' && a.dimension === share.dimension && a.key === share.key);
  const ids = splitIds(share.rows).filter((id) => tables.projections.some((p) => p.projection_id === id));
  const label = `Export share, ${share.key}`;
  if (!base || base.value === null || base.value === 0 || ids.length === 0) {
    return [{ label, formula: null, value: share.value, format: PERCENT_UNITS_FORMAT, unit: 'percent', explanation: share.explanation, recomputed: null }];
  }
  const numerator = ids.map((id) => `SUMIFS(${r.projections('value')},${r.projections('projection_id')},${exactCriterion(id)})`).join('+');
  const projected = ids.reduce((acc, id) => acc + (tables.projections.find((p) => p.projection_id === id)?.value ?? 0), 0);
  return [
    { label: `Export base, ${share.key}`, formula: null, value: base.value, format: USD_FORMAT, unit: base.unit, explanation: base.explanation, recomputed: null },
    // The base is the cell just above: the division refers to it, so editing the base recomputes the share.
    { label, formula: `(${numerator})/{BASE}*100`, value: share.value, format: PERCENT_UNITS_FORMAT, unit: 'percent', explanation: share.explanation, recomputed: (projected / base.value) * 100 },
  ];
}

function writeSummary(sheet: ExcelJS.Worksheet, lines: SummaryLine[], meta: RunMeta, chart: { id: number; width: number; height: number } | null): void {
  sheet.getCell('A1').value = 'pledgebook summary';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = msg.summaryNote;
  sheet.getCell('A2').font = { italic: true, color: { argb: 'FF555555' } };
  const header = ['figure', 'value', 'unit', 'low', 'high', 'explanation'];
  const headerRow = sheet.getRow(4);
  header.forEach((h, i) => (headerRow.getCell(i + 1).value = h));
  headerRow.font = { bold: true };
  headerRow.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
  let rowNumber = 5;
  for (const line of lines) {
    const row = sheet.getRow(rowNumber);
    row.getCell(1).value = safeText(line.label);
    if (line.formula === null && line.unit === '') row.getCell(1).font = { bold: true };
    const valueCell = row.getCell(2);
    if (line.formula !== null && line.value !== null) {
      valueCell.value = { formula: line.formula.replace('{BASE}', `B${rowNumber - 1}`), result: line.value };
    } else if (line.value !== null) {
      valueCell.value = line.value;
    } else if (line.unit !== '') {
      valueCell.value = '—';
      valueCell.alignment = { horizontal: 'right' };
    }
    if (line.format) valueCell.numFmt = line.format;
    row.getCell(3).value = line.unit || null;
    if (line.low && line.low.value !== null) {
      row.getCell(4).value = { formula: line.low.formula, result: line.low.value };
      row.getCell(4).numFmt = line.format;
    }
    if (line.high === 'open') row.getCell(5).value = 'open (at least)';
    else if (line.high && line.high.value !== null) {
      row.getCell(5).value = { formula: line.high.formula, result: line.high.value };
      row.getCell(5).numFmt = line.format;
    }
    const disagrees = line.value !== null && line.recomputed !== null && Math.abs(line.value - line.recomputed) > Math.max(0.5, Math.abs(line.value) * 1e-9);
    const explanation = [line.explanation, disagrees ? msg.formulaDisagrees(line.recomputed!) : ''].filter(Boolean).join(' ');
    row.getCell(6).value = explanation ? safeText(explanation) : null;
    row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
    rowNumber += 1;
  }
  sheet.getColumn(1).width = 34;
  sheet.getColumn(2).width = 16;
  sheet.getColumn(3).width = 9;
  sheet.getColumn(4).width = 14;
  sheet.getColumn(5).width = 16;
  sheet.getColumn(6).width = 70;
  sheet.views = [{ state: 'frozen', ySplit: 4, xSplit: 0 }];
  if (chart) {
    sheet.getCell('H4').value = 'Net pledged by funder';
    sheet.getCell('H4').font = { bold: true };
    sheet.addImage(chart.id, { tl: { col: 7, row: 4 }, ext: { width: chart.width, height: chart.height } });
  } else {
    sheet.getCell('H4').value = msg.noChart;
  }
  void meta;
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  if (png.length < 24 || png[1] !== 0x50 || png[2] !== 0x4e || png[3] !== 0x47) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function writeJobsTotalsColumn(sheet: ExcelJS.Worksheet, letters: Map<string, string>, jobs: Job[]): void {
  const id = letters.get('job_id')!;
  const totalOf = letters.get('total_of')!;
  const flag = letters.get(IN_STATED_TOTAL)!;
  const last = Math.max(jobs.length + 1, 2);
  const inside = jobsInsideTotals(jobs);
  jobs.forEach((job, i) => {
    const r = i + 2;
    // TRUE when this job's id is listed in some row's total_of: it is already inside that total.
    sheet.getCell(`${flag}${r}`).value = {
      formula: `SUMPRODUCT(--ISNUMBER(FIND(";"&${id}${r}&";",";"&$${totalOf}$2:$${totalOf}$${last}&";")))>0`,
      result: inside.has(job.job_id),
    };
  });
}

function writeReview(sheet: ExcelJS.Worksheet): void {
  REVIEW_HEADERS.forEach((h, i) => (sheet.getRow(1).getCell(i + 1).value = h));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  sheet.getCell('A1').note = msg.reviewInstruction;
  sheet.getCell('G1').value = msg.reviewInstruction;
  sheet.getCell('G1').alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(7).width = 60;
  [14, 22, 22, 30, 50].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  // exceljs has the method but not its type.
  (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(`A2:A${REVIEW_ROWS_WITH_VALIDATION}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${CORRECTABLE_TABLES.join(',')}"`],
    showErrorMessage: true,
    errorTitle: 'table',
    error: CORRECTABLE_TABLES.join(', '),
  });
  sheet.autoFilter = 'A1:E1';
}

function writeAbout(sheet: ExcelJS.Worksheet, meta: RunMeta, tables: RunTables): void {
  const tierWords = Object.entries(STATUS_TIERS).map(([tier, statuses]) => `${tier}: ${statuses.join(', ')}`).join('; ');
  const net = findAggregate(tables.aggregates, 'total_pledged', 'all', 'net');
  const rows: [string, ExcelJS.CellValue][] = [
    ['run date', excelDate(meta.runDate.slice(0, 10))],
    ['run timestamp', meta.runDate],
    ['version', meta.version],
    ['count from status', meta.countFrom],
    ['how totals are counted', msg.countFrom(meta.countFrom, tierWords)],
    ['net total rule', net?.explanation ?? '—'],
    ['bounds', msg.atLeast],
    ['evidence', msg.evidenceRule],
    ...Object.entries(meta.options).map(([k, v]): [string, ExcelJS.CellValue] => [`option ${k}`, typeof v === 'string' ? safeText(v) : v]),
  ];
  sheet.getRow(1).values = ['item', 'value'];
  sheet.getRow(1).font = { bold: true };
  rows.forEach(([k, v], i) => {
    const row = sheet.getRow(i + 2);
    row.getCell(1).value = k;
    row.getCell(2).value = typeof v === 'string' ? safeText(v) : v;
    if (v instanceof Date) row.getCell(2).numFmt = DATE_FORMAT;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  });
  let r = rows.length + 3;
  sheet.getRow(r).values = ['input file', 'sha256'];
  sheet.getRow(r).font = { bold: true };
  for (const input of meta.inputs) {
    r += 1;
    sheet.getRow(r).values = [safeText(input.file), input.sha256];
  }
  sheet.getColumn(1).width = 26;
  sheet.getColumn(2).width = 90;
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
}

export async function buildWorkbook(tables: RunTables, meta: RunMeta, chartPng: Uint8Array | null): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'pledgebook';
  // The run's clock, not the machine's: the same run gives the same file metadata.
  workbook.created = new Date(meta.runDate);
  workbook.modified = new Date(meta.runDate);
  workbook.calcProperties.fullCalcOnLoad = true;

  const evidenceRows = new Map(tables.evidence.map((e, i) => [e.evidence_id, i + 2]));
  const summary = workbook.addWorksheet('Summary');
  const deals = addTableSheet(workbook, 'Commitments', TABLE_COLUMNS.deals, tables.deals, { evidenceRows });
  const jobs = addTableSheet(workbook, 'Jobs', [...TABLE_COLUMNS.jobs, IN_STATED_TOTAL], tables.jobs, { evidenceRows });
  writeJobsTotalsColumn(jobs.sheet, jobs.letters, tables.jobs);
  const projections = addTableSheet(workbook, 'Projections', TABLE_COLUMNS.projections, tables.projections, { evidenceRows });
  addTableSheet(workbook, 'Projects', TABLE_COLUMNS.projects, tables.projects, { evidenceRows });
  const checks = addTableSheet(workbook, 'Checks', TABLE_COLUMNS.checks, tables.checks);
  tables.checks.forEach((c, i) => {
    if (!c.passed) checks.sheet.getRow(i + 2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.severity === 'error' ? 'FFF8D7D5' : 'FFFDF1CF' } };
  });
  addTableSheet(workbook, 'Sources', SOURCE_COLUMNS, tables.articles);
  addTableSheet(workbook, 'Evidence', TABLE_COLUMNS.evidence, tables.evidence);
  writeReview(workbook.addWorksheet('Review'));
  writeAbout(workbook.addWorksheet('About'), meta, tables);
  addTableSheet(workbook, 'Rejected', TABLE_COLUMNS.rejected, tables.rejected);

  const ranges = rangesFor(
    { deals: deals.letters, jobs: jobs.letters, projections: projections.letters },
    { deals: tables.deals.length, jobs: tables.jobs.length, projections: tables.projections.length },
  );
  let chart: { id: number; width: number; height: number } | null = null;
  const size = chartPng ? pngSize(chartPng) : null;
  if (chartPng && size) {
    // svgToPng draws at twice the size for sharpness; place it at its CSS size.
    const scale = Math.min(1, 640 / (size.width / 2));
    chart = {
      id: workbook.addImage({ buffer: Buffer.from(chartPng) as unknown as ExcelJS.Buffer, extension: 'png' }),
      width: Math.round((size.width / 2) * scale),
      height: Math.round((size.height / 2) * scale),
    };
  }
  writeSummary(summary, summaryLines(tables, ranges), meta, chart);
  const bytes = await workbook.xlsx.writeBuffer();
  return new Uint8Array(bytes as ArrayBuffer);
}

