/**
 * The orchestrator: the only place that knows the order of the stages.
 *
 *   input folder / manifest
 *          │  io/inputs            find the files; read them a window at a time
 *          ▼
 *   ┌─ ingest ──────────┐        articles, sentences, rejected
 *   ├─ extract ─────────┤        commitments, jobs, projections, projects, evidence
 *   │   (both per input file, on a worker pool; cached by the file's bytes + rules' versions)
 *   ├─ correct ─────────┤        data/corrections.csv applied → corrections, checks
 *   ├─ reconcile ───────┤        deals (deduplicated, nested, in USD), jobs, checks
 *   ├─ aggregate ───────┤        aggregates (arquero)
 *   └─ render ──────────┘        pledgebook.xlsx, brief.html, brief.pdf
 *          │
 *          ▼
 *   <out>/tables/*.csv, <out>/run.json
 *
 * Stages are pure functions of tables; this file does the I/O around them, times them, and writes
 * every stage's table to <out>/tables/, so every step can be opened like a notebook cell: articles
 * and sentences as they are read, the others together while the reports render (writeTables).
 */
import { join } from 'node:path';
import type { RunEnv } from './env.ts';
import * as messages from './messages.ts';
import { TABLE_COLUMNS, TABLE_NAMES, type Aggregate, type RunTables, type Status, type Check, type WorkbookTables } from './tables.ts';
import { csvAppender, writeCsv } from './io/csv.ts';
import { writeFileSafely } from './io/atomic.ts';
import { listInputs, loadInput } from './io/inputs.ts';
import { applyCorrections } from './stages/correct.ts';
import { reconcile } from './stages/reconcile.ts';
import { aggregate } from './stages/aggregate.ts';
import { readCorrections } from './io/corrections.ts';
import { loadCountryExports, loadFxRates } from './io/fxReference.ts';
import { ingestAndExtractAll } from './extractRunner.ts';
import { makeCheck } from './reconcile/checkId.ts';
import { renderReports, startReportBrowser, workbookPath, type RenderOutcome, type StartedWorkbook } from './io/reports.ts';
import type { BrowserHandle } from './render/browser.ts';
import { startWorkbookThread, type WorkbookThread } from './io/workbookThread.ts';
import { workbookWorkerEntry } from './io/workerBundle.ts';
import { settleLater } from './io/settleLater.ts';
import { PACKAGE_VERSION } from './version.ts';

export interface RunOptions {
  /** Folder, single article file, or CSV manifest. */
  input: string;
  /** Output folder: tables/, pledgebook.xlsx, brief.html, brief.pdf, run.json. */
  out: string;
  /** Folder of reference tables (countries, organizations, currencies, fx rates, exports). */
  referenceDir: string;
  /** The user's corrections file. */
  correctionsPath: string;
  /** Lowest status that counts toward the headline total. */
  countFrom: Status;
  maxArticleBytes: number;
  /** Extraction worker threads; 0 runs in this thread. */
  workers: number;
  /** Reuse cached extraction results for unchanged articles. */
  cache: boolean;
  /** Render the PDF (needs a browser); the HTML brief is always written. */
  pdf: boolean;
  /** Render the workbook and brief at all (off for table-only runs). */
  reports: boolean;
}

export interface StageTiming {
  stage: string;
  rows: number;
  ms: number;
  /** Peak resident memory of the process when the stage ended: which stage raised the peak. */
  peakRssMb: number;
  /**
   * CPU time of the whole process during the stage (worker threads and zlib's threads included,
   * the browser not): next to `ms`, how many cores the stage kept busy, and a figure that moves
   * less than wall time when the machine is shared.
   */
  cpuMs: number;
}

export interface RunResult {
  tables: RunTables;
  timings: StageTiming[];
  render: RenderOutcome | null;
  /** Articles whose extraction came from the cache. */
  cacheHits: number;
}

