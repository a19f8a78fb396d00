/**
 * The extraction cache's packs and index (pipeline/io/inputCache.ts): what a run stores is read
 * back byte for byte by the next, what no run has used for KEPT_RUNS runs goes, and nothing it
 * cannot read whole is ever returned.
 */
import { describe, expect, test } from 'vitest';
import { mkdtemp, mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KEPT_RUNS, openInputCache } from '../../pipeline/io/inputCache.ts';

const dirOf = () => mkdtemp(join(tmpdir(), 'pledgebook-input-cache-'));

describe('the input cache', () => {
  test('entries added by one run are read back whole by the next, texts of any script included', async () => {
    const dir = await dirOf();
    const first = await openInputCache(dir);
    expect(first.read('a')).toBeNull();
    await first.add([
      { key: 'a', text: 'plain text' },
      { key: 'b', text: 'Rs75 billion — 7 500 emplois, 中国, ₹' },
    ]);
    await first.add([{ key: 'c', text: '' }]);
    await first.close();
    const second = await openInputCache(dir);
    expect([second.read('a'), second.read('b'), second.read('c'), second.read('d')]).toEqual([
      'plain text',
      'Rs75 billion — 7 500 emplois, 中国, ₹',
      '',
      null,
    ]);
    await second.close();
  });

  test('an entry no run has read or added for KEPT_RUNS runs goes, and so does a pack nothing refers to', async () => {
    const dir = await dirOf();
    const cache = await openInputCache(dir);
    await cache.add([{ key: 'old', text: 'old outcome' }]);
    await cache.add([{ key: 'kept', text: 'kept outcome' }]);
    await cache.close();
    expect(await readdir(join(dir, 'packs'))).toHaveLength(2);
    // Runs that use only `kept`: `old` stays for KEPT_RUNS runs after the one that added it.
    for (let run = 2; run <= KEPT_RUNS + 1; run++) {
      const next = await openInputCache(dir);
      expect(next.read('kept')).toBe('kept outcome');
      if (run === KEPT_RUNS) expect(next.read('old')).toBe('old outcome');
      await next.close();
    }
    // Read at run KEPT_RUNS, so kept until run 2 * KEPT_RUNS - 1; then gone, with its pack.
    for (let run = KEPT_RUNS + 2; run <= 2 * KEPT_RUNS; run++) {
      const next = await openInputCache(dir);
      expect(next.read('kept')).toBe('kept outcome');
      await next.close();
    }
    const last = await openInputCache(dir);
    expect(last.read('old')).toBeNull();
    expect(last.read('kept')).toBe('kept outcome');
    await last.close();
    expect(await readdir(join(dir, 'packs'))).toHaveLength(1);
  });

  test('a pack cut short, a missing pack or an unreadable index is a miss, never a wrong text', async () => {
    const dir = await dirOf();
    const cache = await openInputCache(dir);
    await cache.add([
      { key: 'whole', text: 'first entry' },
      { key: 'cut', text: 'second entry, whose end is lost' },
    ]);
    await cache.close();
    const [pack] = await readdir(join(dir, 'packs'));
    await truncate(join(dir, 'packs', pack!), 'whole\nfirst entry'.length + 5);
    const damaged = await openInputCache(dir);
    expect(damaged.read('whole')).toBe('first entry');
    expect(damaged.read('cut')).toBeNull();
    damaged.abandon();

    // An index pointing one entry at another's bytes: a miss, not the other input's outcome.
    const index = await readFile(join(dir, 'index.tsv'), 'utf8');
    const [header, ...lines] = index.trim().split('\n');
    const whole = lines.find((l) => l.startsWith('whole\t'))!.split('\t');
    await writeFile(join(dir, 'index.tsv'), `${header}\nother\t${whole.slice(1).join('\t')}\n`);
    const crossed = await openInputCache(dir);
    expect(crossed.read('other')).toBeNull();
    crossed.abandon();

    // An index naming a pack that is not there.
    await writeFile(join(dir, 'index.tsv'), `${header}\nwhole\tdeadbeef.pack\t0\t${whole[3]}\t1\n`);
    const missing = await openInputCache(dir);
    expect(missing.read('whole')).toBeNull();
    missing.abandon();

    await writeFile(join(dir, 'index.tsv'), 'something else\nwhole\tnot-a-pack\t0\t5\t1\n');
    const unreadable = await openInputCache(dir);
    expect(unreadable.read('whole')).toBeNull();
    unreadable.abandon();
  });

  test('a run that is abandoned leaves the previous index as it was; its own pack goes at the next close', async () => {
    const dir = await dirOf();
    const cache = await openInputCache(dir);
    await cache.add([{ key: 'a', text: 'kept' }]);
    await cache.close();
    const index = await readFile(join(dir, 'index.tsv'), 'utf8');
    const failed = await openInputCache(dir);
    await failed.add([{ key: 'b', text: 'never indexed' }]);
    failed.abandon();
    expect(await readFile(join(dir, 'index.tsv'), 'utf8')).toBe(index);
    expect(await readdir(join(dir, 'packs'))).toHaveLength(2);
    const next = await openInputCache(dir);
    expect([next.read('a'), next.read('b')]).toEqual(['kept', null]);
    await next.close();
    expect(await readdir(join(dir, 'packs'))).toHaveLength(1);
  });

  test('files of the older layout (one per input, in two-letter folders) are removed', async () => {
    const dir = await dirOf();
    await mkdir(join(dir, 'ab'), { recursive: true });
    await writeFile(join(dir, 'ab', 'ab12.json'), '{}');
    const cache = await openInputCache(dir);
    await cache.close();
    expect((await readdir(dir)).sort()).toEqual(['index.tsv', 'packs']);
  });
});
