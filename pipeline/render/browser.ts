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

/** One launched, locked-down browser: each page it opens has JavaScript off and the network cut. */
export interface BrowserSession {
  /** The page printed to A4 PDF bytes, backgrounds included, margins from the page's @page rule. */
  htmlToPdf(html: string, options?: { onBlockedRequest?: (url: string) => void }): Promise<Uint8Array>;
  /** An SVG drawn to PNG at twice the size, fitted inside width x height (the workbook's chart image). */
  svgToPng(svg: string, options: { width: number; height: number }): Promise<Uint8Array>;
  /** Runs `work` on a fresh locked page holding `html`; the page is closed afterwards. */
  withPage<T>(html: string, work: (page: Page) => Promise<T>, onBlockedRequest?: (url: string) => void): Promise<T>;
}

export interface BrowserOptions {
  browserPath: string;
  /** Time limit of the launch and of each page's work. */
  timeoutMs: number;
}

/** A browser being launched or launched: its session once up, and the way to close it. */
export interface BrowserHandle {
  /** The session, or the launch's failure (naming the browser's path). */
  readonly session: Promise<BrowserSession>;
  /** Closes the browser (once it is up, if it comes up) and removes its profile. Safe to call again. */
  close(): Promise<void>;
}

/**
 * Starts launching the browser, with a throw-away profile, and returns at once. Why apart from
 * `withBrowser`: a run starts the browser when reconciliation begins, which keeps one core busy and
 * leaves the other idle, so the browser's start-up is under way by the time the reports need it.
 * The caller must `close()` the handle on every path.
 */
export function launchBrowser(options: BrowserOptions): BrowserHandle {
  const fail = (error: unknown): never => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(msg.browserFailed(options.browserPath, reason), { cause: error });
  };
  const started = (async () => {
    const profile = await mkdtemp(join(tmpdir(), 'pledgebook-chrome-'));
    try {
      const browser = await withTimeout(
        puppeteer.launch({
          executablePath: options.browserPath,
          headless: true,
          args: [...BROWSER_ARGS, `--user-data-dir=${profile}`],
          timeout: options.timeoutMs,
          handleSIGINT: false,
          handleSIGTERM: false,
          handleSIGHUP: false,
        }),
        options.timeoutMs,
      ).catch(fail);
      return { profile, browser };
    } catch (error) {
      await rm(profile, { recursive: true, force: true });
      throw error;
    }
  })();
  const session = started.then(({ browser }) => sessionOf(browser, options, fail));
  // Marked handled: a launch nobody waits for (the run failed first) is not an unhandled rejection.
  session.catch(() => {});
  let closing: Promise<void> | null = null;
  return {
    session,
    close: () =>
      (closing ??= started.then(
        async ({ profile, browser }) => {
          await closeHard(browser);
          await rm(profile, { recursive: true, force: true });
        },
        () => {},
      )),
  };
}

/**
 * Launches the browser once for everything `work` prints or draws (a test, or one PDF). The
 * browser and the profile are gone when this returns or throws; any failure is reported with the
 * browser's path.
 */
export async function withBrowser<T>(options: BrowserOptions, work: (session: BrowserSession) => Promise<T>): Promise<T> {
  const handle = launchBrowser(options);
  try {
    return await work(await handle.session);
  } finally {
    await handle.close();
  }
}

function sessionOf(launched: Browser, options: BrowserOptions, fail: (error: unknown) => never): BrowserSession {
  const withPage = async <R>(html: string, pageWork: (page: Page) => Promise<R>, onBlockedRequest?: (url: string) => void): Promise<R> => {
    let page: Page | undefined;
    const job = (async () => {
      page = await launched.newPage();
      page.setDefaultTimeout(options.timeoutMs);
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        onBlockedRequest?.(request.url());
        void request.abort('blockedbyclient').catch(() => {});
      });
      await page.setContent(html, { waitUntil: 'load', timeout: options.timeoutMs });
      return pageWork(page);
    })();
    try {
      return await withTimeout(job, options.timeoutMs).catch(fail);
    } finally {
      await page?.close().catch(() => {});
    }
  };
  return {
    withPage,
    htmlToPdf: (html, pdfOptions = {}) =>
      withPage(html, async (page) => {
        await page.emulateMediaType('print');
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, timeout: options.timeoutMs });
        return new Uint8Array(pdf);
      }, pdfOptions.onBlockedRequest),
    svgToPng: (svg, size) => withPage(svgPage(svg, size), async (page) => {
      await page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: 2 });
      const element = await page.$('#chart svg');
      if (!element) throw new Error('no <svg> element in the chart');
      return new Uint8Array(await element.screenshot({ type: 'png', omitBackground: false }));
    }),
  };
}

function svgPage(svg: string, size: { width: number; height: number }): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff}
#chart{display:inline-block;max-width:${size.width}px;max-height:${size.height}px}
#chart svg{display:block;max-width:${size.width}px;max-height:${size.height}px;width:auto;height:auto}</style></head>
<body><div id="chart">${svg}</div></body></html>`;
}

/** Runs `work` on a page holding `html`, in a browser of its own (launched and closed for this one page). */
export async function withLockedPage<T>(html: string, options: LockedPageOptions, work: (page: Page) => Promise<T>): Promise<T> {
  return withBrowser(options, (session) => session.withPage(html, work, options.onBlockedRequest));
}

/** One PDF with a browser of its own; a run uses `withBrowser` to share one launch. */
export async function htmlToPdf(
  html: string,
  options: { browserPath: string; timeoutMs: number; onBlockedRequest?: (url: string) => void },
): Promise<Uint8Array> {
  return withBrowser(options, (session) => session.htmlToPdf(html, { onBlockedRequest: options.onBlockedRequest }));
}

/** One chart image with a browser of its own; a run uses `withBrowser` to share one launch. */
export async function svgToPng(
  svg: string,
  options: { browserPath: string; width: number; height: number; timeoutMs?: number },
): Promise<Uint8Array> {
  return withBrowser({ browserPath: options.browserPath, timeoutMs: options.timeoutMs ?? 30_000 }, (session) =>
    session.svgToPng(svg, { width: options.width, height: options.height }));
}
