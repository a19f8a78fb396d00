/**
 * Which deals dedupe names in a conflicting_amount check, worked out as dedupe did before it looked
 * only at a handful of members per deal and at field keys that agree: every deal of a group against
 * every other, every member against every member. Kept as the reference the faster search
 * (pipeline/reconcile/dedupe.ts) is tested against.
 */
import type { MergedDeal } from '../../pipeline/reconcile/dedupe.ts';
import { countryCode } from '../../pipeline/reconcile/countries.ts';
import { normaliseText } from '../../pipeline/reconcile/text.ts';
import { compareReports } from '../../pipeline/reconcile/sameDeal.ts';

/** The commitment ids of the deals each check names, one list per check, in the order dedupe raises them. */
export function plainConflicts(deals: readonly MergedDeal[]): string[][] {
  const groups = new Map<string, number[]>();
  deals.forEach((deal, i) => {
    if (deal.row.funder === null || deal.row.project === null) return;
    const key = `${countryCode(deal.row.funder_country) ?? normaliseText(deal.row.funder)}\u0000${normaliseText(deal.row.project)}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const between = (a: MergedDeal, b: MergedDeal) => a.members.some((x) => b.members.some((y) => compareReports(x, y) === 'conflict'));
  const named: string[][] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const conflicted = new Set<number>();
    for (const i of group) {
      if (conflicted.has(i)) continue;
      const j = group.find((k) => k !== i && between(deals[i]!, deals[k]!));
      if (j === undefined) continue;
      conflicted.add(i);
      conflicted.add(j);
    }
    if (conflicted.size >= 2) named.push(group.filter((i) => conflicted.has(i)).map((i) => deals[i]!.row.commitment_id));
  }
  return named;
}
