/**
 * Money totals over deals, in USD: gross (every amount-bearing deal, parts and wholes alike),
 * net (no part added to a whole that is summed too), counted (the headline: counts_toward_total),
 * per status tier, and net per funder, funder country, recipient country, instrument and sector.
 */
import type { Aggregate, Deal } from '../tables.ts';
import * as messages from '../messages.ts';
import { STATUS_TIERS } from '../tables.ts';
import { formatMoney } from '../reconcile/format.ts';
import { contribution, sumAll, sumByKey, type BoundedSum, type Contribution } from './bounds.ts';

const UNKNOWN = '(unknown)';

function usdFigure(d: Deal): Contribution | null {
  return contribution({ id: d.commitment_id, point: d.amount_usd, low: d.amount_usd_low, high: d.amount_usd_high, qualifier: d.qualifier });
}

const hasAmount = (d: Deal) => d.amount !== null || d.amount_low !== null || d.amount_high !== null;

/**
 * The deals of `universe` none of whose wholes (walking part_of up) is also in `universe`: a part
 * is left out only when its whole is summed with it.
 */
export function topLevel(universe: readonly Deal[], all: readonly Deal[]): Deal[] {
  return topLevelIn(universe, new Map(all.map((d) => [d.commitment_id, d])));
}

function topLevelIn(universe: readonly Deal[], byId: ReadonlyMap<string, Deal>): Deal[] {
  const inside = new Set(universe.map((d) => d.commitment_id));
  return universe.filter((d) => {
    const seen = new Set([d.commitment_id]);
    let whole = d.part_of === null ? undefined : byId.get(d.part_of);
    while (whole && !seen.has(whole.commitment_id)) {
      if (inside.has(whole.commitment_id)) return false;
      seen.add(whole.commitment_id);
      whole = whole.part_of === null ? undefined : byId.get(whole.part_of);
    }
    return true;
  });
}

function boundsText(sum: BoundedSum): string {
  return messages.aggregate.boundsNote(
    sum.lowerBounds,
    sum.upperBounds,
    formatMoney(sum.value_low),
    sum.value_high === null ? null : formatMoney(sum.value_high),
  );
}

function row(metric: string, dimension: string, sum: BoundedSum, explanation: string): Aggregate {
  return {
    metric,
    dimension,
    key: sum.key,
    value_low: sum.value_low,
    value: sum.value,
    value_high: sum.value_high,
    unit: 'USD',
    rows: sum.ids.join(';'),
    explanation: `${explanation}; ${messages.aggregate.valueNote}`,
  };
}

export function moneyTotals(deals: readonly Deal[]): Aggregate[] {
  // Each deal's figure is worked out once, not once for every total it is in.
  const figures = new Map(deals.map((d) => [d, usdFigure(d)]));
  const figureOf = (d: Deal) => figures.get(d) ?? null;
  const hasUsd = (d: Deal) => figureOf(d) !== null;
  const total = (set: readonly Deal[], key = 'all'): BoundedSum => ({
    ...sumAll(set.map(figureOf).filter((c): c is Contribution => c !== null)),
    key,
  });
  const byId = new Map(deals.map((d) => [d.commitment_id, d]));

  const live = deals.filter((d) => d.status !== 'cancelled' && hasAmount(d));
  const noUsd = (set: readonly Deal[]) => messages.aggregate.leftOutNoUsd(set.filter((d) => !hasUsd(d)).length);
  const summable = live.filter(hasUsd);
  const out: Aggregate[] = [];

  const gross = total(summable);
  out.push(row('total_pledged', 'all', { ...gross, key: 'gross' }, messages.aggregate.totalGross(gross.ids.length, boundsText(gross), noUsd(live))));

  const netDeals = topLevelIn(summable, byId);
  const net = total(netDeals);
  out.push(row('total_pledged', 'all', { ...net, key: 'net' }, messages.aggregate.totalNet(net.ids.length, boundsText(net), noUsd(live))));

  const countedDeals = deals.filter((d) => d.counts_toward_total);
  const counted = total(countedDeals.filter(hasUsd));
  out.push(
    row('total_pledged', 'all', { ...counted, key: 'counted' }, messages.aggregate.totalCounted(counted.ids.length, boundsText(counted), noUsd(countedDeals))),
  );

  for (const [tier, statuses] of Object.entries(STATUS_TIERS)) {
    const inTier = live.filter((d) => d.tier === tier);
    const sum = total(topLevelIn(inTier.filter(hasUsd), byId), tier);
    out.push(row('total_pledged', 'status_tier', sum, messages.aggregate.totalTier(sum.ids.length, tier, statuses.join(', '), boundsText(sum), noUsd(inTier))));
  }

  const netFigures = netDeals.flatMap((d) => {
    const c = figureOf(d);
    return c ? [{ c, d }] : [];
  });
  const dimensions = ['funder', 'funder_country', 'recipient_country', 'instrument', 'sector'] as const;
  for (const dimension of dimensions) {
    const sums = sumByKey(
      netFigures.map((f) => f.c),
      netFigures.map((f) => f.d[dimension] ?? UNKNOWN),
    );
    for (const sum of sums) {
      out.push(row('total_pledged', dimension, sum, messages.aggregate.totalBy(sum.ids.length, dimension.replace(/_/g, ' '), boundsText(sum))));
    }
  }
  return out;
}
