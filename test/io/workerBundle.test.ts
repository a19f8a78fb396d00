/** The extraction workers' bundle: rebuilt whenever a source changes, and it runs the same rules as the sources. */
import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleKey, workerEntry } from '../../pipeline/io/workerBundle.ts';

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
    expect(bundleKey(changed, version)).not.toBe(bundleKey(sources, '0.28.2'));
  });
  test('the order the files are listed in does not matter', () => {
    expect(bundleKey([...sources].reverse(), '0.28.2')).toBe(bundleKey(sources, '0.28.2'));
  });
});

test('the bundle is built here and needs no loader flags (the worker-pool tests in extractRunner.test.ts run it)', async () => {
  const entry = await workerEntry();
  expect(entry).toMatchObject({ bundled: true, execArgv: [] });
  expect(existsSync(fileURLToPath(entry.filename))).toBe(true);
});
