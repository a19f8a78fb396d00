/**
 * How fast the JavaScript heap may grow, chosen by the size of the corpus once its inputs are
 * listed, and by the stage. V8 lets its heap grow to several times what is alive before collecting
 * it in full; a run holds every fact to the end and makes a great deal of short-lived garbage, so
 * its peak memory is mostly that slack. Growing the heap by a set share of what is alive instead
 * (`--heap-growing-percent`; V8 reads the flag at each collection, for the main thread and the
 * worker threads alike) bounds the peak, for more collections:
 *
 * - 100,000 bench articles, one run each: peak 2,746 -> 2,360 MB (at the end of extraction 1,894 ->
 *   1,194 MB), 302 -> 311 s, 5% more CPU, with 50% throughout.
 * - 10,000 bench articles, 3 runs each alternated in one window (2026-11-26), medians: peak 633 ->
 *   491 MB, 34.0 -> 35.2 s end to end with 50%; reconciliation took 11-22% more CPU.
 * - 100,000 bench articles with 30% throughout: peak 1,787 MB (1,945 with 50% an hour earlier), but
 *   extraction took 151 s instead of 128 (the workers collect more often) and the run 305 s.
 *
 * So the heap is bounded only for a corpus whose slack would be large: from BOUNDED_FROM_INPUTS
 * inputs, where the default growth would peak past about 1.3 GB (about 64 MB per thousand bench
 * articles); a smaller corpus keeps V8's default growth and runs faster. And it is bounded less
 * while the workers extract (their heaps are small, their garbage plenty) than after, when the
 * main thread alone holds every fact and reconciliation adds its own.
 */
import { setFlagsFromString } from 'node:v8';

export const BOUNDED_FROM_INPUTS = 20_000;

/** The stages a run sets the heap for: extraction (workers and main thread), and everything after it (main thread only). */
export type HeapStage = 'extract' | 'after extract';

/** Percent the heap may grow past what is alive, per stage, for a large corpus. */
export const HEAP_GROWING_PERCENT: Record<HeapStage, number> = { extract: 50, 'after extract': 30 };

/** Whether a corpus of this many inputs gets a bounded heap growth. */
export function boundsHeapGrowth(inputs: number): boolean {
  return inputs >= BOUNDED_FROM_INPUTS;
}

/**
 * Sets the process's heap growth for a corpus of this many inputs, from this stage on; returns
 * whether it is bounded. Process-wide: called by the CLI's runs, before the worker threads start
 * and again once they are done.
 */
export function sizeHeapFor(inputs: number, stage: HeapStage): boolean {
  const bounded = boundsHeapGrowth(inputs);
  if (bounded) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT[stage]}`);
  return bounded;
}
