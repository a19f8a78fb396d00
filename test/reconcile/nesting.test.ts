/**
 * nestDeals looks packages up by project and size instead of trying every package for every part.
 * It must nest exactly as trying every package in order does (the reference below is the plain
 * version it replaced), on hand-made tables and on random ones with ties, currencies, deals with
 * and without USD figures, tolerant project names and stated links that close loops.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Instrument, Status } from '../../pipeline/tables.ts';
import * as messages from '../../pipeline/messages.ts';
import { amountsAgree, pointOf } from '../../pipeline/reconcile/amounts.ts';
import { countryCode } from '../../pipeline/reconcile/countries.ts';
import { formatQualified } from '../../pipeline/reconcile/format.ts';
import { sameProject } from '../../pipeline/reconcile/names.ts';
import { nestDeals, type Nestable, type Nested } from '../../pipeline/reconcile/nesting.ts';
import { deal } from './rows.ts';

function usdPoint(d: Nestable): number | null {
  return pointOf({ amount: d.amount_usd, amount_low: d.amount_usd_low, amount_high: d.amount_usd_high });
}

/** Compare sizes in USD when both have it, else in the shared original currency, else not at all. */
function comparableSizes(a: Nestable, b: Nestable): [number, number] | null {
  const ua = usdPoint(a);
  const ub = usdPoint(b);
  if (ua !== null && ub !== null) return [ua, ub];
  const pa = pointOf(a);
  const pb = pointOf(b);
  if (pa !== null && pb !== null && a.currency !== null && a.currency === b.currency) return [pa, pb];
  return null;
}

function label(d: Nestable): string {
  const figure = d.amount_usd ?? d.amount;
  const currency = d.amount_usd !== null ? 'USD' : (d.currency ?? 'USD');
  const what = d.instrument ? d.instrument.replace(/_/g, ' ') : 'commitment';
  return `${formatQualified(figure, d.qualifier, currency)} ${what}${d.funder ? ` from ${d.funder}` : ''}`;
}

