/**
 * The workbook's own thread (io/workbookThread.ts): the same file as in the run's thread, tables
 * sent ahead used only while they are the ones given, and a thread that dies or never starts
 * leaving the workbook to the run's thread, with nothing half-written behind.
 */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildWorkbook, workbookChunks } from '../../pipeline/render/workbook.ts';
import { writeChunksSafely } from '../../pipeline/io/atomic.ts';
import { startWorkbookThread, workbookThreadWanted, WORKBOOK_THREAD_FROM_INPUTS, type WorkbookThread } from '../../pipeline/io/workbookThread.ts';
import { BOUNDED_FROM_INPUTS } from '../../pipeline/io/heapGrowth.ts';
import type { WorkerEntry } from '../../pipeline/io/workerBundle.ts';
import { TABLE_COLUMNS, type WorkbookTables } from '../../pipeline/tables.ts';
import { toCsv } from '../../pipeline/io/csv.ts';
import { FIXTURE_META, FIXTURE_TABLES } from '../fixtures/runTables.ts';

const { commitments: _commitments, corrections: _corrections, ...SHOWN } = FIXTURE_TABLES;
const TABLES: WorkbookTables = SHOWN;

/** Every part of a zip, by name (the zip's own timestamps aside). */
async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) out.set(name, await zip.files[name]!.async('string'));
  return out;
}

async function inThread(tables: WorkbookTables): Promise<Map<string, string>> {
  return parts(await buildWorkbook(tables, FIXTURE_META, null));
}

async function withThread<T>(work: (thread: WorkbookThread, dir: string) => Promise<T>, entry?: Promise<WorkerEntry>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'pledgebook-wbthread-'));
  const thread = startWorkbookThread(entry);
  try {
    return await work(thread, dir);
  } finally {
    await thread.close();
  }
}

const testWorker = (file: string): Promise<WorkerEntry> =>
  Promise.resolve({ filename: pathToFileURL(join(import.meta.dirname, '../fixtures', file)).href, execArgv: [], bundled: false });

describe('workbookThreadWanted', () => {
  test.each([
    [WORKBOOK_THREAD_FROM_INPUTS - 1, 2, false],
    [WORKBOOK_THREAD_FROM_INPUTS, 2, true],
    [WORKBOOK_THREAD_FROM_INPUTS, 1, true],
    [BOUNDED_FROM_INPUTS - 1, 2, true],
    [BOUNDED_FROM_INPUTS, 2, false],
    [10_000, 0, false],
  ])('%i inputs on %i workers: %s', (inputs, workers, wanted) => {
    expect(workbookThreadWanted(inputs, workers)).toBe(wanted);
  });
});

