/**
 * sumByKey builds its table from columns; it must sum exactly as the table built from one object
 * per row did (same float sums, same id order), and contribution must read every qualifier as before.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import * as aq from 'arquero';
import { QUALIFIERS, type Qualifier } from '../../pipeline/tables.ts';
import { contribution, sumAll, sumByKey, type Contribution } from '../../pipeline/aggregate/bounds.ts';

/** The object-per-row version sumByKey replaced. */
function sumByKeyFromRows(rows: readonly (Contribution & { key: string })[]) {
  if (rows.length === 0) return [];
  const table = aq
    .from(rows as (Contribution & { key: string })[])
    .groupby('key')
    .rollup({
      value_low: aq.op.sum('low'), value: aq.op.sum('value'), value_high: aq.op.sum('high'), open: aq.op.max('open'),
      ids: aq.op.array_agg('id'), lowerBounds: aq.op.sum('lowerBound'), upperBounds: aq.op.sum('upperBound'),
    })
    .orderby('key');
  return (table.objects() as Record<string, unknown>[]).map((r) => ({
    key: String(r.key), value_low: Number(r.value_low), value: Number(r.value), value_high: Number(r.open) > 0 ? null : Number(r.value_high),
    ids: r.ids as string[], lowerBounds: Number(r.lowerBounds), upperBounds: Number(r.upperBounds),
  }));
}

const figureArb = fc.record({
  point: fc.option(fc.double({ min: 0, max: 1e10, noNaN: true }), { nil: null }),
  low: fc.option(fc.double({ min: 0, max: 1e10, noNaN: true }), { nil: null }),
  high: fc.option(fc.double({ min: 0, max: 1e10, noNaN: true }), { nil: null }),
  qualifier: fc.constantFrom<Qualifier | null>(...QUALIFIERS, null),
  key: fc.constantFrom('Kenya', 'Peru', '(unknown)', 'chile'),
});

describe('sumByKey', () => {
  test('sums per key as the table of row objects did', () => {
    fc.assert(
      fc.property(fc.array(figureArb, { maxLength: 60 }), (specs) => {
        const rows = specs.flatMap((s, i) => {
          const c = contribution({ id: `r${i}`, point: s.point, low: s.low, high: s.high, qualifier: s.qualifier });
          return c ? [{ c, key: s.key }] : [];
        });
        expect(sumByKey(rows.map((r) => r.c), rows.map((r) => r.key))).toEqual(sumByKeyFromRows(rows.map((r) => ({ ...r.c, key: r.key }))));
      }),
      { numRuns: 300 },
    );
  });

  test('sumAll of nothing is zero', () => {
    expect(sumAll([])).toEqual({ key: 'all', value_low: 0, value: 0, value_high: 0, ids: [], lowerBounds: 0, upperBounds: 0 });
  });
});

describe('contribution', () => {
  test.each([
    ['exact', { point: 5, low: null, high: null }, { low: 5, value: 5, high: 5, open: 0, lowerBound: 0, upperBound: 0 }],
    ['about', { point: 5, low: null, high: null }, { low: 5, value: 5, high: 5, open: 0, lowerBound: 0, upperBound: 0 }],
    ['over', { point: 5, low: null, high: null }, { low: 5, value: 5, high: 0, open: 1, lowerBound: 1, upperBound: 0 }],
    ['at_least', { point: null, low: 4, high: null }, { low: 4, value: 4, high: 0, open: 1, lowerBound: 1, upperBound: 0 }],
    ['up_to', { point: null, low: null, high: 7 }, { low: 0, value: 0, high: 7, open: 0, lowerBound: 0, upperBound: 1 }],
    ['range', { point: null, low: 2, high: 6 }, { low: 2, value: 4, high: 6, open: 0, lowerBound: 0, upperBound: 0 }],
    [null, { point: 3, low: null, high: null }, { low: 3, value: 3, high: 3, open: 0, lowerBound: 0, upperBound: 0 }],
  ] as const)('%s', (qualifier, figure, expected) => {
    expect(contribution({ id: 'x', qualifier, ...figure })).toEqual({ id: 'x', ...expected });
  });
  test('no figure, no contribution', () => {
    expect(contribution({ id: 'x', point: null, low: null, high: null, qualifier: 'exact' })).toBeNull();
  });
});
