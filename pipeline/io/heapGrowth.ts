/**
 * How fast the JavaScript heap may grow, chosen by the size of the corpus once its inputs are
 * listed. V8 lets its heap grow to several times what is alive before collecting it in full; a run
 * holds every fact to the end and makes a great deal of short-lived garbage, so its peak memory is
 * mostly that slack. Growing the heap by half of what is alive instead (`--heap-growing-percent=50`;
 * V8 reads the flag at each collection, for the main thread and the worker threads alike) bounds
 * the peak, for more collections:
 *
 * - 100,000 bench articles, one run each: peak 2,746 -> 2,360 MB (at the end of extraction 1,894 ->
 *   1,194 MB), 302 -> 311 s, 5% more CPU.
 * - 10,000 bench articles, 3 runs each alternated in one window (2026-11-26), medians: peak 631 ->
 *   491 MB, 34.0 -> 35.2 s end to end; reconciliation took 12-20% more CPU.
 *
 * So the heap is bounded only for a corpus whose slack would be large: from BOUNDED_FROM_INPUTS
 * inputs, where the default growth would peak past about 1.3 GB (about 64 MB per thousand bench
 * articles); a smaller corpus keeps V8's default growth and runs faster.
 */
import { setFlagsFromString } from 'node:v8';

export const BOUNDED_FROM_INPUTS = 20_000;

/** Whether a corpus of this many inputs gets a bounded heap growth. */
export function boundsHeapGrowth(inputs: number): boolean {
  return inputs >= BOUNDED_FROM_INPUTS;
}

/**
 * Sets the process's heap growth for a corpus of this many inputs; returns whether it is bounded.
 * Process-wide and for the rest of the process: called once per run, by the CLI, before the
 * worker threads start.
 */
export function sizeHeapFor(inputs: number): boolean {
  const bounded = boundsHeapGrowth(inputs);
  if (bounded) setFlagsFromString('--heap-growing-percent=50');
  return bounded;
}