export async function runPipeline(options: RunOptions, env: RunEnv): Promise<RunResult> {
  const timings: StageTiming[] = [];
  const tablesDir = join(options.out, 'tables');
  const clockStart = performance.now();

  async function stage<T>(name: string, work: () => Promise<T> | T, rows: (value: T) => number): Promise<T> {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const value = await work();
    const cpu = process.cpuUsage(cpuStarted);
    const timing = { stage: name, rows: rows(value), ms: performance.now() - started, peakRssMb: peakRssMb(), cpuMs: (cpu.user + cpu.system) / 1000 };
    timings.push(timing);
    env.log.info(messages.run.stageDone(timing.stage, timing.rows, timing.ms));
    return value;
  }
  // Writing the tables is timed apart from the stages, so run.json accounts for the whole run.
  let writeMs = 0;
  // The tables the stages make, written all together while the reports render (see writeTables);
  // a table given again (jobs, after reconciliation) is written once, with its last rows.
  const toWrite = new Map<keyof RunTables, object[]>();
  function save<K extends keyof RunTables>(name: K, rows: RunTables[K]): void {
    toWrite.set(name, rows as object[]);
  }
  /**
   * Why alongside the render stage: rendering leaves this thread idle about half its time (waiting
   * on the browser and on zlib's threads), and formatting CSV is this thread's work, so the two
   * overlap instead of taking turns; the stages before it keep this thread busy. The tables are
   * held until the reports are made anyway.
   */
  async function writeTables(): Promise<void> {
    const started = performance.now();
    for (const [name, rows] of toWrite) {
      await writeCsv(join(tablesDir, `${name}.csv`), rows, TABLE_COLUMNS[name] as readonly string[] as never);
    }
    writeMs = performance.now() - started;
  }
  /**
   * Sends tables to the workbook's thread ahead of the workbook, with the named tables (as saved)
   * for it to write as CSV meanwhile, which are then not written here; null when there is no
   * thread up (this thread writes them all, as before). Awaited with the other tables.
   */
  function handToThread(tables: Partial<WorkbookTables>, names: readonly (keyof RunTables)[]): Promise<void> | null {
    const csv = names.map((name) => ({ name, path: join(tablesDir, `${name}.csv`), columns: TABLE_COLUMNS[name] as readonly string[], rows: toWrite.get(name)! }));
    const written = workbookThread?.send(tables, csv) ?? null;
    if (!written) return null;
    // Until awaited, a failure must not be an unhandled rejection.
    written.catch(() => {});
    for (const name of names) toWrite.delete(name);
    return written;
  }

  const listed = await stage('find inputs', () => listInputs(options.input), (r) => r.sources.length);
  // Before the worker threads start: the setting is for the whole process.
  const heapBounded = env.sizeHeap?.(listed.sources.length, 'extract') ?? false;
  // The workbook's own thread, when the corpus's size makes it worth it (io/workbookThread.ts):
  // its bundle is found (or built) now, the thread started once the workers are done (see there).
  const workbookThreadEntry = options.reports && env.workbookThread?.(listed.sources.length, options.workers) ? workbookWorkerEntry() : null;
  let workbookThread: WorkbookThread | null = null;
  let browser: BrowserHandle | null = null;
  try {
    const bar = env.progress?.('extract', listed.sources.length);
    // Articles (with their text) and sentences go to disk as each input is done, in input order, and
    // are never held whole: in a large corpus they are most of the memory.
    const articlesCsv = csvAppender(join(tablesDir, 'articles.csv'), TABLE_COLUMNS.articles);
    const sentencesCsv = csvAppender(join(tablesDir, 'sentences.csv'), TABLE_COLUMNS.sentences);
    const extracted = await stage(
      'read + ingest + extract',
      () =>
        ingestAndExtractAll(
          { length: listed.sources.length, load: (i) => loadInput(listed.sources[i]!, { maxArticleBytes: options.maxArticleBytes }) },
          { maxArticleBytes: options.maxArticleBytes },
          {
            referenceDir: options.referenceDir,
            cacheDir: options.cache ? join(options.out, '.cache', 'inputs') : null,
            workers: options.workers,
            onProgress: bar ? (done) => bar.advance(done) : undefined,
          },
          (input) => {
            const started = performance.now();
            articlesCsv.append(input.articlesCsv);
            sentencesCsv.append(input.sentencesCsv);
            writeMs += performance.now() - started;
            // Waits while a file has fallen behind (a re-run reads its cache faster than the disk takes the rows).
            return articlesCsv.room() ?? sentencesCsv.room() ?? undefined;
          },
        ).finally(() => bar?.stop()),
      (r) => r.articles.length,
    ).catch(async (error: unknown) => {
      await Promise.all([articlesCsv.abort(error), sentencesCsv.abort(error)]);
      throw error;
    });
    const closing = performance.now();
    await Promise.all([articlesCsv.close(), sentencesCsv.close()]);
    writeMs += performance.now() - closing;
    // The workers are gone: from here this thread alone holds the facts and makes the rest.
    env.sizeHeap?.(listed.sources.length, 'after extract');
    const articles = extracted.articles;
    // Inputs that could not be read first, in input (manifest-line) order, then those ingest turned down.
    const readRejected = [...listed.rejected, ...extracted.readRejected].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const rejected = [...readRejected, ...extracted.ingestRejected];
    const inputHashes = extracted.inputHashes;
    save('rejected', rejected);

    // A skipped reference row is the user's to fix, not a reason to stop: say so, and list it as a check.
    const referenceChecks = extracted.referenceProblems.map((problem) => makeCheck('reference_row_skipped', 'warning', false, problem, [], problem));
    for (const problem of extracted.referenceProblems) env.log.warn(problem);
    for (const name of ['evidence', 'commitments', 'jobs', 'projections', 'projects'] as const) {
      save(name, extracted.tables[name]);
    }

    workbookThread = workbookThreadEntry && startWorkbookThread(workbookThreadEntry);
    const userCorrections = await readCorrections(options.correctionsPath);
    const corrected = await stage(
      'correct',
      () => applyCorrections(extracted.tables, userCorrections.corrections),
      (r) => r.applied.length,
    );
    save('corrections', corrected.applied);
    // The tables the workbook takes as they are now go to its thread while this one reconciles,
    // and so do the tables already final on disk, which the thread writes meanwhile (a core is
    // otherwise idle while this one reconciles; the reports keep both busy).
    const writtenEarly = handToThread(
      {
        articles,
        rejected,
        evidence: corrected.tables.evidence,
        projections: corrected.tables.projections,
        projects: corrected.tables.projects,
      },
      ['rejected', 'evidence', 'commitments', 'projections', 'projects', 'corrections'],
    );

    const [fxRates, countryExports] = await Promise.all([
      loadFxRates(join(options.referenceDir, 'fx_rates.csv')),
      loadCountryExports(join(options.referenceDir, 'country_exports.csv')),
    ]);
    // The browser (chart image, PDF) starts now, not with the run: its start-up costs about 2 CPU-s
    // (launch, then its first page), which while the workers extract is taken from them (started
    // with the run, extraction took 1-2 s longer at 3,000 articles, 3 runs alternated). Closed by
    // the reports, or below.
    browser = options.reports ? startReportBrowser() : null;
    const reconciled = await stage(
      'reconcile',
      () =>
        reconcile(
          { extracted: corrected.tables, articles, fxRates, countryExports },
          { countFrom: options.countFrom },
        ),
      (r) => r.deals.length,
    );
    const checks: Check[] = [...referenceChecks, ...userCorrections.problems, ...corrected.checks, ...reconciled.checks];
    save('deals', reconciled.deals);
    save('checks', checks);
    // jobs after reconciliation may carry links the extractor did not make: the final table.
    save('jobs', reconciled.jobs);

    const meta = {
      runDate: env.now().toISOString(),
      version: PACKAGE_VERSION,
      countFrom: options.countFrom,
      inputs: inputHashes,
      options: {
        input: options.input,
        count_from: options.countFrom,
        max_article_bytes: options.maxArticleBytes,
        workers: options.workers,
        cache: options.cache,
      },
    };

    /** The workbook on its thread, its chart image to be given by the reports. */
    function startWorkbook(thread: WorkbookThread, lateAggregates: Promise<Aggregate[]>): StartedWorkbook {
      const chart = settleLater<Uint8Array | null>();
      const written = thread.write(
        workbookPath(options.out),
        {
          articles,
          rejected,
          evidence: corrected.tables.evidence,
          deals: reconciled.deals,
          jobs: reconciled.jobs,
          projections: corrected.tables.projections,
          projects: corrected.tables.projects,
          checks,
          aggregates: lateAggregates,
        },
        meta,
        chart.promise,
      );
      // Awaited by the reports; until then a failure must not be an unhandled rejection.
      written.catch(() => {});
      return { written, giveChart: chart.give };
    }

    // On its thread, the workbook starts now: its first sheet, the deals, needs no aggregate, and
    // is written while this thread aggregates; the aggregates follow (render/workbook.ts). The
    // deals', checks' and jobs' CSV are left to this thread, during the reports: on the workbook's
    // thread they would come first and hold the workbook up.
    const aggregating = settleLater<Aggregate[]>();
    const workbook = workbookThread ? startWorkbook(workbookThread, aggregating.promise) : null;

    const aggregates = await stage(
      'aggregate',
      () =>
        aggregate({
          deals: reconciled.deals,
          jobs: reconciled.jobs,
          projections: corrected.tables.projections,
          countryExports,
          articles,
        }),
      (r) => r.length,
    ).catch((error: unknown) => {
      aggregating.fail(error);
      throw error;
    });
    aggregating.give(aggregates);
    save('aggregates', aggregates);

    const tables: RunTables = {
      articles,
      rejected,
      ...corrected.tables,
      jobs: reconciled.jobs,
      deals: reconciled.deals,
      corrections: corrected.applied,
      checks,
      aggregates,
    };

    const writing = writeTables();
    // Awaited below, after the reports: a failed write must not be an unhandled rejection meanwhile.
    writing.catch(() => {});
    const render = options.reports
      ? await stage('render', () => renderReports(tables, meta, { out: options.out, pdf: options.pdf, browser, workbook }, env), (r) => r.files.length)
      : null;
    await Promise.all([writing, writtenEarly]);

    const runRecord = {
      pledgebook: PACKAGE_VERSION,
      run_date: meta.runDate,
      options: meta.options,
      inputs: meta.inputs,
      rows: Object.fromEntries(TABLE_NAMES.map((name) => [name, name === 'sentences' ? extracted.sentenceCount : tables[name].length])),
      stages: timings.map((t) => ({ stage: t.stage, rows: t.rows, seconds: Number((t.ms / 1000).toFixed(3)), cpu_seconds: Number((t.cpuMs / 1000).toFixed(3)), peak_rss_mb_so_far: t.peakRssMb })),
      tables_written_seconds: Number((writeMs / 1000).toFixed(3)),
      total_seconds: Number(((performance.now() - clockStart) / 1000).toFixed(3)),
      // Peak resident memory of the whole process so far (worker threads included), for the benchmark.
      peak_rss_mb: peakRssMb(),
      // Whether the heap's growth was bounded for a large corpus (io/heapGrowth.ts): fewer MB, more seconds.
      heap_growth_bounded: heapBounded,
      // Whether the workbook was written on its own thread (io/workbookThread.ts).
      workbook_thread: workbookThread !== null,
      extract_cache_hits: extracted.cacheHits,
      outputs: render?.files ?? [],
      render_problems: render?.problems ?? [],
    };
    await writeFileSafely(join(options.out, 'run.json'), JSON.stringify(runRecord, null, 2) + '\n');
    return { tables, timings, render, cacheHits: extracted.cacheHits };
  } finally {
    await Promise.all([browser?.close(), workbookThread?.close()]);
  }
}

/** Peak resident memory of the whole process so far (worker threads included), in MB. */
function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
