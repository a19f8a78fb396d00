/** The heap's growth is bounded only for a large corpus (io/heapGrowth.ts says why, with the measurements). */
import { expect, test } from 'vitest';
import { BOUNDED_FROM_INPUTS, boundsHeapGrowth } from '../../pipeline/io/heapGrowth.ts';

test.each([
  [0, false],
  [1, false],
  [10_000, false],
  [BOUNDED_FROM_INPUTS - 1, false],
  [BOUNDED_FROM_INPUTS, true],
  [100_000, true],
])('%i inputs: bounded %s', (inputs, bounded) => {
  expect(boundsHeapGrowth(inputs)).toBe(bounded);
});
