/**
 * The workbook's own thread: receives a run's tables (those known before reconciliation ahead of
 * the rest), writes pledgebook.xlsx with the same code as the main thread would
 * (render/workbook.ts, io/atomic.ts), and says when it is done or why it failed. See
 * io/workbookThread.ts for when a run uses it and why.
 */
import { parentPort } from 'node:worker_threads';
import { workbookChunks } from './render/workbook.ts';
import type { WorkbookTables } from './tables.ts';
import type { RunMeta } from './render/viewModel.ts';
import { writeChunksSafely } from './io/atomic.ts';

/**
 * What the main thread sends: tables ahead of the write (any number of times), the write with
 * the tables not sent before, then the chart image (or null) once drawn.
 */
export type WorkbookThreadRequest =
  | { kind: 'tables'; tables: Partial<WorkbookTables> }
  | { kind: 'write'; path: string; tables: Partial<WorkbookTables>; meta: RunMeta }
  | { kind: 'chart'; png: Uint8Array | null };

/** What this thread answers, once per write. */
export type WorkbookThreadReply = { kind: 'written' } | { kind: 'failed'; message: string };

const port = parentPort;
if (port) {
  let received: Partial<WorkbookTables> = {};
  let giveChart: (png: Uint8Array | null) => void = () => {};
  const chart = new Promise<Uint8Array | null>((resolve) => (giveChart = resolve));
  port.on('message', (request: WorkbookThreadRequest) => {
    if (request.kind === 'tables') {
      received = { ...received, ...request.tables };
    } else if (request.kind === 'chart') {
      giveChart(request.png);
    } else {
      // The main thread sends every table before the write; a missing one is the writer's error, reported as such.
      const tables = { ...received, ...request.tables } as WorkbookTables;
      received = {};
      writeChunksSafely(request.path, workbookChunks(tables, request.meta, chart)).then(
        () => port.postMessage({ kind: 'written' } satisfies WorkbookThreadReply),
        (error: unknown) => port.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies WorkbookThreadReply),
      );
    }
  });
}
