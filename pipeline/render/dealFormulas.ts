/**
 * Computed columns of the Commitments sheet. They restate, as formulas of each row's own cells,
 * the rules the aggregate stage sums by (pipeline/aggregate/totals.ts, reconcile/counting.ts), so
 * that the Summary's totals are plain SUMIFS over them and recompute when an analyst edits a
 * status, an amount or a part_of link:
 *
 * - usd_point, usd_low, usd_value, usd_high, usd_open: what the deal adds to each bound (bounds.ts);
 * - status_tier: firm / announced / prospective / none, from status;
 * - summed: not cancelled, has an amount, has a USD figure (the gross total's rows);
 * - whole: position of the part_of deal in the sheet; summed_wholes: the tiers of every summed deal
 *   above this one (walking part_of up), `;`-separated;
 * - in_net: summed and no whole above it is summed (the net total's rows);
 * - in_tier_net: summed and no whole above it is summed in the same tier (the tier totals' rows);
 * - eligible, eligible_wholes, counted: counts_toward_total (status at or above "count from", no
 *   whole above it eligible).
 *
 * Each cell is cached with the value the same rule gives in TypeScript, so the file reads right
 * before any recalculation. A part_of loop cannot be a formula (it would be a circular
 * reference): rows on one get plain values instead.
 */
import type ExcelJS from 'exceljs';
import type { Deal, Status, StatusTier } from '../tables.ts';
import { STATUS_TIERS } from '../tables.ts';
import { contribution } from '../aggregate/bounds.ts';
import { pointOf } from '../reconcile/amounts.ts';
import { STATUS_ORDER, isAtOrAbove, tierOf } from '../reconcile/status.ts';
import { contributionFormulas, isOneOf, pointFormula, sheetColumns } from './formulaParts.ts';
import { RowFormula } from './rowFormula.ts';

export const DEAL_HELPER_COLUMNS = [
  'usd_point', 'usd_low', 'usd_value', 'usd_high', 'usd_open', 'status_tier', 'summed', 'whole', 'summed_wholes',
  'in_net', 'in_tier_net', 'eligible', 'eligible_wholes', 'counted',
] as const;
export type DealHelper = (typeof DEAL_HELPER_COLUMNS)[number];

export interface DealFacts {
  point: number | null;
  low: number | null;
  value: number | null;
  high: number | null;
  open: number;
  tier: StatusTier;
  summed: boolean;
  whole: number | null;
  summedWholes: string;
  inNet: boolean;
  inTierNet: boolean;
  eligible: boolean;
  eligibleWholes: boolean;
  counted: boolean;
  /** On a part_of loop: written as values, not formulas. */
  onLoop: boolean;
}

/** What a deal's own row decides, before the walk up its wholes. */
type OwnFacts = Pick<DealFacts, 'point' | 'low' | 'value' | 'high' | 'open' | 'tier' | 'summed' | 'eligible'>;

/**
 * The rules in TypeScript, row by row: the cached results, and what the Summary's formulas give.
 * Plain loops, and each row's facts written out as one literal: spreading a row's own facts into
 * an object with more keys, a Set per row and closures per row took most of a second at 27,000
 * deals; now a tenth of that (the same values: checked equal on the 1,000 and 10,000-article runs
 * for three count-from statuses, and by test/render/dealFacts.test.ts).
 */
export function dealFacts(deals: readonly Deal[], countFrom: Status): DealFacts[] {
  const index = new Map<string, number>();
  for (let i = 0; i < deals.length; i++) index.set(deals[i]!.commitment_id, i);
  const wholeOf: (number | null)[] = new Array(deals.length);
  const base: OwnFacts[] = new Array(deals.length);
  for (let i = 0; i < deals.length; i++) {
    const d = deals[i]!;
    wholeOf[i] = d.part_of === null ? null : (index.get(d.part_of) ?? null);
    const c = contribution({ id: d.commitment_id, point: d.amount_usd, low: d.amount_usd_low, high: d.amount_usd_high, qualifier: d.qualifier });
    const point = d.amount_usd ?? (d.amount_usd_low !== null && d.amount_usd_high !== null ? (d.amount_usd_low + d.amount_usd_high) / 2 : (d.amount_usd_low ?? d.amount_usd_high));
    const hasAmount = pointOf(d) !== null;
    base[i] = {
      point,
      low: c?.low ?? null,
      value: c?.value ?? null,
      high: c?.high ?? null,
      open: c?.open ?? 0,
      tier: tierOf(d.status),
      summed: d.status !== 'cancelled' && hasAmount && c !== null,
      eligible: hasAmount && d.status !== 'cancelled' && isAtOrAbove(d.status, countFrom),
    };
  }
  const facts: DealFacts[] = new Array(deals.length);
  for (let i = 0; i < deals.length; i++) {
    const own = base[i]!;
    // The wholes above this deal, nearest first, stopping where the walk comes back on itself.
    let summedWholes = '';
    let tierAbove = false;
    let eligibleWholes = false;
    let onLoop = false;
    // Only a deal that is part of another walks (and needs a set of the deals seen).
    const seen = wholeOf[i] === null ? null : new Set([i]);
    for (let w = wholeOf[i]; w !== null && w !== undefined; w = wholeOf[w]) {
      if (seen!.has(w)) {
        onLoop = onLoop || w === i;
        break;
      }
      seen!.add(w);
      const whole = base[w]!;
      if (whole.summed) {
        summedWholes += `${whole.tier};`;
        tierAbove = tierAbove || whole.tier === own.tier;
      }
      eligibleWholes = eligibleWholes || whole.eligible;
    }
    const whole = wholeOf[i]!;
    facts[i] = {
      point: own.point,
      low: own.low,
      value: own.value,
      high: own.high,
      open: own.open,
      tier: own.tier,
      summed: own.summed,
      eligible: own.eligible,
      whole: whole === null ? null : whole + 1,
      summedWholes,
      inNet: own.summed && summedWholes === '',
      inTierNet: own.summed && !tierAbove,
      eligibleWholes,
      counted: own.eligible && !eligibleWholes,
      onLoop,
    };
  }
  return facts;
}

