/**
 * The workbook written on a thread of its own, while this thread writes the tables' CSV and the
 * brief, and the browser prints the PDF.
 *
 * Why: once the extraction workers are done, reconciliation, aggregation and the reports keep only
 * this thread busy, and writing the workbook is the largest part of the reports (about 6 s of the
 * render stage's 9 s at 10,000 articles, with the tables' CSV most of the rest). The thread is
 * started with the run, so it has loaded exceljs before it is needed, and the tables known before
 * reconciliation (articles, evidence, projections, projects, rejected: most of the bytes) are sent
 * while this thread reconciles, so the thread has copied them in by the time the deals follow.
 *
 * Why not always (workbookThreadWanted): the thread holds a copy of the tables, which a corpus of
 * 100,000 articles cannot afford (see heapGrowth.ts), and a small corpus's workbook takes less time
 * than starting the thread.
 *
 * Errors as values: a thread that cannot start or dies leaves the workbook to this thread, written
 * by the same code; a failure the writer itself reports (the disk is full) is the run's error, as
 * it would be here.
 */
import { Worker } from 'node:worker_threads';
import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { WorkbookTables } from '../tables.ts';
import type { RunMeta } from '../render/viewModel.ts';
import type { WorkbookThreadReply, WorkbookThreadRequest } from '../workbookWorker.ts';
import { workbookChunks } from '../render/workbook.ts';
import { writeChunksSafely } from './atomic.ts';
import { workbookWorkerEntry, type WorkerEntry } from './workerBundle.ts';
import { BOUNDED_FROM_INPUTS } from './heapGrowth.ts';

/** Inputs from which a run's workbook gets its own thread (measured: see the README's Speed section). */
export const WORKBOOK_THREAD_FROM_INPUTS = 2_000;

/**
 * Whether a run of `inputs` files writes its workbook on its own thread: from
 * WORKBOOK_THREAD_FROM_INPUTS, below the size from which memory is bounded, and never when the
 * user keeps the run in one thread (`--workers 0`).
 */
export function workbookThreadWanted(inputs: number, workers: number): boolean {
  return workers > 0 && inputs >= WORKBOOK_THREAD_FROM_INPUTS && inputs < BOUNDED_FROM_INPUTS;
}

export interface WorkbookThread {
  /** Sends tables ahead of `write` (those final before reconciliation); nothing when the thread is not up yet. */
  send(tables: Partial<WorkbookTables>): void;
  /**
   * Writes the workbook of `tables` to `path` (whole or not at all, as writeChunksSafely does),
   * with the chart image once `chart` gives it; resolves when the file is in place. Only tables
   * not already sent, as the same arrays, are copied to the thread.
   */
  write(path: string, tables: WorkbookTables, meta: RunMeta, chart: Promise<Uint8Array | null>): Promise<void>;
  /** Ends the thread (also when `write` was never called). */
  close(): Promise<void>;
}

/** Starts the thread; it loads while the run extracts. `entry`: the worker to run (tests give others). */
export function startWorkbookThread(entry: Promise<WorkerEntry> = workbookWorkerEntry()): WorkbookThread {
  // Kept once started, so that `send` and `write` post at once rather than after an await: this
  // thread goes on to synchronous work (reconciling, the brief), and the post would wait for it.
  let worker: Worker | null = null;
  let lost = false;
  const started = entry.then(({ filename, execArgv }) => {
    const made = new Worker(new URL(filename), { execArgv });
    made.once('error', () => (lost = true)).once('exit', () => (lost = true));
    worker = made;
    return made;
  });
  // A thread that fails to start is seen by `write`, which then writes here.
  started.catch(() => (lost = true));
  const sent = new Map<string, unknown>();
  const post = (request: WorkbookThreadRequest): boolean => {
    try {
      worker!.postMessage(request);
      return true;
    } catch {
      // A value the structured clone cannot copy: the thread is not used.
      lost = true;
      return false;
    }
  };
  return {
    send(tables) {
      if (!worker || lost) return;
      if (post({ kind: 'tables', tables })) for (const [name, rows] of Object.entries(tables)) sent.set(name, rows);
    },
    async write(path, tables, meta, chart) {
      if (!worker && !lost) await started.catch(() => null);
      const outcome = worker && !lost ? await writeOn(worker, path, unsent(tables, sent), meta, chart, post) : ({ kind: 'thread lost' } as const);
      if (outcome.kind === 'written') return;
      if (outcome.kind === 'failed') throw new Error(outcome.message);
      // The thread died (or never started): what it left half-written goes, and this thread writes the file.
      await removeTemporaries(path);
      await writeChunksSafely(path, workbookChunks(tables, meta, chart));
    },
    async close() {
      lost = true;
      const made = await started.catch(() => null);
      await made?.terminate();
    },
  };
}

/** The tables the thread does not have yet: not sent, or sent as other arrays. */
function unsent(tables: WorkbookTables, sent: ReadonlyMap<string, unknown>): Partial<WorkbookTables> {
  return Object.fromEntries(Object.entries(tables).filter(([name, rows]) => sent.get(name) !== rows)) as Partial<WorkbookTables>;
}

type Outcome = WorkbookThreadReply | { kind: 'thread lost' };

function writeOn(
  worker: Worker,
  path: string,
  tables: Partial<WorkbookTables>,
  meta: RunMeta,
  chart: Promise<Uint8Array | null>,
  post: (request: WorkbookThreadRequest) => boolean,
): Promise<Outcome> {
  return new Promise<Outcome>((resolve) => {
    const settle = (outcome: Outcome) => {
      worker.off('message', settle).off('error', lose).off('exit', lose);
      resolve(outcome);
    };
    const lose = () => settle({ kind: 'thread lost' });
    worker.once('message', settle).once('error', lose).once('exit', lose);
    if (!post({ kind: 'write', path, tables, meta })) {
      lose();
      return;
    }
    chart.then(
      (png) => post({ kind: 'chart', png }),
      () => post({ kind: 'chart', png: null }),
    );
  });
}

/** The thread's temporary files for `path` (writeChunksSafely names them `<name>.<pid>.<random>.tmp`; the thread shares the pid). */
async function removeTemporaries(path: string): Promise<void> {
  const prefix = `${basename(path)}.${process.pid}.`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp')).map((n) => unlink(join(dirname(path), n)).catch(() => {})));
}
