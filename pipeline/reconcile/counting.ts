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

export function countDeals<T extends Countable>(
  deals: readonly T[],
  countFrom: Status,
): (T & { tier: StatusTier; counts_toward_total: boolean })[] {
  const byId = new Map(deals.map((d) => [d.commitment_id, d]));
  const eligible = (d: T) => pointOf(d) !== null && d.status !== 'cancelled' && isAtOrAbove(d.status, countFrom);
  // The topmost eligible deal of a chain always counts, so a deal counts exactly when it is
  // eligible and none of the wholes above it is.
  const anyAncestorEligible = (d: T): boolean => {
    const seen = new Set([d.commitment_id]);
    let whole = d.part_of === null ? undefined : byId.get(d.part_of);
    while (whole && !seen.has(whole.commitment_id)) {
      if (eligible(whole)) return true;
      seen.add(whole.commitment_id);
      whole = whole.part_of === null ? undefined : byId.get(whole.part_of);
    }
    return false;
  };
  const counts = (d: T) => eligible(d) && !anyAncestorEligible(d);
  // Object.assign rather than a spread with keys added: V8 builds the latter many times slower.
  return deals.map((d) => Object.assign({}, d, { tier: tierOf(d.status), counts_toward_total: counts(d) }));
}
