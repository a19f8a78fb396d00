/**
 * The workbook an analyst opens, checks and edits. The Summary holds live formulas over the table
 * sheets (so an edited row recomputes the totals), each cached with the pipeline's own figure (so
 * the file opens correct in any viewer, even one that does not calculate). The Review sheet is
 * where corrections are written; `npm run review` reads it back.
 */
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { Aggregate, WorkbookInput, WorkbookTables } from '../tables.ts';
import { CORRECTABLE_TABLES, STATUS_TIERS, TABLE_COLUMNS } from '../tables.ts';
import { render as msg } from '../messages.ts';
import type { RunMeta } from './viewModel.ts';
import { safeText } from './safeText.ts';
import { DEAL_HELPER_COLUMNS, dealFacts, dealHelperCells } from './dealFormulas.ts';
import { JOB_HELPER_COLUMNS, jobFacts, jobHelperCells } from './jobFormulas.ts';
import { columnRange, lettersOf } from './formulaParts.ts';
import { summaryLines, type SummaryLine } from './summary.ts';
import { recalculateOnOpen, withPartsHeld } from './streamedWorkbook.ts';
import { addStreamedImage } from './streamedDrawing.ts';
import { useZlibChecksums } from './zipChecksum.ts';
import { addTableSheet, appendTextRows, excelDate, DATE_FORMAT, type ColumnKind, type ColumnSpec } from './workbookSheets.ts';

export const SHEET_NAMES = [
  'Summary', 'Commitments', 'Jobs', 'Projections', 'Projects', 'Checks', 'Sources', 'Evidence', 'Review', 'About', 'Rejected',
] as const;

export const REVIEW_HEADERS = ['table', 'row_id', 'column', 'value', 'note'] as const;
const SOURCE_COLUMNS = ['article_id', 'title', 'outlet', 'published', 'dateline', 'url', 'source_file', 'part'] as const;
const REVIEW_ROWS_WITH_VALIDATION = 1000;

/**
 * zlib level of a streamed workbook's zip: 1, the fastest that compresses (it is also the zip
 * library's default, now written down). Measured on the 10,000-article workbook (190 MB of XML),
 * one core, zlib alone: level 0 (stored) 190 MB in 0.3 s; 1: 32.8 MB, 1.1 s; 2: 31.1 MB, 1.2 s;
 * 3: 29.8 MB, 1.6 s; 4: 28.9 MB, 2.0 s; 5: 26.5 MB, 2.6 s; 6 (zlib's default): 25.6 MB, 2.8 s;
 * 9: 24.8 MB, 9.1 s. Past 1 each 1 MB saved costs about 0.2 s more; stored is six times larger.
 * Checked again on a full 10,000-article run: the file is 34.3 MB at level 1, its 34 parts 199.4 MB
 * unzipped (what level 0 would write), so the one level below saves about 0.8 s of a core (zlib
 * runs on the thread pool, beside the rows) for a file 165 MB larger: not taken.
 */
const ZIP_LEVEL = 1;

/**
 * Output buffer of each zip entry's deflate (zlib's `chunkSize`, 16 kB by default). A deflate runs
 * on the thread pool until its input is used up or its output buffer is full, and then needs the
 * main thread to go on: with 16 kB, a megabyte of rows (about 170 kB deflated) took ten trips
 * through the main thread, which is busy making the next rows, so the two mostly took turns.
 * With a buffer larger than a batch's deflated size, a batch is one job, done beside the rows. The
 * deflated bytes are the same whatever the buffer (zlib's output does not depend on how its
 * output space is given).
 */
const ZIP_CHUNK_BYTES = 1 << 20;

/** Size of the pieces a streamed workbook is handed out in. */
const OUTPUT_PIECE_BYTES = 1 << 20;

const DEAL_HELPER_KINDS: Record<string, ColumnKind> = { usd_point: 'usd', usd_low: 'usd', usd_value: 'usd', usd_high: 'usd', usd_open: 'integer', whole: 'integer' };
const JOB_HELPER_KINDS: Record<string, ColumnKind> = { job_point: 'integer', jobs_low: 'integer', jobs_value: 'integer', jobs_high: 'integer', jobs_open: 'integer' };
/** Computed columns written as plain values: what the pipeline decided that a formula cannot restate. */
const PLAIN_HELPERS = new Set(['total_id', 'repeat', 'country_key']);

