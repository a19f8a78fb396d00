/**
 * The brief as one self-contained HTML page: handlebars templates with escaping on, the view
 * model as the only data, the stylesheet and the two SVG charts inlined so that the page needs
 * nothing from the network to print.
 */
import Handlebars from 'handlebars';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { render as msg } from '../messages.ts';
import type { BriefModel } from './viewModel.ts';

export interface BriefTemplates {
  /** The page skeleton, `layout.hbs`. */
  layout: string;
  /** Every other `*.hbs` in the folder, by file name without extension. */
  partials: Record<string, string>;
  /** `style.css`, inlined into the page. */
  css: string;
}

/** Reads `layout.hbs`, `style.css` and every other `.hbs` (as a partial) from `dir`. */
export async function loadBriefTemplates(dir: string): Promise<BriefTemplates> {
  const read = async (file: string) => {
    try {
      return await readFile(join(dir, file), 'utf8');
    } catch {
      throw new Error(msg.templateMissing(join(dir, file)));
    }
  };
  const names = (await readdir(dir)).filter((f) => f.endsWith('.hbs') && f !== 'layout.hbs').sort();
  const partials: Record<string, string> = {};
  for (const name of names) partials[basename(name, '.hbs')] = await read(name);
  return { layout: await read('layout.hbs'), partials, css: await read('style.css') };
}

/**
 * The SVG the charts module produced is the only raw markup the page takes. It is ours (vega
 * escapes every label), but strip anything active anyway: a chart never needs script, foreign
 * objects, event handlers or external references.
 */
export function sanitizeSvg(svg: string): string {
  return svg
    .replace(/<script[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<foreignObject[\s\S]*?<\/foreignObject\s*>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/\s(?:xlink:)?href\s*=\s*("(?!#)[^"]*"|'(?!#)[^']*')/gi, '');
}

export function renderBriefHtml(model: BriefModel, templates: BriefTemplates, charts: { funders: string; tiers: string }): string {
  // A private instance: partials registered here never leak into another render.
  const hbs = Handlebars.create();
  for (const [name, source] of Object.entries(templates.partials)) {
    hbs.registerPartial(name, hbs.compile(source, { strict: true, knownHelpersOnly: true }));
  }
  const page = hbs.compile(templates.layout, { strict: true, knownHelpersOnly: true });
  return page({
    model,
    css: templates.css.replace(/<\/style/gi, ''),
    charts: { funders: sanitizeSvg(charts.funders), tiers: sanitizeSvg(charts.tiers) },
  });
}
