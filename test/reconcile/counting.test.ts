/**
 * countingOf is countDeals's decision without the copies: the reconcile stage gives it each deal's
 * whole from nesting, before the deal has its part_of column.
 */
import { describe, expect, it } from 'vitest';
import { countDeals, countingOf } from '../../pipeline/reconcile/counting.ts';
import type { Status } from '../../pipeline/tables.ts';

const deal = (commitment_id: string, part_of: string | null, status: Status | null, amount: number | null = 1e6) => ({
  commitment_id,
  part_of,
  status,
  amount,
  amount_low: null,
  amount_high: null,
});

const DEALS = [
  deal('w1', null, 'signed'),
  deal('p1', 'w1', 'approved'),
  deal('w2', null, 'under_discussion'),
  deal('p2', 'w2', 'signed'),
  deal('p3', 'p2', 'disbursed'),
  deal('loop1', 'loop2', 'signed'),
  deal('loop2', 'loop1', 'signed'),
  deal('none', null, 'signed', null),
  deal('gone', 'missing', 'cancelled'),
];

describe('countingOf', () => {
  it.each(['pledged', 'signed', 'intended'] as Status[])('gives countDeals\'s tier and count, from %s', (countFrom) => {
    const copied = countDeals(DEALS, countFrom).map((d) => ({ tier: d.tier, counts_toward_total: d.counts_toward_total }));
    expect(countingOf(DEALS, (d) => d.part_of, countFrom)).toEqual(copied);
    // The whole given apart from the deal (as the stage does) decides, not the deal's own column.
    const withoutColumn = DEALS.map((d) => ({ ...d, part_of: null }));
    expect(countingOf(withoutColumn, (_, i) => DEALS[i]!.part_of, countFrom)).toEqual(copied);
  });
  it('does not count a part whose whole counts', () => {
    expect(countingOf(DEALS, (d) => d.part_of, 'pledged').map((c) => c.counts_toward_total)).toEqual([true, false, false, true, false, false, false, false, false]);
  });
});
