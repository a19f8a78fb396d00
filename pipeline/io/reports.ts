/**
 * Writes the reports of a run: the workbook, the brief's HTML and its PDF. Rendering is done by
 * pipeline/render/*; this file only decides what to write where and keeps going when one output
 * cannot be made (a missing browser leaves the HTML brief and the workbook, and says why). The
 * browser is launched once per run, for the chart image and the PDF together.
 */
import { join } from 'node:path';
import type { RunEnv } from '../env.ts';
import type { RunTables } from '../tables.ts';
import * as messages from '../messages.ts';
import { writeFileSafely } from './atomic.ts';
import { buildBriefModel, type RunMeta } from '../render/viewModel.ts';
import { buildWorkbook, willStream } from '../render/workbook.ts';
import { fundersChartSvg, tiersChartSvg } from '../render/charts.ts';
import { loadBriefTemplates, renderBriefHtml } from '../render/brief.ts';
import { findBrowser, withBrowser } from '../render/browser.ts';

export interface RenderOutcome {
  files: string[];
  problems: string[];
}

const TEMPLATES_DIR = new URL('../../templates/', import.meta.url).pathname;

export async function renderReports(
  tables: RunTables,
  meta: RunMeta,
  options: { out: string; pdf: boolean },
  env: RunEnv,
): Promise<RenderOutcome> {
  const files: string[] = [];
  const problems: string[] = [];
  const model = buildBriefModel(tables, meta);
  const charts = { funders: await fundersChartSvg(model), tiers: await tiersChartSvg(model) };
  const html = renderBriefHtml(model, await loadBriefTemplates(TEMPLATES_DIR), charts);
  const htmlPath = join(options.out, 'brief.html');
  await writeFileSafely(htmlPath, html);
  files.push(htmlPath);

  // One browser launch for both browser jobs: the workbook's chart image and the PDF.
  const browserPath = findBrowser();
  const wantChart = !willStream(tables);
  let chartPng: Uint8Array | null = null;
  let pdf: Uint8Array | null = null;
  if (browserPath && (wantChart || options.pdf)) {
    try {
      await withBrowser({ browserPath, timeoutMs: 60_000 }, async (session) => {
        if (wantChart) {
          try {
            chartPng = await session.svgToPng(charts.funders, { width: 720, height: 360 });
          } catch (error) {
            problems.push(messages.reports.chartFailed(errorText(error)));
          }
        }
        if (options.pdf) {
          try {
            pdf = await session.htmlToPdf(html);
          } catch (error) {
            problems.push(messages.reports.pdfFailed(errorText(error)));
          }
        }
      });
    } catch (error) {
      // The browser did not start: neither the chart nor the PDF could be made.
      problems.push(options.pdf ? messages.reports.pdfFailed(errorText(error)) : messages.reports.chartFailed(errorText(error)));
    }
  } else if (options.pdf) {
    problems.push(messages.reports.noBrowser());
  }
  const xlsxPath = join(options.out, 'pledgebook.xlsx');
  await writeFileSafely(xlsxPath, await buildWorkbook(tables, meta, chartPng));
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
