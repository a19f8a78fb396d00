/** Tables on disk: CSV that reads back the same, written whole or not at all. */
import { describe, expect, test } from 'vitest';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { csvAppender, csvByteChunks, csvField, csvRows, parseCsv, toCsv, writeCsv } from '../../pipeline/io/csv.ts';
import { writeChunksSafely, type Chunk } from '../../pipeline/io/atomic.ts';

interface Row { id: string; amount: number | null; ok: boolean; note: string | null }
const columns = ['id', 'amount', 'ok', 'note'] as const;

describe('CSV tables', () => {
  test('nulls are empty cells, numbers are written in full, quotes and newlines survive', () => {
    const rows: Row[] = [
      { id: 'c1', amount: 1.25e9, ok: true, note: 'said "over", then\nrevised' },
      { id: 'c2', amount: null, ok: false, note: null },
    ];
    const text = toCsv(rows, columns);
    expect(text.split('\n')[0]).toBe('id,amount,ok,note');
    expect(text).toContain('1250000000');
    expect(parseCsv(text)).toEqual([
      { id: 'c1', amount: '1250000000', ok: 'true', note: 'said "over", then\nrevised' },
      { id: 'c2', amount: '', ok: 'false', note: '' },
    ]);
  });

  test.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "over"', '"say ""over"""'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ["it's; fine\t", "it's; fine\t"],
  ])('field %j is written as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test('fields and records are the bytes csv-stringify writes with its defaults', () => {
    // Except a carriage return alone, which csv-stringify leaves bare (and some readers then split the row): ours is quoted.
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r\n', '\t', ';', "'", '=', '€', '\u00a0') });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, text), { maxLength: 8 }), (records) => {
        const rows = records.map(([a, b, c]) => ({ a, b, c }));
        expect(toCsv(rows, ['a', 'b', 'c'])).toBe(stringify([['a', 'b', 'c'], ...records], { record_delimiter: '\n' }));
      }),
      { numRuns: 300 },
    );
    expect(parseCsv(toCsv([{ a: 'bare\rreturn', b: '' }], ['a', 'b']))).toEqual([{ a: 'bare\rreturn', b: '' }]);
  });

  test('written table bytes are the UTF-8 of toCsv, whatever the cells and wherever the chunks are cut', () => {
    // Short and long texts (the byte loop and the native path), quotes, line breaks, non-ASCII and
    // lone surrogates, numbers, booleans and empty cells, through chunks from tiny to large.
    const unit = fc.constantFrom('a', 'Z', '7', ' ', ',', '"', '\n', '\r', ';', '=', 'é', '€', '💶', '\ud800', '\u00a0');
    const cell = fc.oneof(
      fc.string({ unit, maxLength: 12 }),
      fc.string({ unit, minLength: 120, maxLength: 300 }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 12 }), fc.integer({ min: 1, max: 4096 }), (records, chunkBytes) => {
        const rows = records.map(([a, b, c]) => ({ a, b, c }) as Record<'a' | 'b' | 'c', string | number | boolean | null>);
        const pieces: Buffer[] = [];
        // Each chunk is copied as it comes: the writer reuses its buffer once the chunk is written.
        for (const chunk of csvByteChunks(rows, ['a', 'b', 'c'], chunkBytes)) pieces.push(Buffer.from(chunk));
        expect(Buffer.concat(pieces).equals(Buffer.from(toCsv(rows, ['a', 'b', 'c']), 'utf8'))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test('a table of many rows is written in pieces and reads back whole, with no temporary file left', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pledgebook-csv-'));
    const rows: Row[] = Array.from({ length: 10_001 }, (_, i) => ({ id: `r${i}`, amount: i, ok: i % 2 === 0, note: null }));
    await writeCsv(join(dir, 'big.csv'), rows, columns);
    const back = parseCsv(await readFile(join(dir, 'big.csv'), 'utf8'));
    expect(back).toHaveLength(10_001);
    expect(back[10_000]).toEqual({ id: 'r10000', amount: '10000', ok: 'true', note: '' });
    expect(await readdir(dir)).toEqual(['big.csv']);
  });

  test.each([
    ['texts', ['a,b\n', 'Crédit — 🚀\n', '', 'end\n']],
    ['texts and bytes interleaved', ['x\n', new TextEncoder().encode('é bytes\n'), 'after 💶\n']],
    ['a text larger than the first buffer, then a smaller one', ['€'.repeat(100_000), 'short\n', '𝄞'.repeat(40_000)]],
    ['runs of byte pieces (one writev each), empty ones and more than a writev takes included', [
      [Buffer.from('run '), new Uint8Array(0), Buffer.from('one\n')],
      'between\n',
      Array.from({ length: 3000 }, (_, i) => Buffer.from(`${i},`)),
      [],
    ]],
  ])('writeChunksSafely writes exactly the pieces given (%s), whatever buffer each is encoded into', async (_, pieces) => {
    const dir = await mkdtemp(join(tmpdir(), 'pledgebook-csv-'));
    const path = join(dir, 'pieces.bin');
    await writeChunksSafely(path, pieces as Chunk[]);
    const bytesOf = (p: Chunk): Buffer[] => (typeof p === 'string' ? [Buffer.from(p, 'utf8')] : p instanceof Uint8Array ? [Buffer.from(p)] : p.map((q) => Buffer.from(q)));
    const expected = Buffer.concat((pieces as Chunk[]).flatMap(bytesOf));
    expect((await readFile(path)).equals(expected)).toBe(true);
  });

  test('a write that fails half-way leaves the previous file whole and no temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pledgebook-csv-'));
    const path = join(dir, 'deals.csv');
    await writeFile(path, 'previous,complete\n');
    async function* failing() {
      yield 'new,header\n';
      throw new Error('disk full');
    }
    await expect(writeChunksSafely(path, failing())).rejects.toThrow('disk full');
    expect(await readFile(path, 'utf8')).toBe('previous,complete\n');
    expect(await readdir(dir)).toEqual(['deals.csv']);
  });

  test('an appended table is the same bytes as one written whole, and appears only when closed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pledgebook-csv-'));
    const rows: Row[] = Array.from({ length: 4_500 }, (_, i) => ({ id: `r${i}`, amount: i, ok: i % 3 === 0, note: i % 7 === 0 ? 'a "quoted", note' : null }));
    const appender = csvAppender(join(dir, 'appended.csv'), columns);
    appender.append(csvRows(rows.slice(0, 1), columns));
    appender.append(csvRows([], columns));
    appender.append(csvRows(rows.slice(1, 4_000), columns));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await readdir(dir)).filter((f) => f === 'appended.csv')).toEqual([]);
    appender.append(csvRows(rows.slice(4_000), columns));
    await appender.close();
    expect(await readFile(join(dir, 'appended.csv'), 'utf8')).toBe(toCsv(rows, columns));
    expect(await readdir(dir)).toEqual(['appended.csv']);
  });

  test('an appender asks its caller to wait once it holds its high-water mark, until the file has caught up', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pledgebook-csv-'));
    const rows: Row[] = Array.from({ length: 3_000 }, (_, i) => ({ id: `r${i}`, amount: i, ok: i % 2 === 0, note: null }));
    const appender = csvAppender(join(dir, 'held.csv'), columns, 1_000);
    const waits: (Promise<void> | null)[] = [];
    let held = 0;
    for (let i = 0; i < rows.length; i += 100) {
      const text = csvRows(rows.slice(i, i + 100), columns);
      appender.append(text);
      held += text.length;
      const wait = appender.room();
      // Below the mark there is room at once; past it, the caller is told to wait.
      if (held < 1_000) expect(wait).toBeNull();
      waits.push(wait);
      if (wait) {
        await wait;
        held = 0;
        // Once the file has caught up, the rows given meanwhile are all it holds.
        expect(appender.room()).toBeNull();
      }
    }
    expect(waits.filter((w) => w !== null).length).toBeGreaterThan(10);
    await appender.close();
    expect(await readFile(join(dir, 'held.csv'), 'utf8')).toBe(toCsv(rows, columns));
  });

  test('a caller waiting for room is let go when the appender is aborted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pledgebook-csv-'));
    const appender = csvAppender(join(dir, 'held.csv'), columns, 10);
    appender.append(csvRows([{ id: 'r1', amount: 1, ok: true, note: 'a long enough note' }], columns));
    const wait = appender.room();
    expect(wait).not.toBeNull();
    await appender.abort(new Error('stopped'));
    await expect(wait).resolves.toBeUndefined();
    expect(appender.room()).toBeNull();
  });

  test('an aborted appender leaves the previous table whole and no temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pledgebook-csv-'));
    await writeFile(join(dir, 'articles.csv'), 'previous,complete\n');
    const appender = csvAppender(join(dir, 'articles.csv'), columns);
    appender.append(csvRows([{ id: 'r1', amount: 1, ok: true, note: null }], columns));
    await appender.abort(new Error('extraction failed'));
    expect(await readFile(join(dir, 'articles.csv'), 'utf8')).toBe('previous,complete\n');
    expect(await readdir(dir)).toEqual(['articles.csv']);
  });
});
