/** The bundles (extraction workers, CLI): rebuilt whenever a source changes, and they run the same rules as the sources. */
import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerEntry } from '../../pipeline/io/workerBundle.ts';
import { BUNDLE_KEEP_MS, bundleKey, pruneBundles } from '../../scripts/bundle.mjs';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('bundleKey', () => {
  const sources = [
    { path: 'extract/money.ts', bytes: bytes('export const a = 1;') },
    { path: 'extractWorker.ts', bytes: bytes('export default 1;') },
  ];
  test.each([
    ['an edited source', [{ ...sources[0]!, bytes: bytes('export const a = 2;') }, sources[1]!], '0.28.2'],
    ['a renamed source', [{ ...sources[0]!, path: 'extract/money2.ts' }, sources[1]!], '0.28.2'],
    ['a new source', [...sources, { path: 'extract/new.ts', bytes: bytes('') }], '0.28.2'],
    ['another bundler version', sources, '0.29.0'],
  ])('%s gives a new key', (_what, changed, version) => {
    expect(bundleKey(changed, 'pipeline/extractWorker.ts', version)).not.toBe(bundleKey(sources, 'pipeline/extractWorker.ts', '0.28.2'));
  });
  test('another entry point gives a new key', () => {
    expect(bundleKey(sources, 'pipeline/cli.ts', '0.28.2')).not.toBe(bundleKey(sources, 'pipeline/extractWorker.ts', '0.28.2'));
  });
  test('the order the files are listed in does not matter', () => {
    expect(bundleKey([...sources].reverse(), 'pipeline/cli.ts', '0.28.2')).toBe(bundleKey(sources, 'pipeline/cli.ts', '0.28.2'));
  });
});

test('the bundle is built here and needs no loader flags (the worker-pool tests in extractRunner.test.ts run it)', async () => {
  const entry = await workerEntry();
  expect(entry).toMatchObject({ bundled: true, execArgv: [] });
  expect(existsSync(fileURLToPath(entry.filename))).toBe(true);
});

describe('pruneBundles', () => {
  test('removes only bundles of other sources last written longer ago than it keeps them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bundles-'));
    try {
      const now = Date.now();
      const file = async (name: string, ageMs: number) => {
        await writeFile(join(dir, name), 'export {};');
        const at = new Date(now - ageMs);
        await utimes(join(dir, name), at, at);
      };
      await file('extract-worker-new.mjs', 0);
      await file('extract-worker-running.mjs', 60_000);
      await file('extract-worker-stale.mjs', BUNDLE_KEEP_MS + 60_000);
      await file('cli-stale.mjs', BUNDLE_KEEP_MS + 60_000);
      await pruneBundles(dir, 'extract-worker-', join(dir, 'extract-worker-new.mjs'), now);
      // (A run started before the sources changed still finds its bundle; another entry's bundles are not this prefix's.)
      expect((await readdir(dir)).sort()).toEqual(['cli-stale.mjs', 'extract-worker-new.mjs', 'extract-worker-running.mjs']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
