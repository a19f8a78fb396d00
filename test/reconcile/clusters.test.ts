/**
 * The cluster index reads candidates as the intersection of unions of ascending lists; that must
 * find the same first candidate as filtering every number by hand, on hand-made and random lists.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { firstInIntersection, Unions } from '../../pipeline/reconcile/clusters.ts';

function bruteForce(unions: readonly (readonly (readonly number[])[])[], test: (x: number) => boolean): number | undefined {
  const sets = unions.map((lists) => new Set(lists.flat()));
  const all = [...new Set(unions.flat(2))].sort((a, b) => a - b);
  return all.find((x) => sets.every((s) => s.has(x)) && test(x));
}

const sortedList = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 25 }).map((xs) => xs.sort((a, b) => a - b));
const unionsArb = fc.array(fc.array(sortedList, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 });

describe('firstInIntersection', () => {
  test.each([
    ['one union, first value', [[[1, 5], [3]]], () => true, 1],
    ['one union, first that passes', [[[1, 5], [3]]], (x: number) => x > 2, 3],
    ['two unions meet late', [[[1, 4, 9]], [[2, 3], [9, 12]]], () => true, 9],
    ['no common value', [[[1, 2]], [[3]]], () => true, undefined],
    ['an empty union', [[[1, 2]], [[]]], () => true, undefined],
  ] as const)('%s', (_, unions, pass, expected) => {
    expect(firstInIntersection(unions as unknown as number[][][], pass)).toBe(expected);
  });

  test('finds what filtering every number finds', () => {
    fc.assert(
      fc.property(unionsArb, fc.integer({ min: 1, max: 7 }), (unions, modulus) => {
        const pass = (x: number) => x % modulus === 0;
        expect(firstInIntersection(unions, pass)).toBe(bruteForce(unions, pass));
      }),
      { numRuns: 2000 },
    );
  });

  test('one Unions reused for search after search finds what a fresh one does', () => {
    // A run gathers every report's lists into the same buffers: what one search leaves there
    // (positions, longer gatherings) must not leak into the next.
    const reused = new Unions();
    fc.assert(
      fc.property(fc.array(fc.tuple(unionsArb, fc.integer({ min: 1, max: 7 })), { minLength: 1, maxLength: 6 }), (searches) => {
        for (const [unions, modulus] of searches) {
          const pass = (x: number) => x % modulus === 0;
          reused.clear();
          for (const lists of unions) {
            for (const list of lists) reused.push(list);
            reused.close();
          }
          expect(reused.first(pass)).toBe(bruteForce(unions, pass));
        }
      }),
      { numRuns: 500 },
    );
  });
});
