/**
 * Which deals count toward the headline total (`counts_toward_total`) and their status tier.
 *
 * A deal counts when it has an amount, is not cancelled, its status is `countFrom` or firmer in
 * the order intended < proposed < under_discussion < expected < pledged < agreed < approved <
 * signed < disbursed (STATUSES in tables.ts without `cancelled` and `other`, which never count),
 * and no larger deal it is part of counts already: a part is counted on its own only when its
 * whole is not (a firm loan inside a package still under discussion counts; inside a signed
 * package it does not, the package does).
 */
import type { Status, StatusTier } from '../tables.ts';
import { pointOf } from './amounts.ts';
import { isAtOrAbove, tierOf } from './status.ts';

interface Countable {
  commitment_id: string;
  part_of: string | null;
  status: Status | null;
  amount: number | null;
  amount_low: number | null;
  amount_high: number | null;
}

/** What counting decides for one deal: the columns countDeals sets. */
export interface Counting {
  tier: StatusTier;
  counts_toward_total: boolean;
}

export function countDeals<T extends Countable>(
  deals: readonly T[],
  countFrom: Status,
): (T & { tier: StatusTier; counts_toward_total: boolean })[] {
  const counting = countingOf(deals, (d) => d.part_of, countFrom);
  // Object.assign rather than a spread with keys added: V8 builds the latter many times slower.
  return deals.map((d, i) => Object.assign({}, d, counting[i]!));
}

/**
 * countDeals's decision for each deal, in order, without copying the deals; `partOf` gives each
 * deal's whole (the reconcile stage has it from nesting, not yet in the deal).
 */
export function countingOf<T extends Omit<Countable, 'part_of'>>(
  deals: readonly T[],
  partOf: (deal: T, index: number) => string | null,
  countFrom: Status,
): Counting[] {
  const byId = new Map(deals.map((d, i) => [d.commitment_id, i]));
  const wholeOf = (i: number): number | undefined => {
    const id = partOf(deals[i]!, i);
    return id === null ? undefined : byId.get(id);
  };
  const eligible = (d: T) => pointOf(d) !== null && d.status !== 'cancelled' && isAtOrAbove(d.status, countFrom);
  // The topmost eligible deal of a chain always counts, so a deal counts exactly when it is
  // eligible and none of the wholes above it is.
  const anyAncestorEligible = (i: number): boolean => {
    const seen = new Set([deals[i]!.commitment_id]);
    let whole = wholeOf(i);
    while (whole !== undefined && !seen.has(deals[whole]!.commitment_id)) {
      if (eligible(deals[whole]!)) return true;
      seen.add(deals[whole]!.commitment_id);
      whole = wholeOf(whole);
    }
    return false;
  };
  return deals.map((d, i) => ({ tier: tierOf(d.status), counts_toward_total: eligible(d) && !anyAncestorEligible(i) }));
}
