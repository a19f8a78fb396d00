/**
 * The workbook written on a thread of its own, while this thread makes the brief and the browser
 * prints the PDF; and most of the CSV tables written by that thread while this one reconciles and
 * aggregates (run.ts says which, and when).
 *
 * Why: once the extraction workers are done, reconciliation, aggregation and the reports keep only
 * this thread busy, and writing the workbook is the largest part of the reports (about 6 s of the
 * render stage's 9 s at 10,000 articles, with the tables' CSV most of the rest). The thread is
 * started when extraction is done: an idle thread alongside the extraction workers cost them
 * 2-4 CPU-s at 3,000 articles (extraction 1-2 s longer, 3 runs alternated; why is not known), and
 * it loads in about 0.5 s on the core reconciliation leaves idle. The tables known before
 * reconciliation (articles, evidence, projections, projects, rejected) are sent to it at once,
 * queued until it has loaded, and the deals as soon as reconciled, so it has copied them in by the
 * time the reports start.
 *
 * Why not always (workbookThreadWanted): the thread holds a copy of the tables, which a corpus of
 * 100,000 articles cannot afford (see heapGrowth.ts), and a small corpus's workbook takes less time
 * than the browser's jobs, which the reports wait for anyway.
 *
 * Errors as values: a thread that cannot start or dies leaves the workbook to this thread, written
 * by the same code; a failure the writer itself reports (the disk is full) is the run's error, as
 * it would be here.
 */
import { Worker } from 'node:worker_threads';
import type { WorkbookInput, WorkbookTables } from '../tables.ts';
import * as messages from '../messages.ts';
import type { RunMeta } from '../render/viewModel.ts';
import type { CsvTable, WorkbookThreadReply, WorkbookThreadRequest } from '../workbookWorker.ts';
import { workbookChunks } from '../render/workbook.ts';
import { removeTemporaries, writeChunksSafely } from './atomic.ts';
import { writeCsv } from './csv.ts';
import { workbookWorkerEntry, type WorkerEntry } from './workerBundle.ts';
import { BOUNDED_FROM_INPUTS } from './heapGrowth.ts';
import { settleLater } from './settleLater.ts';

/**
 * Inputs from which a run's workbook gets its own thread. The thread pays only when the workbook
 * takes longer than the browser's jobs (chart image, PDF: about 3.5 s from the start of the render
 * stage, the browser's start-up included), which the render stage waits for anyway. Measured,
 * 3 runs alternated against fdc389b (no thread), render stage: 3,000 articles 3.5-4.4 s with the
 * thread, 4.0-4.6 s without (the same: the browser's jobs are the longer part), reconciliation
 * 0.1-0.4 s longer (the thread loads then); 10,000 articles 6.6-7.6 s with, 7.9-8.7 s without.
 */
export const WORKBOOK_THREAD_FROM_INPUTS = 5_000;

/**
 * Whether a run of `inputs` files writes its workbook on its own thread: from
 * WORKBOOK_THREAD_FROM_INPUTS, below the size from which memory is bounded, and never when the
 * user keeps the run in one thread (`--workers 0`).
 */
export function workbookThreadWanted(inputs: number, workers: number): boolean {
  return workers > 0 && inputs >= WORKBOOK_THREAD_FROM_INPUTS && inputs < BOUNDED_FROM_INPUTS;
}

export interface WorkbookThread {
  /**
   * Sends tables ahead of `write` (those already final), with CSV tables for the thread to write
   * meanwhile. Resolves once those are written, by the thread or, if it is lost on
   * the way, by this one; rejects with a writer's own failure. Null (nothing sent, nothing to
   * wait for) when the thread is not made yet or is lost: the caller writes its CSV tables itself.
   */
  send(tables: Partial<WorkbookTables>, csv?: CsvTable[]): Promise<void> | null;
  /**
   * Writes the workbook of `tables` to `path` (whole or not at all, as writeChunksSafely does),
   * with the chart image once `chart` gives it; resolves when the file is in place. Only tables
   * not already sent, as the same arrays, are copied to the thread; aggregates still in the making
   * follow when made.
   */
  write(path: string, tables: WorkbookInput, meta: RunMeta, chart: Promise<Uint8Array | null>): Promise<void>;
  /** Resolves once the thread has loaded and listens (true), or could not start (false). */
  ready(): Promise<boolean>;
  /** Ends the thread (also when `write` was never called). */
  close(): Promise<void>;
}

type Outcome = WorkbookThreadReply | { kind: 'thread lost' };

