/**
 * Writes the reports of a run: the workbook, the brief's HTML and its PDF. Rendering is done by
 * pipeline/render/*; this file only decides what to write where and keeps going when one output
 * cannot be made (a missing browser leaves the HTML brief and the workbook, and says why). The
 * browser is launched once per run, for the chart image and the PDF together, and prints the PDF
 * while the workbook is written.
 */
import { join } from 'node:path';
import type { RunEnv } from '../env.ts';
import type { RunTables } from '../tables.ts';
import * as messages from '../messages.ts';
import { writeChunksSafely, writeFileSafely } from './atomic.ts';
import { settleLater } from './settleLater.ts';
import { buildBriefModel, type RunMeta } from '../render/viewModel.ts';
import { workbookChunks } from '../render/workbook.ts';
import { fundersChartSvg, tiersChartSvg } from '../render/charts.ts';
import { loadBriefTemplates, renderBriefHtml } from '../render/brief.ts';
import { findBrowser, launchBrowser, type BrowserHandle } from '../render/browser.ts';

/**
 * A workbook already being written (a run starts it on the workbook's thread once reconciled,
 * io/workbookThread.ts): the reports give it the chart image when drawn, and wait for it.
 */
export interface StartedWorkbook {
  written: Promise<void>;
  giveChart(png: Uint8Array | null): void;
}

/** Where a run's workbook goes. */
export function workbookPath(out: string): string {
  return join(out, 'pledgebook.xlsx');
}

export interface RenderOutcome {
  files: string[];
  problems: string[];
}

const TEMPLATES_DIR = new URL('../../templates/', import.meta.url).pathname;

/** Time limit of the browser's launch and of each page it prints or draws. */
const BROWSER_TIMEOUT_MS = 60_000;

/**
 * Starts the browser the reports will use, or null when there is none. A run calls this before
 * the stages that keep only one core busy, so the launch is under way by the time the reports
 * need it; `renderReports` closes it, and the caller too on a path that never gets there.
 */
export function startReportBrowser(): BrowserHandle | null {
  const browserPath = findBrowser();
  return browserPath ? launchBrowser({ browserPath, timeoutMs: BROWSER_TIMEOUT_MS }) : null;
}

export async function renderReports(
  tables: RunTables,
  meta: RunMeta,
  options: {
    out: string;
    pdf: boolean;
    /** A browser started by the caller (startReportBrowser), or null for none; started here when absent. Closed here. */
    browser?: BrowserHandle | null;
    /** The workbook, when the caller has already started it; otherwise it is written here. */
    workbook?: StartedWorkbook | null;
  },
  env: RunEnv,
): Promise<RenderOutcome> {
  const browser = options.browser === undefined ? startReportBrowser() : options.browser;
  try {
    return await renderWith(tables, meta, options, browser, env);
  } finally {
    await browser?.close();
  }
}

async function renderWith(
  tables: RunTables,
  meta: RunMeta,
  options: { out: string; pdf: boolean; workbook?: StartedWorkbook | null },
  browser: BrowserHandle | null,
  env: RunEnv,
): Promise<RenderOutcome> {
  const files: string[] = [];
  const problems: string[] = [];
  // The chart image, or null once it cannot be had (no browser, a failed drawing): given once.
  const chart = settleLater<Uint8Array | null>();
  const started = options.workbook ?? null;
  if (started) void chart.promise.then((png) => started.giveChart(png));
  const xlsxPath = workbookPath(options.out);
  const model = buildBriefModel(tables, meta);
  const charts = { funders: await fundersChartSvg(model), tiers: await tiersChartSvg(model) };
  const html = renderBriefHtml(model, await loadBriefTemplates(TEMPLATES_DIR), charts);
  const htmlPath = join(options.out, 'brief.html');
  await writeFileSafely(htmlPath, html);
  files.push(htmlPath);

  // One browser launch for both browser jobs: the workbook's chart image and the PDF. The chart
  // is drawn first (the workbook embeds it, and waits for it only when it writes its Summary); the
  // PDF is printed by the browser while this process writes the workbook, and the problems are
  // listed in the order the jobs run.
  let pdf: Uint8Array | null = null;
  const browserProblems: string[] = [];
  let browserJob: Promise<void> = Promise.resolve();
  if (browser) {
    browserJob = (async () => {
      try {
        const session = await browser.session;
        try {
          chart.give(await session.svgToPng(charts.funders, { width: 720, height: 360 }));
        } catch (error) {
          browserProblems.push(messages.reports.chartFailed(errorText(error)));
        }
        chart.give(null);
        if (options.pdf) {
          try {
            pdf = await session.htmlToPdf(html);
          } catch (error) {
            browserProblems.push(messages.reports.pdfFailed(errorText(error)));
          }
        }
        // Closed as soon as its work is done, not after the workbook: its memory goes back at once.
        await browser.close().catch(() => {});
      } catch (error) {
        // The browser did not start: neither the chart nor the PDF could be made.
        browserProblems.push(options.pdf ? messages.reports.pdfFailed(errorText(error)) : messages.reports.chartFailed(errorText(error)));
      } finally {
        chart.give(null);
      }
    })();
  } else {
    chart.give(null);
    if (options.pdf) browserProblems.push(messages.reports.noBrowser());
  }
  try {
    // Written in pieces as it is zipped: a large workbook is never held whole.
    await (started?.written ?? writeChunksSafely(xlsxPath, workbookChunks(tables, meta, chart.promise)));
  } finally {
    await browserJob;
  }
  problems.push(...browserProblems);
  files.push(xlsxPath);
  if (pdf) {
    const pdfPath = join(options.out, 'brief.pdf');
    await writeFileSafely(pdfPath, pdf);
    files.push(pdfPath);
  }
  for (const problem of problems) env.log.warn(problem);
  return { files, problems };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