function tierFormula(status: string): string {
  const branches = Object.entries(STATUS_TIERS) as [string, readonly string[]][];
  return branches.reduceRight((otherwise, [tier, statuses]) => `IF(${isOneOf(status, statuses)},"${tier}",${otherwise})`, '"none"');
}

function eligibleFormula(status: string, hasAmount: string, countFrom: Status): string {
  const floor = STATUS_ORDER.indexOf(countFrom);
  if (floor < 0) return 'FALSE';
  const order = `{${STATUS_ORDER.map((s) => `"${s}"`).join(',')}}`;
  return `AND(${status}<>"cancelled",${hasAmount},IFERROR(MATCH(${status},${order},0),0)>=${floor + 1})`;
}

/**
 * The computed cells of deal `i` (sheet row i + 2), given the letters of every column of the
 * Commitments sheet and the number of deals. Each column's formula is built once, as a template
 * filled in with the row number (rowFormula.ts): the same text as building it row by row.
 */
export function dealHelperCells(
  facts: readonly DealFacts[],
  letters: ReadonlyMap<string, string>,
  countFrom: Status,
): (i: number) => Record<DealHelper, ExcelJS.CellValue> {
  const { range, at } = sheetColumns(letters, 'Commitments', facts.length);
  /** A column's formula, from a builder given the row's cell address of a named column. */
  const formula = (build: (c: (key: string) => string) => string) => new RowFormula((r) => build((key) => at(key, r)));
  const hasAmount = (c: (key: string) => string) => `OR(${c('amount')}<>"",${c('amount_low')}<>"",${c('amount_high')}<>"")`;
  const bounds = (c: (key: string) => string) =>
    contributionFormulas({ point: c('usd_point'), low: c('amount_usd_low'), high: c('amount_usd_high'), qualifier: c('qualifier') });
  const lookUp = (c: (key: string) => string, key: string) => `INDEX(${range(key)},${c('whole')})`;
  const templates = {
    usd_point: formula((c) => pointFormula({ stated: c('amount_usd'), low: c('amount_usd_low'), high: c('amount_usd_high') })),
    usd_low: formula((c) => bounds(c).low),
    usd_value: formula((c) => bounds(c).value),
    usd_high: formula((c) => bounds(c).high),
    usd_open: formula((c) => bounds(c).open),
    status_tier: formula((c) => tierFormula(c('status'))),
    summed: formula((c) => `AND(${c('status')}<>"cancelled",${hasAmount(c)},${c('usd_point')}<>"")`),
    whole: formula((c) => `IF(${c('part_of')}="","",IFERROR(MATCH(${c('part_of')},${range('commitment_id')},0),""))`),
    summed_wholes: formula(
      (c) => `IF(${c('whole')}="","",IF(${lookUp(c, 'summed')},${lookUp(c, 'status_tier')}&";","")&${lookUp(c, 'summed_wholes')})`,
    ),
    in_net: formula((c) => `AND(${c('summed')},${c('summed_wholes')}="")`),
    in_tier_net: formula((c) => `AND(${c('summed')},ISERROR(FIND(";"&${c('status_tier')}&";",";"&${c('summed_wholes')})))`),
    eligible: formula((c) => eligibleFormula(c('status'), hasAmount(c), countFrom)),
    eligible_wholes: formula((c) => `IF(${c('whole')}="",FALSE,OR(${lookUp(c, 'eligible')},${lookUp(c, 'eligible_wholes')}))`),
    counted: formula((c) => `AND(${c('eligible')},NOT(${c('eligible_wholes')}))`),
  };
  return (i) => {
    const r = i + 2;
    const f = facts[i]!;
    const t = templates;
    return {
      usd_point: t.usd_point.cell(r, f.point ?? ''),
      usd_low: t.usd_low.cell(r, f.low ?? ''),
      usd_value: t.usd_value.cell(r, f.value ?? ''),
      usd_high: t.usd_high.cell(r, f.high ?? ''),
      usd_open: t.usd_open.cell(r, f.open),
      status_tier: t.status_tier.cell(r, f.tier),
      summed: t.summed.cell(r, f.summed),
      whole: t.whole.cell(r, f.whole ?? ''),
      summed_wholes: f.onLoop ? f.summedWholes : t.summed_wholes.cell(r, f.summedWholes),
      in_net: t.in_net.cell(r, f.inNet),
      in_tier_net: t.in_tier_net.cell(r, f.inTierNet),
      eligible: t.eligible.cell(r, f.eligible),
      eligible_wholes: f.onLoop ? f.eligibleWholes : t.eligible_wholes.cell(r, f.eligibleWholes),
      counted: t.counted.cell(r, f.counted),
    };
  };
}