/** Starts the thread. `entry`: the worker to run (workbookWorkerEntry(), found ahead by the run; tests give others). */
export function startWorkbookThread(entry: Promise<WorkerEntry> = workbookWorkerEntry()): WorkbookThread {
  // Kept once started, so that `send` and `write` post at once rather than after an await: this
  // thread goes on to synchronous work (reconciling, the brief), and the post would wait for it.
  let worker: Worker | null = null;
  let lost = false;
  // Who waits for the thread's answers, in the order they come (see WorkbookThreadReply).
  const csvWaiters: ((outcome: Outcome) => void)[] = [];
  const writeWaiters: ((outcome: Outcome) => void)[] = [];
  const readiness = settleLater<boolean>();
  const loseThread = () => {
    lost = true;
    readiness.give(false);
    for (const waiter of [...csvWaiters.splice(0), ...writeWaiters.splice(0)]) waiter({ kind: 'thread lost' });
  };
  let closed = false;
  const started = entry.then(({ filename, execArgv }) => {
    // Closed before it could start: never made.
    if (closed) {
      readiness.give(false);
      return null;
    }
    const made = new Worker(new URL(filename), { execArgv });
    made.on('message', (reply: WorkbookThreadReply) => {
      if (reply.kind === 'ready') return readiness.give(true);
      const waiter = reply.kind === 'csv written' || reply.kind === 'csv failed' ? csvWaiters.shift() : writeWaiters.shift();
      waiter?.(reply);
    });
    made.once('error', loseThread).once('exit', loseThread);
    worker = made;
    return made;
  });
  // A thread that fails to start is seen by `send` and `write`, which then leave the work here.
  started.catch(loseThread);
  const sent = new Map<string, unknown>();
  /** Posts a request; false when the thread is not up, is lost, or cannot take it. */
  const post = (request: WorkbookThreadRequest): boolean => {
    if (!worker || lost) return false;
    try {
      worker.postMessage(request);
      return true;
    } catch {
      // A value the structured clone cannot copy: the thread is not used from here on.
      loseThread();
      return false;
    }
  };
  /** Posts a request and waits for its answer; 'thread lost' when it cannot be posted or the thread goes. */
  const ask = (request: WorkbookThreadRequest, waiters: ((outcome: Outcome) => void)[]): Promise<Outcome> => {
    const answered = new Promise<Outcome>((resolve) => waiters.push(resolve));
    if (post(request)) return answered;
    waiters.pop();
    return Promise.resolve({ kind: 'thread lost' });
  };
  return {
    send(tables, csv = []) {
      if (!worker || lost) return null;
      const request: WorkbookThreadRequest = { kind: 'tables', tables, csv };
      // Answered only when it has CSV tables to write.
      const answered = csv.length > 0 ? ask(request, csvWaiters) : post(request) ? Promise.resolve(null) : null;
      if (!answered || lost) return null;
      for (const [name, rows] of Object.entries(tables)) sent.set(name, rows);
      return answered.then(async (outcome) => {
        if (outcome?.kind === 'csv failed') throw new Error(outcome.message);
        if (outcome?.kind !== 'thread lost') return;
        // The thread went before it wrote them (it may have left one half-written): written here.
        for (const table of csv) {
          await removeTemporaries(table.path);
          await writeCsv(table.path, table.rows, table.columns as never);
        }
      });
    },
    async write(path, tables, meta, chart) {
      if (!worker && !lost) await started.catch(() => null);
      const { aggregates, ...known } = tables;
      const late = aggregates instanceof Promise;
      const answered = ask({ kind: 'write', path, tables: unsent(late ? known : { ...known, aggregates }, sent), meta }, writeWaiters);
      // The thread writes the deals' sheet meanwhile; the rest waits for the aggregates (a failed
      // aggregation fails the run, which closes the thread).
      if (late) aggregates.then((rows) => post({ kind: 'aggregates', rows }), () => {});
      // The Summary, written last, waits for the chart image.
      chart.then(
        (png) => post({ kind: 'chart', png }),
        () => post({ kind: 'chart', png: null }),
      );
      const outcome = await answered;
      if (outcome.kind === 'written') return;
      if (outcome.kind === 'failed' || outcome.kind === 'csv failed') throw new Error(outcome.message);
      // The thread died (or never started), or the run closed it: what it left half-written goes.
      await removeTemporaries(path);
      // Closed by the run (it failed before the workbook was done): nothing more to write.
      if (closed) throw new Error(messages.reports.workbookThreadClosed(path));
      // Otherwise this thread writes the file.
      await writeChunksSafely(path, workbookChunks(tables, meta, chart));
    },
    ready: () => readiness.promise,
    async close() {
      closed = true;
      lost = true;
      await worker?.terminate();
    },
  };
}

/** The tables the thread does not have yet: not sent, or sent as other arrays. */
function unsent(tables: Partial<WorkbookTables>, sent: ReadonlyMap<string, unknown>): Partial<WorkbookTables> {
  return Object.fromEntries(Object.entries(tables).filter(([name, rows]) => sent.get(name) !== rows)) as Partial<WorkbookTables>;
}