function helperSpecs(keys: readonly string[], kinds: Record<string, ColumnKind>): ColumnSpec[] {
  return keys.map((key) => ({ key, kind: kinds[key] ?? 'text' }));
}

function helperNotes(keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, PLAIN_HELPERS.has(k) ? msg.plainColumn : msg.computedColumn]));
}

function writeSummary(sheet: ExcelJS.Worksheet, lines: SummaryLine[], chart: ChartPlacement): void {
  sheet.getColumn(1).width = 44;
  sheet.getColumn(2).width = 16;
  sheet.getColumn(3).width = 9;
  sheet.getColumn(4).width = 14;
  sheet.getColumn(5).width = 16;
  sheet.getColumn(6).width = 70;
  const row = (n: number) => sheet.getRow(n);
  row(1).getCell(1).value = 'pledgebook summary';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  row(2).getCell(1).value = msg.summaryNote;
  sheet.getCell('A2').font = { italic: true, color: { argb: 'FF555555' } };
  const headerRow = row(4);
  ['figure', 'value', 'unit', 'low', 'high', 'explanation'].forEach((h, i) => (headerRow.getCell(i + 1).value = h));
  headerRow.font = { bold: true };
  headerRow.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
  if (chart === 'placed') {
    headerRow.getCell(8).value = 'Net pledged by funder';
    headerRow.getCell(8).font = { bold: true };
  } else {
    headerRow.getCell(8).value = chart === 'unplaceable' ? msg.noChartStreamed : msg.noChart;
  }
  let rowNumber = 5;
  for (const line of lines) {
    const excelRow = row(rowNumber);
    excelRow.getCell(1).value = safeText(line.label);
    if (line.heading) excelRow.getCell(1).font = { bold: true };
    const valueCell = excelRow.getCell(2);
    const cached = typeof line.value === 'object' && line.value !== null ? line.value.result : line.value;
    if (line.value !== null && typeof line.value === 'object' && typeof cached === 'number') {
      valueCell.value = { formula: line.value.formula.replace('{ABOVE}', `B${rowNumber - 1}`), result: cached };
    } else if (typeof cached === 'number') {
      valueCell.value = cached;
    } else if (!line.heading) {
      valueCell.value = '—';
      valueCell.alignment = { horizontal: 'right' };
    }
    if (line.format) valueCell.numFmt = line.format;
    excelRow.getCell(3).value = line.unit || null;
    for (const [col, bound] of [[4, line.low], [5, line.high]] as const) {
      if (!bound || bound.result === null) continue;
      excelRow.getCell(col).value = { formula: bound.formula, result: bound.result } as ExcelJS.CellFormulaValue;
      excelRow.getCell(col).numFmt = line.format;
      if (typeof bound.result === 'string') excelRow.getCell(col).alignment = { horizontal: 'right' };
    }
    const disagrees = typeof cached === 'number' && line.recomputed !== null && Math.abs(cached - line.recomputed) > Math.max(0.5, Math.abs(cached) * 1e-9);
    const explanation = [line.explanation, disagrees ? msg.formulaDisagrees(line.recomputed!) : ''].filter(Boolean).join(' ');
    excelRow.getCell(6).value = explanation ? safeText(explanation) : null;
    excelRow.getCell(6).alignment = { wrapText: true, vertical: 'top' };
    rowNumber += 1;
  }
}

/**
 * What became of the chart image: placed on the Summary, none to place (no browser, or drawing it
 * failed), or one the streaming writer could not place (its internals are not as expected).
 */
type ChartPlacement = 'placed' | 'none' | 'unplaceable';

/** Where the chart image goes on the Summary: right of the figures, level with their header. */
const CHART_TOP_LEFT = { col: 7, row: 4 };

