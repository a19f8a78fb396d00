/**
 * Parts must fit inside their whole: when the USD figures of a package's parts add up to more than
 * the package (beyond 2% of rounding), some part is probably nested wrongly or overlaps another.
 * Each package with parts gets a check, passed or not, so the reader sees that it was looked at.
 */
import type { Check } from '../../tables.ts';
import * as messages from '../../messages.ts';
import { pointOf } from '../amounts.ts';
import { makeCheck } from '../checkId.ts';
import { formatMoney } from '../format.ts';

interface Part {
  commitment_id: string;
  part_of: string | null;
  amount_usd: number | null;
  amount_usd_low: number | null;
  amount_usd_high: number | null;
}

const usd = (d: Part) => pointOf({ amount: d.amount_usd, amount_low: d.amount_usd_low, amount_high: d.amount_usd_high });

export function checkPartsWithinWholes(deals: readonly Part[]): Check[] {
  const checks: Check[] = [];
  const partsOf = new Map<string, Part[]>();
  for (const d of deals) {
    if (d.part_of === null) continue;
    const list = partsOf.get(d.part_of);
    if (list) list.push(d);
    else partsOf.set(d.part_of, [d]);
  }
  for (const whole of deals) {
    const parts = partsOf.get(whole.commitment_id) ?? [];
    const wholeUsd = usd(whole);
    const partUsd = parts.map(usd).filter((v): v is number => v !== null);
    if (parts.length === 0 || wholeUsd === null || partUsd.length === 0) continue;
    const sum = partUsd.reduce((a, b) => a + b, 0);
    const ids = [whole.commitment_id, ...parts.map((p) => p.commitment_id)];
    const ok = sum <= wholeUsd * 1.02;
    checks.push(
      makeCheck(
        'parts_exceed_whole',
        ok ? 'info' : 'warning',
        ok,
        ok
          ? messages.reconcile.partsWithinWhole(whole.commitment_id, formatMoney(wholeUsd), formatMoney(sum))
          : messages.reconcile.partsExceedWhole(
              whole.commitment_id,
              formatMoney(wholeUsd),
              parts.map((p) => p.commitment_id).join(', '),
              formatMoney(sum),
            ),
        ids,
      ),
    );
  }
  return checks;
}
