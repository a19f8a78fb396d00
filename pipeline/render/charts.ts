/**
 * The brief's charts, drawn in Node: a vega-lite spec compiled to vega and rendered to SVG by a
 * headless vega View (no browser, no script in the output). The same spec feeds the workbook's
 * chart image, so the two can never disagree.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { BriefModel, ChartDatum } from './viewModel.ts';

/** The brief's font stack; DejaVu Sans is installed on the machines that print it. */
export const CHART_FONT = 'Helvetica, Arial, "DejaVu Sans", sans-serif';
const BAR_COLOR = '#1f4e79';
const TIER_COLORS = { domain: ['firm', 'announced', 'prospective'], range: ['#1f4e79', '#5b8cc0', '#b7cde3'] };

const CONFIG = {
  font: CHART_FONT,
  view: { stroke: null },
  axis: { labelFontSize: 10, titleFontSize: 10, labelColor: '#333', titleColor: '#333', gridColor: '#e6e6e6', domainColor: '#999', tickColor: '#999' },
  legend: { labelFontSize: 10, titleFontSize: 10 },
  background: 'white',
};

const LABEL_LINE = 30;
const LABEL_LINES = 3;

/**
 * A long name on up to three lines of about 30 characters, `\n` between lines, so it is read in
 * full rather than cut ("Public Investment Fund; Saudi…"). A word longer than a line is cut with
 * an ellipsis; so is a name longer than three lines.
 */
export function wrapLabel(label: string, width = LABEL_LINE, maxLines = LABEL_LINES): string {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word.length > width ? `${word.slice(0, width - 1)}…` : word);
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, width - 1)}…`;
    return kept.join('\n');
  }
  return lines.join('\n');
}

/** Horizontal bars, one per funder, labelled with the formatted amount; long names wrap. */
export function fundersChartSpec(data: ChartDatum[], width = 210): TopLevelSpec {
  const labels = data.map((d) => wrapLabel(d.label));
  const lines = Math.max(1, ...labels.map((l) => l.split('\n').length));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width,
    height: { step: 22 + 11 * (lines - 1) },
    data: { values: data.map((d, i) => ({ ...d, label: labels[i], usdBn: d.usd / 1e9 })) },
    encoding: {
      y: {
        field: 'label', type: 'nominal', sort: null, title: null,
        // Headless vega measures text as 0.8 x font size per character (no canvas): the limit lets a
        // full wrapped line through, so names wrap and are never cut mid-line.
        axis: { labelFontSize: 9, labelLimit: LABEL_LINE * 9 * 0.8 + 4, labelExpr: "split(datum.label, '\\n')", labelLineHeight: 10, labelBaseline: 'middle' },
      },
      x: { field: 'usdBn', type: 'quantitative', title: 'USD billion', axis: { format: ',.1f', tickCount: 4 } },
    },
    layer: [
      { mark: { type: 'bar', color: BAR_COLOR } },
      { mark: { type: 'text', align: 'left', dx: 3, fontSize: 9.5, color: '#222' }, encoding: { text: { field: 'text' } } },
    ],
    config: CONFIG,
  } as TopLevelSpec;
}

/** One stacked bar by status tier: how much of the money is firm, announced or prospective. */
export function tiersChartSpec(data: ChartDatum[], width = 210): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width,
    height: { step: 22 },
    data: { values: data.map((d) => ({ ...d, usdBn: d.usd / 1e9 })) },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: TIER_COLORS.domain, title: null },
      x: { field: 'usdBn', type: 'quantitative', title: 'USD billion', axis: { format: ',.1f', tickCount: 4 } },
    },
    layer: [
      { mark: { type: 'bar' }, encoding: { color: { field: 'label', type: 'nominal', scale: TIER_COLORS, legend: null } } },
      { mark: { type: 'text', align: 'left', dx: 3, fontSize: 9.5, color: '#222' }, encoding: { text: { field: 'text' } } },
    ],
    config: CONFIG,
  } as TopLevelSpec;
}

/** vega-lite -> vega -> SVG text, headless. Vega's SVG renderer escapes text and attributes. */
export async function specToSvg(spec: TopLevelSpec): Promise<string> {
  const compiled = compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export async function fundersChartSvg(model: BriefModel): Promise<string> {
  return specToSvg(fundersChartSpec(model.funders));
}

export async function tiersChartSvg(model: BriefModel): Promise<string> {
  return specToSvg(tiersChartSpec(model.tiers));
}
