/**
 * `npm start` (scripts/start.mjs) runs the CLI from an esbuild bundle: it must give the same
 * tables as the TypeScript sources, and find its templates and reference data from the bundle.
 */
import { expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { main, EXIT } from '../pipeline/cli.ts';
import { bundled, CLI_BUNDLE } from '../scripts/bundle.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const run = promisify(execFile);

async function tables(out: string): Promise<Record<string, string>> {
  const names = (await readdir(join(out, 'tables'))).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(join(out, 'tables', n), 'utf8')] as const)));
}

test('the launcher runs the bundled CLI: same tables as the sources, and the brief from the templates', async () => {
  const fromBundle = await mkdtemp(join(tmpdir(), 'pledgebook-start-'));
  const fromSources = await mkdtemp(join(tmpdir(), 'pledgebook-start-src-'));
  const args = ['--input', join(ROOT, 'data/articles'), '--no-pdf', '--no-cache', '--quiet'];
  await run(process.execPath, [join(ROOT, 'scripts/start.mjs'), ...args, '--out', fromBundle], { cwd: ROOT });
  expect(await main([...args, '--out', fromSources])).toBe(EXIT.ok);
  // The bundle for these sources was there before this test asked for it: the launcher built or used it.
  const cacheDir = join(ROOT, 'node_modules/.cache/pledgebook');
  const before = existsSync(cacheDir) ? await readdir(cacheDir) : [];
  expect(before).toContain(basename(await bundled('pipeline/cli.ts', 'cli-', CLI_BUNDLE)));
  expect(await tables(fromBundle)).toEqual(await tables(fromSources));
  // The brief's HTML comes from templates/, found relative to the source module, not the bundle.
  expect(await readFile(join(fromBundle, 'brief.html'), 'utf8')).toContain('<html');
  expect(JSON.parse(await readFile(join(fromBundle, 'run.json'), 'utf8')).pledgebook).toBe(JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version);
}, 120_000);

test('the launcher takes another entry point before the arguments (the benchmark runs that way)', async () => {
  const named = await run(process.execPath, [join(ROOT, 'scripts/start.mjs'), 'pipeline/cli.ts', '--version'], { cwd: ROOT });
  const plain = await run(process.execPath, [join(ROOT, 'scripts/start.mjs'), '--version'], { cwd: ROOT });
  expect(named.stdout.trim()).toBe(JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version);
  expect(plain.stdout).toBe(named.stdout);
}, 60_000);