function ancestors(id: string, parentOf: ReadonlyMap<string, string | null>): Set<string> {
  const seen = new Set<string>();
  let current = parentOf.get(id) ?? null;
  while (current !== null && !seen.has(current)) {
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return seen;
}

function pairwiseNestDeals<T extends Nestable>(deals: readonly T[]): Nested<T>[] {
  const dealOf = new Map<string, string>();
  for (const d of deals) for (const id of d.merged_ids.split(';')) dealOf.set(id, d.commitment_id);
  const byId = new Map(deals.map((d) => [d.commitment_id, d]));

  const parentOf = new Map<string, string | null>();
  const reasons = new Map<string, string>();
  for (const d of deals) {
    const whole = d.part_of === null ? null : (dealOf.get(d.part_of) ?? null);
    if (whole !== null && whole !== d.commitment_id) {
      parentOf.set(d.commitment_id, whole);
      reasons.set(d.commitment_id, messages.reconcile.linkStated(label(byId.get(whole)!)));
    } else {
      parentOf.set(d.commitment_id, null);
    }
  }
  // A stated link that would close a loop is dropped rather than followed forever.
  for (const d of deals) if (ancestors(d.commitment_id, parentOf).has(d.commitment_id)) parentOf.set(d.commitment_id, null);

  // Only named packages can hold parts: few deals are, so a large corpus is not compared pair by pair.
  const packages = deals.filter((w) => w.instrument === 'debt_package' && w.status !== 'cancelled' && w.project !== null);
  for (const part of deals) {
    if (parentOf.get(part.commitment_id) !== null || part.project === null) continue;
    let best: { whole: T; size: number } | null = null;
    for (const whole of packages) {
      if (whole === part || !sameProject(whole.project!, part.project)) continue;
      const rc = [countryCode(part.recipient_country), countryCode(whole.recipient_country)];
      if (rc[0] && rc[1] && rc[0] !== rc[1]) continue;
      const sizes = comparableSizes(part, whole);
      if (!sizes || sizes[0] >= sizes[1] || amountsAgree(sizes[0], sizes[1])) continue;
      if (ancestors(whole.commitment_id, parentOf).has(part.commitment_id)) continue;
      if (!best || sizes[1] > best.size) best = { whole, size: sizes[1] };
    }
    if (best) {
      parentOf.set(part.commitment_id, best.whole.commitment_id);
      const project = best.whole.project!;
      reasons.set(
        part.commitment_id,
        part.instrument === 'debt_package'
          ? messages.reconcile.linkPackageInPackage(label(part), label(best.whole), project)
          : messages.reconcile.linkInsidePackage(label(part), label(best.whole), project),
      );
    }
  }

  const umbrellas = new Set([...parentOf.values()].filter((v): v is string => v !== null));
  return deals.map((d) => ({
    ...d,
    part_of: parentOf.get(d.commitment_id) ?? null,
    is_umbrella: umbrellas.has(d.commitment_id),
    link_reason: reasons.get(d.commitment_id) ?? null,
  }));
}

const PROJECTS = ['Salar Lithium Mine', 'Salar lithium project', 'Salar Lithium', 'Salr Lithium', 'Harbour Bridge', 'Sun Valley', 'Sunvalley solar', null] as const;
const COUNTRIES = ['Chile', 'Kenya', 'CHL', null] as const;
const CURRENCIES = ['USD', 'EUR', 'KES', null] as const;
const INSTRUMENTS: (Instrument | null)[] = ['debt_package', 'debt_package', 'loan', 'export_credit', null];
const STATUSES: (Status | null)[] = ['signed', 'expected', 'cancelled', null];
// Sizes with ties and neighbours within 2% (not nested), in two scales.
const AMOUNTS = [null, 1e8, 1.01e8, 2e8, 5e8, 5e8, 1e9, 1.8e9, 2e9] as const;

const dealArb = fc.record({
  project: fc.constantFrom(...PROJECTS),
  country: fc.constantFrom(...COUNTRIES),
  currency: fc.constantFrom(...CURRENCIES),
  instrument: fc.constantFrom(...INSTRUMENTS),
  status: fc.constantFrom(...STATUSES),
  amount: fc.constantFrom(...AMOUNTS),
  range: fc.boolean(),
  usd: fc.constantFrom(null, 1, 0.5, 1.1),
  statedPart: fc.option(fc.integer({ min: 0, max: 30 }), { freq: 4, nil: null }),
});
type Spec = typeof dealArb extends fc.Arbitrary<infer T> ? T : never;

function toDeals(specs: readonly Spec[]): Nestable[] {
  return specs.map((s, i) => {
    const low = s.amount !== null && s.range ? s.amount * 0.9 : null;
    const high = s.amount !== null && s.range ? s.amount * 1.1 : null;
    const amount = s.range ? null : s.amount;
    const usd = (v: number | null) => (v === null || s.usd === null ? null : v * s.usd);
    return deal(`d${i}`, {
      project: s.project, recipient_country: s.country, currency: s.currency, instrument: s.instrument, status: s.status,
      amount, amount_low: low, amount_high: high, amount_usd: usd(amount), amount_usd_low: usd(low), amount_usd_high: usd(high),
      qualifier: s.range ? 'range' : 'exact', funder: i % 3 === 0 ? null : `Lender ${i}`,
      // A stated link names a merged commitment id, as the extractor's links do.
      part_of: s.statedPart === null ? null : `d${s.statedPart}-m`,
      merged_ids: `d${i};d${i}-m`,
    });
  });
}

describe('nestDeals with packages looked up by project and size', () => {
  test('nests as trying every package for every part does', () => {
    fc.assert(
      fc.property(fc.array(dealArb, { maxLength: 30 }), (specs) => {
        const deals = toDeals(specs);
        expect(nestDeals(deals)).toEqual(pairwiseNestDeals(deals));
      }),
      { numRuns: 1000 },
    );
  });

  test.each([
    ['the largest package of the project, the first of two equal ones', [
      deal('part', { project: 'Lamu Port', amount: 1e8, amount_usd: 1e8, instrument: 'loan' }),
      deal('small', { project: 'Lamu port project', amount: 5e8, amount_usd: 5e8, instrument: 'debt_package' }),
      deal('big1', { project: 'Lamu Port', amount: 9e8, amount_usd: 9e8, instrument: 'debt_package' }),
      deal('big2', { project: 'Lamu Port', amount: 9e8, amount_usd: 9e8, instrument: 'debt_package' }),
    ]],
    ['a package in USD against one known only in the part’s currency', [
      deal('part', { project: 'Lamu Port', amount: 1e8, currency: 'KES', amount_usd: 1e6, instrument: 'loan' }),
      deal('usd', { project: 'Lamu Port', amount: 5e6, amount_usd: 5e6, instrument: 'debt_package' }),
      deal('kes', { project: 'Lamu Port', amount: 3e9, currency: 'KES', instrument: 'debt_package' }),
    ]],
    ['a part without USD is compared in its currency only', [
      deal('part', { project: 'Lamu Port', amount: 1e8, currency: 'KES', instrument: 'loan' }),
      deal('usd', { project: 'Lamu Port', amount: 5e9, amount_usd: 5e9, instrument: 'debt_package' }),
      deal('kes', { project: 'Lamu Port', amount: 3e9, currency: 'KES', amount_usd: 2e7, instrument: 'debt_package' }),
    ]],
    ['the largest package in another country, then one within 2%, are passed over', [
      deal('part', { project: 'Lamu Port', amount: 1e8, amount_usd: 1e8, recipient_country: 'Kenya', instrument: 'loan' }),
      deal('elsewhere', { project: 'Lamu Port', amount: 9e8, amount_usd: 9e8, recipient_country: 'Chile', instrument: 'debt_package' }),
      deal('same', { project: 'Lamu Port', amount: 1.01e8, amount_usd: 1.01e8, instrument: 'debt_package' }),
      deal('fits', { project: 'Lamu Port', amount: 3e8, amount_usd: 3e8, recipient_country: 'KEN', instrument: 'debt_package' }),
    ]],
  ])('%s', (_, deals) => {
    expect(nestDeals(deals)).toEqual(pairwiseNestDeals(deals));
  });
});
