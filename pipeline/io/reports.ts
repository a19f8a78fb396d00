/**
 * Writes the reports of a run: the workbook, the brief's HTML and its PDF. Rendering is done by
 * pipeline/render/*; this file only decides what to write where and keeps going when one output
 * cannot be made (a missing browser leaves the HTML brief and the workbook, and says why).
 */
import { join } from 'node:path';
import type { RunEnv } from '../env.ts';
import type { RunTables } from '../tables.ts';
import * as messages from '../messages.ts';
import { writeFileSafely } from './atomic.ts';
import { buildBriefModel, type RunMeta } from '../render/viewModel.ts';
import { buildWorkbook } from '../render/workbook.ts';
import { fundersChartSvg, tiersChartSvg } from '../render/charts.ts';
import { loadBriefTemplates, renderBriefHtml } from '../render/brief.ts';
import { findBrowser, htmlToPdf, svgToPng } from '../render/browser.ts';

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

  const browserPath = findBrowser();
  let chartPng: Uint8Array | null = null;
  if (browserPath) {
    try {
      chartPng = await svgToPng(charts.funders, { browserPath, width: 720, height: 360 });
    } catch (error) {
      problems.push(messages.reports.chartFailed(errorText(error)));
    }
  }
  const xlsxPath = join(options.out, 'pledgebook.xlsx');
  await writeFileSafely(xlsxPath, await buildWorkbook(tables, meta, chartPng));
  files.push(xlsxPath);

  if (options.pdf) {
    if (!browserPath) {
      problems.push(messages.reports.noBrowser());
    } else {
      try {
        const pdfPath = join(options.out, 'brief.pdf');
        await writeFileSafely(pdfPath, await htmlToPdf(html, { browserPath, timeoutMs: 60_000 }));
        files.push(pdfPath);
      } catch (error) {
        problems.push(messages.reports.pdfFailed(errorText(error)));
      }
    }
  }
  for (const problem of problems) env.log.warn(problem);
  return { files, problems };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
