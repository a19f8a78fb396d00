import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBriefTemplates, renderBriefHtml, sanitizeSvg } from '../../pipeline/render/brief.ts';
import { findBrowser, htmlToPdf, withBrowser } from '../../pipeline/render/browser.ts';
import { fundersChartSvg, specToSvg, fundersChartSpec, tiersChartSvg, wrapLabel } from '../../pipeline/render/charts.ts';
import { buildBriefModel } from '../../pipeline/render/viewModel.ts';
import { FIXTURE_META, FIXTURE_TABLES } from '../fixtures/runTables.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const GOLDEN = join(ROOT, 'test/golden/brief.html');
const CHANGED = join(ROOT, 'test/golden/brief-changed.html');

async function renderFixture(): Promise<string> {
  const model = buildBriefModel(FIXTURE_TABLES, FIXTURE_META);
  return renderBriefHtml(model, await loadBriefTemplates(join(ROOT, 'templates')), {
    funders: await fundersChartSvg(model),
    tiers: await tiersChartSvg(model),
  });
}

let html: string;
beforeAll(async () => {
  html = await renderFixture();
});

describe('brief HTML', () => {
  it('matches the golden file (UPDATE_GOLDEN=1 to accept a change, never under CI)', async () => {
    if (process.env.UPDATE_GOLDEN === '1' && !process.env.CI) await writeFile(GOLDEN, html);
    const golden = existsSync(GOLDEN) ? await readFile(GOLDEN, 'utf8') : '';
    if (golden !== html) {
      await writeFile(CHANGED, html);
      expect.fail(`brief HTML differs from ${GOLDEN}; see ${CHANGED}`);
    }
  });

  it('escapes article text and carries no script, no external reference', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/\s(src|href)\s*=\s*["']?(https?:|javascript:)/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(html).toContain('Content-Security-Policy');
  });

  it('vega escapes chart labels, and the sanitiser strips anything active', async () => {
    const svg = await specToSvg(fundersChartSpec([{ label: '<script>alert(1)</script>', usd: 1e9, text: '<b>$1 billion</b>' }]));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;b&gt;$1 billion&lt;/b&gt;');
    expect(sanitizeSvg('<svg><script>x()</script><a href="http://evil"><rect onload="x()"/></a><use href="#ok"/></svg>'))
      .toBe('<svg><a><rect/></a><use href="#ok"/></svg>');
  });
});

describe('chart labels', () => {
  it.each([
    ['Nordic Climate Fund', 'Nordic Climate Fund'],
    ['Japan Bank for International Cooperation; Asian Infrastructure Investment Bank', 'Japan Bank for International\nCooperation; Asian\nInfrastructure Investment Bank'],
    ['A'.repeat(40), `${'A'.repeat(29)}…`],
    ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen', 'one two three four five six\nseven eight nine ten eleven\ntwelve thirteen fourteen…'],
  ])('wraps %j in full words on at most three lines', (label, wrapped) => {
    expect(wrapLabel(label)).toBe(wrapped);
  });

  it('draws a wrapped funder name on several lines, not cut', async () => {
    const svg = await specToSvg(fundersChartSpec([{ label: 'Japan Bank for International Cooperation; Asian Infrastructure Investment Bank', usd: 2e9, text: '$2 billion' }]));
    expect(svg).toContain('<tspan>Japan Bank for International</tspan>');
    expect(svg).toContain('<tspan x="0" dy="10">Infrastructure Investment Bank</tspan>');
  });
});

const browser = findBrowser();

describe.skipIf(!browser)('brief PDF', () => {
  let pdfPath: string;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pledgebook-pdf-'));
    pdfPath = join(dir, 'brief.pdf');
    await writeFile(pdfPath, await htmlToPdf(html, { browserPath: browser!, timeoutMs: 60_000 }));
  });

  it('holds the headline figures and a footnoted verbatim quote, on 1 to 3 A4 pages', () => {
    const text = execFileSync('pdftotext', [pdfPath, '-']).toString().replace(/\s+/g, ' ');
    for (const figure of ['at least $4.01 billion', '$996 million', '4,300', '15.3%', 'up to $500 million']) expect(text).toContain(figure);
    expect(text).toContain('The Export-Import Bank of India approved a Rs 8,300 crore line of credit to Sri Lanka');
    const info = execFileSync('pdfinfo', [pdfPath]).toString();
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
  });

  it('renders a page 1 that is not blank', () => {
    const pgm = execFileSync('pdftoppm', ['-r', '50', '-gray', '-f', '1', '-l', '1', pdfPath]);
    // PGM (P5): a text header "P5 w h max", then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'))!;
    const pixels = pgm.subarray(header[0].length);
    const dark = pixels.filter((p) => p < 200).length;
    expect(pixels.length).toBe(Number(header[1]) * Number(header[2]));
    expect(dark / pixels.length).toBeGreaterThan(0.03);
  });
});

describe.skipIf(!browser)('the locked-down browser', () => {
  it('fetches nothing and runs no script from a hostile page', async () => {
    const hostile = `<!DOCTYPE html><html><body><p id="p">SAFE-TEXT</p>
      <img src="http://evil.example/pixel.png"><link rel="stylesheet" href="https://evil.example/x.css">
      <iframe src="http://evil.example/frame"></iframe>
      <script>document.getElementById('p').textContent = 'SCRIPT-RAN'; fetch('http://evil.example/beacon');</script>
      </body></html>`;
    const requested: string[] = [];
    const pdf = await htmlToPdf(hostile, { browserPath: browser!, timeoutMs: 30_000, onBlockedRequest: (u) => requested.push(u) });
    const dir = await mkdtemp(join(tmpdir(), 'pledgebook-hostile-'));
    await writeFile(join(dir, 'h.pdf'), pdf);
    const text = execFileSync('pdftotext', [join(dir, 'h.pdf'), '-']).toString();
    expect(text).toContain('SAFE-TEXT');
    expect(text).not.toContain('SCRIPT-RAN');
    // Every attempt was intercepted and aborted; none was a script's fetch.
    // (data: URLs are Chromium's own broken-image placeholders, not network requests.)
    expect(requested.filter((u) => !u.startsWith('data:')).sort()).toEqual([
      'http://evil.example/frame', 'http://evil.example/pixel.png', 'https://evil.example/x.css',
    ]);
  });

  it('draws the chart image and prints the PDF with one launch', async () => {
    const model = buildBriefModel(FIXTURE_TABLES, FIXTURE_META);
    const [png, pdf] = await withBrowser({ browserPath: browser!, timeoutMs: 60_000 }, async (session) => [
      await session.svgToPng(await fundersChartSvg(model), { width: 720, height: 360 }),
      await session.htmlToPdf(html),
    ]);
    expect([Buffer.from(png!.subarray(1, 4)).toString('latin1'), Buffer.from(pdf!.subarray(0, 5)).toString('latin1')]).toEqual(['PNG', '%PDF-']);
  });

  it('fails with a clear error, and cleans up, when the browser cannot start', async () => {
    await expect(htmlToPdf('<p>x</p>', { browserPath: '/bin/false', timeoutMs: 10_000 })).rejects.toThrow(/\/bin\/false failed/);
  });
});
