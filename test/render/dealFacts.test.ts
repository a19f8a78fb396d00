import { describe, expect, it } from 'vitest';
import { contribution } from '../../pipeline/aggregate/bounds.ts';
import { pointOf } from '../../pipeline/reconcile/amounts.ts';
import { isAtOrAbove, tierOf } from '../../pipeline/reconcile/status.ts';
import { dealFacts, type DealFacts } from '../../pipeline/render/dealFormulas.ts';
import type { Deal, Status } from '../../pipeline/tables.ts';
import { FIXTURE_TABLES } from '../fixtures/runTables.ts';

/** The rules as first written (a map per step, a spread per row): what dealFacts must still give. */
function reference(deals: readonly Deal[], countFrom: Status): DealFacts[] {
  const index = new Map(deals.map((d, i) => [d.commitment_id, i]));
  const wholeOf = deals.map((d) => (d.part_of === null ? null : (index.get(d.part_of) ?? null)));
  const base = deals.map((d) => {
    const c = contribution({ id: d.commitment_id, point: d.amount_usd, low: d.amount_usd_low, high: d.amount_usd_high, qualifier: d.qualifier });
    const point = d.amount_usd ?? (d.amount_usd_low !== null && d.amount_usd_high !== null ? (d.amount_usd_low + d.amount_usd_high) / 2 : (d.amount_usd_low ?? d.amount_usd_high));
    const hasAmount = pointOf(d) !== null;
    return {
      point, low: c?.low ?? null, value: c?.value ?? null, high: c?.high ?? null, open: c?.open ?? 0, tier: tierOf(d.status),
      summed: d.status !== 'cancelled' && hasAmount && c !== null,
      eligible: hasAmount && d.status !== 'cancelled' && isAtOrAbove(d.status, countFrom),
    };
  });
  return deals.map((_, i) => {
    const own = base[i]!;
    const tiers: string[] = [];
    let eligibleWholes = false;
    let onLoop = false;
    const seen = new Set([i]);
    for (let w = wholeOf[i]; w !== null && w !== undefined; w = wholeOf[w]) {
      if (seen.has(w)) {
        onLoop = onLoop || w === i;
        break;
      }
      seen.add(w);
      if (base[w]!.summed) tiers.push(base[w]!.tier);
      eligibleWholes = eligibleWholes || base[w]!.eligible;
    }
    const summedWholes = tiers.map((t) => `${t};`).join('');
    return {
      ...own, whole: wholeOf[i]! === null ? null : wholeOf[i]! + 1, summedWholes, inNet: own.summed && summedWholes === '',
      inTierNet: own.summed && !tiers.includes(own.tier), eligibleWholes, counted: own.eligible && !eligibleWholes, onLoop,
    };
  });
}

const template = FIXTURE_TABLES.deals[0]!;
function deal(id: string, status: Status, partOf: string | null, usd: number | null, extra: Partial<Deal> = {}): Deal {
  return { ...template, commitment_id: id, status, part_of: partOf, amount_usd: usd, amount: usd, amount_low: null, amount_high: null, amount_usd_low: null, amount_usd_high: null, ...extra };
}

const CASES: [string, Deal[]][] = [
  ['the fixture run', FIXTURE_TABLES.deals],
  ['no deals', []],
  ['an umbrella and its parts, in several tiers', [
    deal('u', 'pledged', null, 3e9), deal('p1', 'signed', 'u', 1e9), deal('p2', 'pledged', 'u', 2e8), deal('p3', 'proposed', 'p1', 5e7),
  ]],
  ['cancelled and amountless wholes', [
    deal('u', 'cancelled', null, 3e9), deal('p', 'pledged', 'u', 1e9), deal('v', 'signed', null, null), deal('q', 'signed', 'v', 4e8),
  ]],
  ['a loop, a deal pointing into a loop, a missing whole, a self-reference', [
    deal('a', 'pledged', 'b', 1e9), deal('b', 'signed', 'c', 2e9), deal('c', 'pledged', 'a', 3e9), deal('d', 'pledged', 'a', 4e8),
    deal('e', 'pledged', 'nowhere', 5e8), deal('f', 'agreed', 'f', 6e8),
  ]],
  ['ranges and open bounds', [
    deal('r', 'pledged', null, null, { amount_usd_low: 1e9, amount_usd_high: 2e9, amount_low: 1e9, amount_high: 2e9 }),
    deal('s', 'pledged', 'r', null, { amount_usd_low: 5e8, amount_low: 5e8, qualifier: 'at_least' } as Partial<Deal>),
  ]],
];

describe('dealFacts gives what the rules as first written give', () => {
  it.each(CASES.flatMap(([name, deals]) => (['pledged', 'signed', 'proposed', 'disbursed'] as Status[]).map((countFrom) => [name, countFrom, deals] as const)))(
    '%s, counting from %s', (_, countFrom, deals) => {
      expect(dealFacts(deals, countFrom)).toStrictEqual(reference(deals, countFrom));
    },
  );
});
