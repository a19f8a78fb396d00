/**
 * The workbook's own thread: receives a run's tables (those known before reconciliation ahead of
 * the rest, with the CSV tables it is to write meanwhile), writes pledgebook.xlsx with the same
 * code as the main thread would (render/workbook.ts, io/atomic.ts, io/csv.ts), and says when each
 * piece of work is done or why it failed. See io/workbookThread.ts for when a run uses it and why.
 */
import { parentPort } from 'node:worker_threads';
import { workbookChunks } from './render/workbook.ts';
import type { Aggregate, WorkbookInput, WorkbookTables } from './tables.ts';
import type { RunMeta } from './render/viewModel.ts';
import { writeChunksSafely } from './io/atomic.ts';
import { writeCsv } from './io/csv.ts';
import { settleLater } from './io/settleLater.ts';

/** A table to write as CSV (io/csv.ts writeCsv). */
export interface CsvTable {
  path: string;
  columns: readonly string[];
  rows: readonly object[];
}

/**
 * What the main thread sends: tables ahead of the write, with CSV tables to write now (in one
 * message, so rows the two share are copied once); the write with the tables not sent before
 * (maybe without the aggregates, which then follow: the first sheet needs none); then the chart
 * image (or null) once drawn.
 */
export type WorkbookThreadRequest =
  | { kind: 'tables'; tables: Partial<WorkbookTables>; csv: CsvTable[] }
  | { kind: 'write'; path: string; tables: Partial<WorkbookTables>; meta: RunMeta }
  | { kind: 'aggregates'; rows: Aggregate[] }
  | { kind: 'chart'; png: Uint8Array | null };

/**
 * What this thread says: that it is loaded and listening (first, once); then once per `tables`
 * message with CSV tables, and once per write, in the order asked.
 */
export type WorkbookThreadReply =
  | { kind: 'ready' }
  | { kind: 'csv written' }
  | { kind: 'csv failed'; message: string }
  | { kind: 'written' }
  | { kind: 'failed'; message: string };

const port = parentPort;
if (port) {
  let received: Partial<WorkbookTables> = {};
  const chart = settleLater<Uint8Array | null>();
  const lateAggregates = settleLater<Aggregate[]>();
  const reply = (message: WorkbookThreadReply) => port.postMessage(message);
  const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
  // The CSV tables are written one after another, and the workbook after them: the two would only
  // share this thread's time, and the tables are wanted first (they are written while the main
  // thread reconciles).
  let csvDone: Promise<unknown> = Promise.resolve();
  port.on('message', (request: WorkbookThreadRequest) => {
    if (request.kind === 'tables') {
      received = { ...received, ...request.tables };
      if (request.csv.length === 0) return;
      csvDone = (async () => {
        for (const table of request.csv) await writeCsv(table.path, table.rows, table.columns as never);
      })().then(
        () => reply({ kind: 'csv written' }),
        (error: unknown) => reply({ kind: 'csv failed', message: reason(error) }),
      );
    } else if (request.kind === 'chart') {
      chart.give(request.png);
    } else if (request.kind === 'aggregates') {
      lateAggregates.give(request.rows);
    } else {
      // The main thread sends every table before the write (the aggregates maybe after it); a
      // missing one is the writer's error, reported as such.
      const given = { ...received, ...request.tables };
      const tables: WorkbookInput = { ...(given as WorkbookTables), aggregates: given.aggregates ?? lateAggregates.promise };
      received = {};
      void csvDone.then(() => writeChunksSafely(request.path, workbookChunks(tables, request.meta, chart.promise))).then(
        () => reply({ kind: 'written' }),
        (error: unknown) => reply({ kind: 'failed', message: reason(error) }),
      );
    }
  });
  reply({ kind: 'ready' });
}
