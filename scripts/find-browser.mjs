#!/usr/bin/env node
/**
 * Finds a Chromium-family browser for the PDF brief, and (run as the npm postinstall with
 * --install) installs one when none is found. Plain JavaScript so that it runs before any
 * TypeScript tooling exists; pipeline/render/browser.ts imports `findBrowser` from here, so the
 * list of places to look is kept in this one file.
 *
 * It never fails an install: when no browser can be had it prints one line saying what to do and
 * exits 0. Tables and the workbook work without a browser; only the PDF needs one.
 */
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { homedir, platform } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute paths tried in order, after PLEDGEBOOK_BROWSER. */
export const BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Executable names looked up on PATH when none of the paths above exists. */
export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'chrome-headless-shell'];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Browsers that `npx @puppeteer/browsers install` left in the puppeteer cache, newest first. */
function puppeteerCacheBrowsers(env) {
  const cache = env.PUPPETEER_CACHE_DIR || join(env.HOME || homedir(), '.cache', 'puppeteer');
  const found = [];
  for (const [product, binary] of [
    ['chrome-headless-shell', 'chrome-headless-shell'],
    ['chrome', 'chrome'],
  ]) {
    const root = join(cache, product);
    if (!existsSync(root)) continue;
    const versions = readdirSync(root).sort().reverse();
    for (const version of versions) {
      const versionDir = join(root, version);
      let subdirs = [];
      try {
        subdirs = readdirSync(versionDir);
      } catch {
        continue;
      }
      for (const sub of subdirs) found.push(join(versionDir, sub, binary));
    }
  }
  return found;
}

/**
 * The browser to print with: PLEDGEBOOK_BROWSER when set (and only it: a wrong setting is
 * reported, not silently replaced), then the usual system paths, then PATH, then the puppeteer
 * cache. Null when there is none.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | null}
 */
export function findBrowser(env = process.env) {
  const chosen = env.PLEDGEBOOK_BROWSER;
  if (chosen) return isExecutable(chosen) ? chosen : null;
  for (const path of BROWSER_PATHS) if (isExecutable(path)) return path;
  for (const dir of (env.PATH || '').split(delimiter).filter(Boolean)) {
    for (const name of BROWSER_NAMES) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  }
  for (const path of puppeteerCacheBrowsers(env)) if (isExecutable(path)) return path;
  return null;
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: 15 * 60_000 });
  return result.status === 0;
}

function isDebianLike() {
  return platform() === 'linux' && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

/** Tries to install a browser; returns the one found afterwards, or null. */
export function installBrowser(env = process.env) {
  if (isDebianLike() && typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log('pledgebook: no Chromium found, trying: apt-get install -y chromium');
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])) {
      const found = findBrowser(env);
      if (found) return found;
    }
  }
  console.log('pledgebook: no Chromium found, trying: npx @puppeteer/browsers install chrome-headless-shell@stable');
  if (run('npx', ['--yes', '@puppeteer/browsers', 'install', 'chrome-headless-shell@stable'])) return findBrowser(env);
  return null;
}

function main() {
  const install = process.argv.includes('--install');
  let found = findBrowser();
  // Installing is skipped only when the user asked for none; CI=true still tries, because CI
  // runs the PDF tests too.
  if (!found && install && process.env.PLEDGEBOOK_SKIP_BROWSER_INSTALL !== '1' && !process.env.PLEDGEBOOK_BROWSER) {
    try {
      found = installBrowser();
    } catch {
      found = null;
    }
  }
  if (found) {
    console.log(`pledgebook: PDF brief will use ${found}`);
  } else {
    console.log(
      'pledgebook: no browser for the PDF brief; install Chromium (apt-get install chromium) or run `npx @puppeteer/browsers install chrome-headless-shell@stable`, or set PLEDGEBOOK_BROWSER=/path/to/chrome (tables and workbook work without it).',
    );
  }
  process.exitCode = 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch {
    // Never fail `npm ci` because of the optional browser.
    process.exitCode = 0;
  }
}
