/**
 * Export shares. When the reference table has the country's exports, the share is computed from
 * it (projected export value / reference exports); otherwise the share the article states is
 * reported as such. Either way the export base the article implies is written too
 * (export_base_implied: "$3bn, about 12 percent" implies about $25bn), so a reader can set the
 * article's arithmetic against what they know.
 */
import type { Aggregate, CountryExports, Projection } from '../tables.ts';
import * as messages from '../messages.ts';
import { countryName } from '../reconcile/countries.ts';
import { formatMoney } from '../reconcile/format.ts';
import { pairShares, referenceExports } from '../reconcile/shares.ts';

export function exportShares(projections: readonly Projection[], exportsTable: readonly CountryExports[]): Aggregate[] {
  const out: Aggregate[] = [];
  for (const pair of pairShares(projections)) {
    const { share, value } = pair;
    const key = countryName(pair.country) ?? pair.countryName;
    const ids = `${share.projection_id};${value.projection_id}`;
    const valueUnit = value.unit ?? '';
    const reference = valueUnit.toUpperCase() === 'USD' ? referenceExports(pair.country, exportsTable) : null;
    if (reference) {
      const percent = (value.value! / reference.exports_usd) * 100;
      out.push({
        metric: 'export_share',
        dimension: 'country',
        key,
        value_low: percent,
        value: percent,
        value_high: percent,
        unit: 'percent',
        rows: ids,
        explanation: messages.aggregate.exportShareReference(
          formatMoney(value.value),
          key,
          formatMoney(reference.exports_usd),
          reference.year,
          reference.source,
        ),
      });
    } else {
      out.push({
        metric: 'export_share',
        dimension: 'country',
        key,
        value_low: share.value_low ?? share.value,
        value: share.value,
        value_high: share.value_high ?? share.value,
        unit: 'percent',
        rows: ids,
        explanation: messages.aggregate.exportShareStated(key),
      });
    }
    // A share that is "nearly" or "up to" p% makes the base at least value/p; "over" p% at most.
    const below = share.qualifier === 'nearly' || share.qualifier === 'up_to';
    const above = share.qualifier === 'over' || share.qualifier === 'at_least';
    out.push({
      metric: 'export_base_implied',
      dimension: 'country',
      key,
      value_low: above ? null : pair.impliedBase,
      value: pair.impliedBase,
      value_high: below ? null : pair.impliedBase,
      unit: valueUnit,
      rows: ids,
      explanation: messages.aggregate.exportBaseImplied(
        formatMoney(value.value, valueUnit.toUpperCase() === 'USD' ? 'USD' : valueUnit),
        `${share.qualifier && share.qualifier !== 'exact' ? `${share.qualifier.replace('_', ' ')} ` : ''}${share.value}%`,
        key,
      ),
    });
  }
  return out;
}