describe('startWorkbookThread', () => {
  test('the workbook written on the thread is the one written in this thread, part for part', async () => {
    const written = await withThread(async (thread, dir) => {
      const path = join(dir, 'pledgebook.xlsx');
      await thread.write(path, TABLES, FIXTURE_META, Promise.resolve(null));
      return { bytes: await readFile(path), left: await readdir(dir) };
    });
    expect(await parts(written.bytes)).toEqual(await inThread(TABLES));
    expect(written.left).toEqual(['pledgebook.xlsx']);
  }, 60_000);

  test('aggregates that come late (the deals sheet is written first) give the same workbook, on the thread and here', async () => {
    let give: (rows: WorkbookTables['aggregates']) => void = () => {};
    const late = new Promise<WorkbookTables['aggregates']>((resolve) => (give = resolve));
    const written = await withThread(async (thread, dir) => {
      const path = join(dir, 'pledgebook.xlsx');
      const writing = thread.write(path, { ...TABLES, aggregates: late }, FIXTURE_META, Promise.resolve(null));
      setTimeout(() => give(TABLES.aggregates), 200);
      await writing;
      return readFile(path);
    });
    const expected = await inThread(TABLES);
    expect(await parts(written)).toEqual(expected);
    expect(await parts(await buildWorkbook({ ...TABLES, aggregates: Promise.resolve(TABLES.aggregates) }, FIXTURE_META, null))).toEqual(expected);
  }, 60_000);

  test('a write the run gave up on (closed before it was done) is not written here instead, and leaves nothing behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pledgebook-wbthread-'));
    const thread = startWorkbookThread();
    expect(await thread.ready()).toBe(true);
    const path = join(dir, 'pledgebook.xlsx');
    // The aggregates never come (the run failed while aggregating), and the run closes the thread.
    const writing = thread.write(path, { ...TABLES, aggregates: new Promise(() => {}) }, FIXTURE_META, Promise.resolve(null)).then(() => null, (e: unknown) => e);
    // Until the thread has written the deals' sheet into its temporary file and waits.
    for (let i = 0; i < 100 && !(await readdir(dir)).some((n) => n.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 20));
    expect((await readdir(dir)).some((n) => n.endsWith('.tmp'))).toBe(true);
    await thread.close();
    expect(await writing).toBeInstanceOf(Error);
    expect(await readdir(dir)).toEqual([]);
  }, 60_000);

  test('tables sent ahead are used while they are the ones given; one replaced since is sent again', async () => {
    const { articles, evidence, projects } = TABLES;
    const replaced: WorkbookTables = { ...TABLES, evidence: evidence.slice(0, 1) };
    const written = await withThread(async (thread, dir) => {
      // Sent ahead: the evidence as it was, then the write gives another array (as a correction would).
      thread.send({ articles, evidence, projects });
      const path = join(dir, 'pledgebook.xlsx');
      await thread.write(path, replaced, FIXTURE_META, Promise.resolve(null));
      return readFile(path);
    });
    const got = await parts(written);
    expect(got).toEqual(await inThread(replaced));
    expect(got).not.toEqual(await inThread(TABLES));
  }, 60_000);

  test('CSV tables sent ahead are written by the thread, the same bytes as here, while it keeps the tables for the workbook', async () => {
    const out = await withThread(async (thread, dir) => {
      const csv = (['evidence', 'projects'] as const).map((name) => ({ path: join(dir, `${name}.csv`), columns: TABLE_COLUMNS[name] as readonly string[], rows: TABLES[name] }));
      expect(await thread.ready()).toBe(true);
      const written = thread.send({ evidence: TABLES.evidence, projects: TABLES.projects }, csv);
      expect(written).not.toBeNull();
      await written;
      const path = join(dir, 'pledgebook.xlsx');
      await thread.write(path, TABLES, FIXTURE_META, Promise.resolve(null));
      return { evidence: await readFile(join(dir, 'evidence.csv'), 'utf8'), projects: await readFile(join(dir, 'projects.csv'), 'utf8'), xlsx: await readFile(path), left: (await readdir(dir)).sort() };
    });
    expect(out.evidence).toBe(toCsv(TABLES.evidence, TABLE_COLUMNS.evidence));
    expect(out.projects).toBe(toCsv(TABLES.projects, TABLE_COLUMNS.projects));
    expect(await parts(out.xlsx)).toEqual(await inThread(TABLES));
    expect(out.left).toEqual(['evidence.csv', 'pledgebook.xlsx', 'projects.csv']);
  }, 60_000);

  test('a thread that dies while writing CSV tables leaves them, and then the workbook, to this thread', async () => {
    const out = await withThread(async (thread, dir) => {
      const csv = [{ path: join(dir, 'evidence.csv'), columns: TABLE_COLUMNS.evidence as readonly string[], rows: TABLES.evidence }];
      expect(await thread.ready()).toBe(true);
      const written = thread.send({ evidence: TABLES.evidence }, csv);
      expect(written).not.toBeNull();
      await written;
      const path = join(dir, 'pledgebook.xlsx');
      await thread.write(path, TABLES, FIXTURE_META, Promise.resolve(null));
      return { evidence: await readFile(join(dir, 'evidence.csv'), 'utf8'), xlsx: await readFile(path), left: (await readdir(dir)).sort() };
    }, testWorker('dyingWorkbookWorker.mjs'));
    expect(out.evidence).toBe(toCsv(TABLES.evidence, TABLE_COLUMNS.evidence));
    expect(await parts(out.xlsx)).toEqual(await inThread(TABLES));
    expect(out.left).toEqual(['evidence.csv', 'pledgebook.xlsx']);
  }, 60_000);

  test('a thread that is not up yet takes nothing ahead: the caller writes its CSV tables', async () => {
    const thread = startWorkbookThread(new Promise(() => {}));
    expect(thread.send({ evidence: TABLES.evidence }, [])).toBeNull();
    await thread.close();
    // And one that cannot start says so.
    const none = startWorkbookThread(testWorker('no-such-worker.mjs'));
    expect(await none.ready()).toBe(false);
    await none.close();
  });

  test('a thread that dies halfway leaves the workbook to this thread, and its half-written file is removed', async () => {
    const written = await withThread(async (thread, dir) => {
      const path = join(dir, 'pledgebook.xlsx');
      await thread.write(path, TABLES, FIXTURE_META, Promise.resolve(null));
      return { bytes: await readFile(path), left: await readdir(dir) };
    }, testWorker('dyingWorkbookWorker.mjs'));
    expect(await parts(written.bytes)).toEqual(await inThread(TABLES));
    expect(written.left).toEqual(['pledgebook.xlsx']);
  }, 60_000);

  test('a thread that cannot start leaves the workbook to this thread', async () => {
    const bytes = await withThread(async (thread, dir) => {
      const path = join(dir, 'pledgebook.xlsx');
      await thread.write(path, TABLES, FIXTURE_META, Promise.resolve(null));
      return readFile(path);
    }, testWorker('no-such-worker.mjs'));
    expect(await parts(bytes)).toEqual(await inThread(TABLES));
  }, 60_000);

  test("a failure the writer reports is the write's error, the same as in this thread", async () => {
    const outcome = await withThread(async (thread, dir) => {
      const notAFolder = join(dir, 'file');
      await writeFile(notAFolder, 'x');
      const path = join(notAFolder, 'pledgebook.xlsx');
      const failed = (write: Promise<void>) => write.then(() => null, (e: unknown) => e);
      return {
        there: await failed(thread.write(path, TABLES, FIXTURE_META, Promise.resolve(null))),
        here: await failed(writeChunksSafely(path, workbookChunks(TABLES, FIXTURE_META, null))),
      };
    });
    expect(outcome.there).toBeInstanceOf(Error);
    expect((outcome.there as Error).message).toBe((outcome.here as Error).message);
    expect((outcome.there as Error).message).toContain('/file');
  }, 60_000);
});
