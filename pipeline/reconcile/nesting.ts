/**
 * Parts and wholes. A deal is `part_of` another when the article says so (the extractor's link is
 * kept, pointed at the merged deal), or when it is a smaller financing of a project that has a
 * named debt package: an agency's loan for project X sits inside "the $4bn debt package for X".
 * When several packages of one project could hold a part, the largest is taken (the "broader"
 * package), so nesting stays one level deep where the text does not say otherwise. Figures within
 * 2% of each other are not nested: that is more likely one package credited to different lenders.
 */
import type { Commitment } from '../tables.ts';
import * as messages from '../messages.ts';
import { amountsAgree, pointOf } from './amounts.ts';
import { countryCode } from './countries.ts';
import { formatQualified } from './format.ts';
import { sameProject } from './names.ts';
import type { UsdAmounts } from './fx.ts';

export type Nestable = Commitment & UsdAmounts & { merged_ids: string };
export type Nested<T extends Nestable> = T & { part_of: string | null; is_umbrella: boolean; link_reason: string | null };

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

export function nestDeals<T extends Nestable>(deals: readonly T[]): Nested<T>[] {
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
