/**
 * Printing with a real browser, locked down: no JavaScript, no network (every request is
 * aborted, the page is given as a string), a throw-away profile, a time limit, and the browser
 * closed on every path. The list of places to look for a browser lives in
 * scripts/find-browser.mjs, which the npm postinstall also runs.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser as findBrowserInScripts } from '../../scripts/find-browser.mjs';
import { render as msg } from '../messages.ts';

export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** PLEDGEBOOK_BROWSER, then /usr/bin/chromium and friends, PATH, then the puppeteer cache. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | null {
  return findBrowserInScripts(env);
}

export interface LockedPageOptions {
  browserPath: string;
  timeoutMs: number;
  /** Told about every request the page tried to make (all are aborted). */
  onBlockedRequest?: (url: string) => void;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(msg.pdfTimeout(ms))), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function closeHard(browser: Browser): Promise<void> {
  // A browser that will not close politely within a few seconds is killed.
  const proc = browser.process();
  try {
    await withTimeout(browser.close(), 5000);
  } catch {
    proc?.kill('SIGKILL');
  }
}

/**
 * Runs `work` on a page holding `html`, in a fresh browser with JavaScript off and the network
 * cut. The browser and its temporary profile are gone when this returns or throws.
 */
export async function withLockedPage<T>(html: string, options: LockedPageOptions, work: (page: Page) => Promise<T>): Promise<T> {
  const profile = await mkdtemp(join(tmpdir(), 'pledgebook-chrome-'));
  let browser: Browser | undefined;
  try {
    const job = (async () => {
      browser = await puppeteer.launch({
        executablePath: options.browserPath,
        headless: true,
        args: [...BROWSER_ARGS, `--user-data-dir=${profile}`],
        timeout: options.timeoutMs,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      const page = await browser.newPage();
      page.setDefaultTimeout(options.timeoutMs);
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        options.onBlockedRequest?.(request.url());
        void request.abort('blockedbyclient').catch(() => {});
      });
      await page.setContent(html, { waitUntil: 'load', timeout: options.timeoutMs });
      return work(page);
    })();
    return await withTimeout(job, options.timeoutMs);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(msg.browserFailed(options.browserPath, reason), { cause: error });
  } finally {
    if (browser) await closeHard(browser);
    await rm(profile, { recursive: true, force: true });
  }
}

/** The page printed to A4 PDF bytes, backgrounds included, margins from the page's @page rule. */
export async function htmlToPdf(
  html: string,
  options: { browserPath: string; timeoutMs: number; onBlockedRequest?: (url: string) => void },
): Promise<Uint8Array> {
  return withLockedPage(html, options, async (page) => {
    await page.emulateMediaType('print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, timeout: options.timeoutMs });
    return new Uint8Array(pdf);
  });
}

/**
 * An SVG drawn to PNG at twice the size for sharpness, fitted inside width x height with its
 * proportions kept (the workbook's chart image).
 */
export async function svgToPng(
  svg: string,
  options: { browserPath: string; width: number; height: number; timeoutMs?: number },
): Promise<Uint8Array> {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff}
#chart{display:inline-block;max-width:${options.width}px;max-height:${options.height}px}
#chart svg{display:block;max-width:${options.width}px;max-height:${options.height}px;width:auto;height:auto}</style></head>
<body><div id="chart">${svg}</div></body></html>`;
  return withLockedPage(html, { browserPath: options.browserPath, timeoutMs: options.timeoutMs ?? 30_000 }, async (page) => {
    await page.setViewport({ width: options.width, height: options.height, deviceScaleFactor: 2 });
    const element = await page.$('#chart svg');
    if (!element) throw new Error('no <svg> element in the chart');
    const png = await element.screenshot({ type: 'png', omitBackground: false });
    return new Uint8Array(png);
  });
}
