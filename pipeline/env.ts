/**
 * Side effects a stage or renderer may need, passed in rather than reached for, so tests can fix
 * the clock and capture the log.
 */
import { sizeHeapFor, type HeapStage } from './io/heapGrowth.ts';
import { workbookThreadWanted } from './io/workbookThread.ts';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** A progress display for a long step (a bar in a terminal); absent in tests and pipes. */
export interface Progress {
  advance(done: number): void;
  stop(): void;
}

export interface RunEnv {
  /** The clock: run dates in outputs come from here, never from `new Date()` inside a stage. */
  now(): Date;
  log: Logger;
  progress?: (label: string, total: number) => Progress;
  /**
   * Sets the garbage collector for a corpus of this many inputs, from this stage on (a V8 flag, so
   * process-wide); returns whether the heap's growth is bounded (io/heapGrowth.ts). Only the CLI
   * sets it: tests leave their process as it is.
   */
  sizeHeap?: (inputs: number, stage: HeapStage) => boolean;
  /**
   * Whether a run of this many inputs, with this many extraction workers, writes its workbook on
   * a thread of its own (io/workbookThread.ts). The CLI asks workbookThreadWanted; without the
   * hook the workbook is written in the run's thread.
   */
  workbookThread?: (inputs: number, workers: number) => boolean;
}

export const consoleLogger: Logger = {
  info: (m) => console.log(m),
  warn: (m) => console.error(m),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {} };

export function systemEnv(): RunEnv {
  return { now: () => new Date(), log: consoleLogger, sizeHeap: sizeHeapFor, workbookThread: workbookThreadWanted };
}
