/**
 * A stated share of exports implies an export base; when the reference table has the country's
 * exports, the two should roughly agree. More than 15% apart means the article's share, its value,
 * or the pairing is off (or the article uses another definition of exports).
 */
import type { Check, CountryExports, Projection } from '../../tables.ts';
import * as messages from '../../messages.ts';
import { makeCheck } from '../checkId.ts';
import { formatMoney } from '../format.ts';
import { pairShares, referenceExports } from '../shares.ts';

export function checkShareBases(projections: readonly Projection[], exportsTable: readonly CountryExports[]): Check[] {
  const checks: Check[] = [];
  for (const pair of pairShares(projections)) {
    const reference = referenceExports(pair.country, exportsTable);
    if (!reference || pair.value.unit?.toUpperCase() !== 'USD') continue;
    const diff = Math.abs(pair.impliedBase - reference.exports_usd) / reference.exports_usd;
    const ok = diff <= 0.15;
    const implied = formatMoney(pair.impliedBase);
    const ref = formatMoney(reference.exports_usd);
    checks.push(
      makeCheck(
        'share_base',
        ok ? 'info' : 'warning',
        ok,
        ok
          ? messages.reconcile.shareBaseAgrees(pair.countryName, implied, ref, reference.year, reference.source)
          : messages.reconcile.shareBaseDisagrees(pair.countryName, implied, ref, reference.year, reference.source, diff),
        [pair.share.projection_id, pair.value.projection_id],
      ),
    );
  }
  return checks;
}