/** The chart image's size on the sheet: svgToPng draws at twice the size for sharpness, so half, at most 640 wide. */
function chartExtent(png: Uint8Array): { width: number; height: number } | null {
  const size = pngSize(png);
  if (!size) return null;
  const scale = Math.min(1, 640 / (size.width / 2));
  return { width: Math.round((size.width / 2) * scale), height: Math.round((size.height / 2) * scale) };
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  if (png.length < 24 || png[1] !== 0x50 || png[2] !== 0x4e || png[3] !== 0x47) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function findAggregate(aggregates: readonly Aggregate[], metric: string, dimension: string, key: string): Aggregate | undefined {
  return aggregates.find((a) => a.metric === metric && a.dimension === dimension && a.key === key);
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

async function writeAbout(
  sheet: ExcelJS.Worksheet,
  meta: RunMeta,
  tables: WorkbookTables,
  streamed: { writer: ExcelJS.stream.xlsx.WorkbookWriter; exceljsRows?: boolean } | null,
): Promise<void> {
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
  const listHeader = rows.length + 3;
  sheet.getRow(listHeader).values = ['input file', 'sha256'];
  sheet.getRow(listHeader).font = { bold: true };
  // Before any row is committed: a streaming sheet writes its column list with its first row.
  sheet.getColumn(1).width = 26;
  sheet.getColumn(2).width = 90;
  const inputRows = meta.inputs.map((input) => [safeText(input.file), input.sha256]);
  // One row per input file (10,000 at 10,000 articles): a streamed sheet takes them through the
  // row writer of the table sheets once the rows above are committed, as it would write them.
  if (streamed && !streamed.exceljsRows) {
    sheet.getRow(listHeader).commit();
    if (await appendTextRows(streamed.writer, sheet, listHeader + 1, inputRows)) return;
  }
  inputRows.forEach((values, i) => (sheet.getRow(listHeader + 1 + i).values = values));
}

/**
 * The Summary's chart image (a PNG), or null for none. It may still be being drawn (a promise): it is
 * awaited only when the Summary is written, after the figures are worked out.
 */
export type ChartImage = Uint8Array | null | Promise<Uint8Array | null>;

export interface WorkbookOptions {
  /**
   * true (the default, at every size): exceljs's streaming writer, rows written out and freed as
   * they go, the chart placed by streamedDrawing.ts. false: exceljs's in-memory writer, the whole
   * workbook held and zipped by JSZip, several times slower (measured: 1,000 articles, 11 s against
   * 1 s); tests read both back and compare them.
   */
  streaming?: boolean;
  /** Streamed table rows through exceljs's Row objects instead of rowXml.ts: the same file, slower (for tests). */
  exceljsRows?: boolean;
}

/** The workbook's bytes in one piece (tests, small runs); `workbookChunks` is the same file in pieces. */
export async function buildWorkbook(
  tables: WorkbookInput,
  meta: RunMeta,
  chartPng: ChartImage,
  options: WorkbookOptions = {},
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const pieces of workbookChunks(tables, meta, chartPng, options)) chunks.push(...pieces);
  return chunks.length === 1 ? chunks[0]! : new Uint8Array(Buffer.concat(chunks));
}

/**
 * The workbook file as it is zipped, as runs of consecutive pieces (each run to be written in
 * order, e.g. with one writev). The aggregates may come late (a promise): the first table sheet,
 * the deals, is written without them. A streamed workbook is produced only as fast as the runs are
 * taken, so a caller writing them to disk holds a bounded part of it in memory (a workbook of
 * 100,000 articles is gigabytes of XML before compression).
 */
export async function* workbookChunks(
  tables: WorkbookInput,
  meta: RunMeta,
  chartPng: ChartImage,
  options: WorkbookOptions = {},
): AsyncGenerator<readonly Uint8Array[]> {
  if (options.streaming === false) {
    yield [await writeWorkbook(tables, meta, chartPng, null, options)];
    return;
  }
  // The zip ends the sink when the workbook is committed; a failure ends the reading with its error.
  const sink = new PassThrough();
  const written = writeWorkbook(tables, meta, chartPng, sink, options).catch((error: unknown) => {
    sink.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  let finished = false;
  try {
    // The zip gives pieces of a few kilobytes; writing each to the file is one system call and a
    // promise, so they are passed on gathered into runs of about a megabyte. Not joined into one
    // buffer: that copied the whole file into new buffers, whose memory V8 counts towards its next
    // full collection (see streamedSheet.ts).
    let gathered: Buffer[] = [];
    let size = 0;
    for await (const chunk of sink) {
      gathered.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= OUTPUT_PIECE_BYTES) {
        yield gathered;
        gathered = [];
        size = 0;
      }
    }
    if (size > 0) yield gathered;
    finished = true;
  } finally {
    // A reader that stops early (its disk is full) leaves the writer waiting for a reader: it is
    // dropped, not awaited.
    if (finished) await written;
    else sink.destroy();
  }
}

/** Writes the workbook into `sink` with exceljs's streaming writer, or (no sink) returns its bytes. */
async function writeWorkbook(
  input: WorkbookInput,
  meta: RunMeta,
  chartPng: ChartImage,
  sink: PassThrough | null,
  options: WorkbookOptions,
): Promise<Uint8Array> {
  const streaming = sink !== null;
  // The zip's checksums by zlib rather than a JavaScript loop: the same checksums (zipChecksum.ts).
  if (streaming) useZlibChecksums();
  const workbook = sink
    ? new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false, zip: { zlib: { level: ZIP_LEVEL, chunkSize: ZIP_CHUNK_BYTES } } })
    : new ExcelJS.Workbook();
  workbook.creator = 'pledgebook';
  // The run's clock, not the machine's: the same run gives the same file metadata.
  workbook.created = new Date(meta.runDate);
  workbook.modified = new Date(meta.runDate);
  // Excel recalculates every formula on opening (the cached results are the pipeline's own).
  if (workbook instanceof ExcelJS.stream.xlsx.WorkbookWriter) recalculateOnOpen(workbook);
  else workbook.calcProperties.fullCalcOnLoad = true;
  const commit = streaming;

  // Every column letter is known before any sheet is written, so the Summary (the first sheet) can
  // refer to the sheets after it.
  const dealKeys = [...TABLE_COLUMNS.deals, ...DEAL_HELPER_COLUMNS];
  const jobKeys = [...TABLE_COLUMNS.jobs, ...JOB_HELPER_COLUMNS];
  const dealLetters = lettersOf(dealKeys);
  const jobLetters = lettersOf(jobKeys);
  const projectionLetters = lettersOf(TABLE_COLUMNS.projections);
  const dealFactsRows = dealFacts(input.deals, meta.countFrom);

  // A streaming sheet writes its views first: they are given when the sheet is made.
  const add = (name: string, ySplit: number) => (workbook as ExcelJS.Workbook).addWorksheet(name, { views: [{ state: 'frozen', ySplit, xSplit: 0 }] });
  const done = (sheet: ExcelJS.Worksheet) => {
    if (commit) (sheet as unknown as { commit(): void }).commit();
  };
  // The Summary is the first sheet but is written last, once the chart image is drawn (the
  // browser draws it while the table sheets are written); its part is held back from the zip
  // until then, so the sheets after it are not held up behind it.
  const { value: summary, release: releaseSummary } = workbook instanceof ExcelJS.stream.xlsx.WorkbookWriter
    ? withPartsHeld(workbook, () => add('Summary', 4))
    : { value: add('Summary', 4), release: () => {} };

  const evidenceRows = new Map(input.evidence.map((e, i) => [e.evidence_id, i + 2]));
  const base = { evidenceRows, commitRows: commit, exceljsRows: options.exceljsRows };
  const dealHelpers = dealHelperCells(dealFactsRows, dealLetters, meta.countFrom);
  done((await addTableSheet(workbook, 'Commitments', TABLE_COLUMNS.deals, input.deals, {
    ...base,
    computed: { specs: helperSpecs(DEAL_HELPER_COLUMNS, DEAL_HELPER_KINDS), cells: dealHelpers, notes: helperNotes(DEAL_HELPER_COLUMNS) },
  })).sheet);
  // The sheets from here on need the aggregates, which may have been still in the making until now.
  const tables: WorkbookTables = { ...input, aggregates: await input.aggregates };
  const jobsSummed = findAggregate(tables.aggregates, 'jobs', 'all', 'total');
  const jobFactsRows = jobFacts(tables.jobs, jobsSummed ? new Set(jobsSummed.rows.split(';').filter(Boolean)) : { deals: tables.deals });
  const range = (sheet: string, letters: Map<string, string>, rows: number) => (key: string) => {
    const letter = letters.get(key);
    if (!letter) throw new Error(`workbook: no column ${key} in ${sheet}`);
    return columnRange(sheet, letter, rows);
  };
  const lines = summaryLines(
    tables,
    { facts: dealFactsRows },
    { facts: jobFactsRows },
    {
      deals: range('Commitments', dealLetters, tables.deals.length),
      jobs: range('Jobs', jobLetters, tables.jobs.length),
      projections: range('Projections', projectionLetters, tables.projections.length),
    },
    meta.countFrom,
  );
  const jobHelpers = jobHelperCells(jobFactsRows, jobLetters);
  done((await addTableSheet(workbook, 'Jobs', TABLE_COLUMNS.jobs, tables.jobs, {
    ...base,
    computed: { specs: helperSpecs(JOB_HELPER_COLUMNS, JOB_HELPER_KINDS), cells: jobHelpers, notes: helperNotes(JOB_HELPER_COLUMNS) },
  })).sheet);
  done((await addTableSheet(workbook, 'Projections', TABLE_COLUMNS.projections, tables.projections, base)).sheet);
  done((await addTableSheet(workbook, 'Projects', TABLE_COLUMNS.projects, tables.projects, base)).sheet);
  done((await addTableSheet(workbook, 'Checks', TABLE_COLUMNS.checks, tables.checks, {
    commitRows: commit,
    exceljsRows: options.exceljsRows,
    rowFill: (c) => (c.passed ? null : { type: 'pattern', pattern: 'solid', fgColor: { argb: c.severity === 'error' ? 'FFF8D7D5' : 'FFFDF1CF' } }),
  })).sheet);
  done((await addTableSheet(workbook, 'Sources', SOURCE_COLUMNS, tables.articles, { commitRows: commit, exceljsRows: options.exceljsRows })).sheet);
  done((await addTableSheet(workbook, 'Evidence', TABLE_COLUMNS.evidence, tables.evidence, { commitRows: commit, exceljsRows: options.exceljsRows })).sheet);
  const review = add('Review', 1);
  writeReview(review);
  done(review);
  const about = add('About', 1);
  await writeAbout(about, meta, tables, workbook instanceof ExcelJS.stream.xlsx.WorkbookWriter ? { writer: workbook, exceljsRows: options.exceljsRows } : null);
  done(about);
  done((await addTableSheet(workbook, 'Rejected', TABLE_COLUMNS.rejected, tables.rejected, { commitRows: commit, exceljsRows: options.exceljsRows })).sheet);

  const png = await chartPng;
  const ext = png ? chartExtent(png) : null;
  let chart: ChartPlacement = 'none';
  if (png && ext) {
    const buffer = Buffer.from(png);
    if (workbook instanceof ExcelJS.stream.xlsx.WorkbookWriter) {
      chart = addStreamedImage(workbook, summary, { buffer, extension: 'png', tl: CHART_TOP_LEFT, ext }) ? 'placed' : 'unplaceable';
    } else {
      summary.addImage(workbook.addImage({ buffer: buffer as unknown as ExcelJS.Buffer, extension: 'png' }), { tl: CHART_TOP_LEFT, ext });
      chart = 'placed';
    }
  }
  writeSummary(summary, lines, chart);
  releaseSummary();
  done(summary);

  if (workbook instanceof ExcelJS.stream.xlsx.WorkbookWriter) {
    await workbook.commit();
    return new Uint8Array(0);
  }
  const bytes = await workbook.xlsx.writeBuffer();
  return new Uint8Array(bytes as ArrayBuffer);
}
