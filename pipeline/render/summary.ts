/**
 * The Summary sheet's lines: each pipeline aggregate as a live formula over the computed columns
 * of the Commitments and Jobs sheets (dealFormulas.ts, jobFormulas.ts), cached with the
 * aggregate's own figure. `recomputed` is what the formula gives on the rows as written (the same
 * rules in TypeScript), so a disagreement with the aggregate can be flagged rather than hidden.
 */
import type { Aggregate, Projection, WorkbookTables } from '../tables.ts';
import { STATUS_TIERS } from '../tables.ts';
import * as messages from '../messages.ts';
import { render as msg } from '../messages.ts';
import type { DealFacts } from './dealFormulas.ts';
import type { JobFacts } from './jobFormulas.ts';
import { safeText } from './safeText.ts';
import { INTEGER_FORMAT, PERCENT_UNITS_FORMAT, USD_FORMAT } from './workbookSheets.ts';

/** A formula with the value to cache in its cell. */
export interface Computed {
  formula: string;
  result: number | string | null;
}

export interface SummaryLine {
  label: string;
  /** A heading has no figure. */
  heading?: boolean;
  /** The figure: a formula cached with the pipeline's value, or a plain value (a reference figure). */
  value: Computed | number | null;
  low?: Computed | null;
  /** A number, or the text "open (at least)" when some figure has no upper end. */
  high?: Computed | null;
  format: string;
  unit: string;
  explanation: string;
  /** What the formula gives on the tables as written; null when there is nothing to compare. */
  recomputed: number | null;
  /** `{ABOVE}` in a formula is replaced by the address of the value cell on the line above. */
}

export interface SummaryRanges {
  deals: (key: string) => string;
  jobs: (key: string) => string;
  projections: (key: string) => string;
}

/** Largest number of lines per "By ..." block; the rest are a filter away in the table sheets. */
export const MAX_LINES_PER_DIMENSION = 100;
export const OPEN_HIGH = 'open (at least)';

function findAggregate(aggregates: readonly Aggregate[], metric: string, dimension: string, key: string): Aggregate | undefined {
  return aggregates.find((a) => a.metric === metric && a.dimension === dimension && a.key === key);
}

function splitIds(ids: string | null | undefined): string[] {
  return (ids ?? '').split(';').map((s) => s.trim()).filter(Boolean);
}

/** A criterion that matches `text` exactly: "=" first (so "=x" or ">x" are not operators), wildcards escaped. */
export function exactCriterion(text: string): string {
  const escaped = safeText(text).replace(/[~*?]/g, (c) => `~${c}`).replace(/"/g, '""');
  return `"=${escaped}"`;
}

/** The aggregates' key for a missing value reads "(unknown)"; in the sheet that cell is empty. */
function keyCriterion(key: string): string {
  return key === '(unknown)' ? '""' : exactCriterion(key);
}

interface Rows<F> {
  facts: readonly F[];
  keys?: readonly string[];
}

/** SUMIFS of value, low and high over rows matching `criteria`, the high end "open" when any row's is. */
function boundedSums(
  range: (key: string) => string,
  prefix: 'usd' | 'jobs',
  criteria: string,
  agg: Aggregate | undefined,
): Pick<SummaryLine, 'value' | 'low' | 'high'> {
  const sum = (col: string) => `SUMIFS(${range(`${prefix}_${col}`)},${criteria})`;
  if (!agg) return { value: null, low: null, high: null };
  return {
    value: { formula: sum('value'), result: agg.value },
    low: { formula: sum('low'), result: agg.value_low },
    high: { formula: `IF(${sum('open')}>0,"${OPEN_HIGH}",${sum('high')})`, result: agg.value_high ?? OPEN_HIGH },
  };
}

function total<F extends { value: number | null }>(facts: readonly F[], keep: (f: F, i: number) => boolean): number {
  return facts.reduce((acc, f, i) => acc + (keep(f, i) && f.value !== null ? f.value : 0), 0);
}

export function summaryLines(
  tables: WorkbookTables,
  deals: Rows<DealFacts>,
  jobs: Rows<JobFacts>,
  r: SummaryRanges,
  countFrom: string,
): SummaryLine[] {
  const { aggregates } = tables;
  const d = deals.facts;
  const lines: SummaryLine[] = [];
  // `keep` picks the rows the formula sums; a number instead is the recomputed sum already known
  // (the per-key lines are summed in one pass per dimension, not one pass over the deals per key).
  const usd = (label: string, agg: Aggregate | undefined, criteria: string, keep: ((f: DealFacts, i: number) => boolean) | number): SummaryLine => ({
    label, ...boundedSums(r.deals, 'usd', criteria, agg), format: USD_FORMAT, unit: 'USD', explanation: agg?.explanation ?? '',
    recomputed: typeof keep === 'number' ? keep : total(d, keep),
  });
  const count = (label: string, agg: Aggregate | undefined, formula: string, recomputed: number): SummaryLine => ({
    label, value: agg ? { formula, result: splitIds(agg.rows).length } : null, format: INTEGER_FORMAT, unit: 'deals',
    explanation: '', recomputed: agg ? recomputed : null,
  });

  const net = findAggregate(aggregates, 'total_pledged', 'all', 'net');
  lines.push(usd(msg.summaryNet, net, `${r.deals('in_net')},TRUE`, (f) => f.inNet));
  lines.push(count(msg.summaryNetDeals, net, `COUNTIFS(${r.deals('in_net')},TRUE)`, d.filter((f) => f.inNet).length));
  const counted = findAggregate(aggregates, 'total_pledged', 'all', 'counted');
  const countedCriteria = `${r.deals('counted')},TRUE,${r.deals('usd_point')},">=0"`;
  lines.push(usd(msg.summaryCounted(countFrom), counted, countedCriteria, (f) => f.counted && f.point !== null));
  lines.push(count(msg.summaryCountedDeals, counted, `COUNTIFS(${countedCriteria})`, d.filter((f) => f.counted && f.point !== null).length));
  const gross = findAggregate(aggregates, 'total_pledged', 'all', 'gross');
  lines.push(usd(msg.summaryGross, gross, `${r.deals('summed')},TRUE`, (f) => f.summed));
  for (const [tier, statuses] of Object.entries(STATUS_TIERS)) {
    const agg = findAggregate(aggregates, 'total_pledged', 'status_tier', tier);
    lines.push(usd(msg.summaryTier(tier, statuses.join(', ')), agg, `${r.deals('status_tier')},"${tier}",${r.deals('in_tier_net')},TRUE`,
      (f) => f.tier === tier && f.inTierNet));
  }

  const jobsTotal = findAggregate(aggregates, 'jobs', 'all', 'total');
  lines.push({
    label: 'Jobs', ...boundedSums(r.jobs, 'jobs', `${r.jobs('counted')},TRUE`, jobsTotal), format: INTEGER_FORMAT, unit: 'jobs',
    explanation: jobsTotal?.explanation ?? '', recomputed: total(jobs.facts, (f) => f.counted),
  });

  const shares = aggregates.filter((a) => a.metric === 'export_share');
  if (shares.length > 0) {
    const lookups = shareLookups(tables);
    for (const share of shares) lines.push(...exportShareLines(share, lookups, r));
  }

  const byDimension: [string, string][] = [
    ['funder', 'By funder'], ['funder_country', 'By funder country'], ['recipient_country', 'By recipient country'],
    ['instrument', 'By instrument'], ['sector', 'By sector'],
  ];
  const deal = tables.deals;
  // Recomputed sums per key, one pass per dimension (not one pass per key: thousands of funders).
  const netBy = (dimension: string) => {
    const sums = new Map<string, number>();
    d.forEach((f, i) => {
      if (!f.inNet || f.value === null) return;
      const key = String(deal[i]![dimension as keyof (typeof deal)[number]] ?? '(unknown)');
      sums.set(key, (sums.get(key) ?? 0) + f.value);
    });
    return sums;
  };
  for (const [dimension, title] of byDimension) {
    const rows = aggregates.filter((a) => a.metric === 'total_pledged' && a.dimension === dimension);
    if (rows.length === 0) continue;
    lines.push(heading(`${title} (net)`));
    const sorted = [...rows].sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.key.localeCompare(b.key));
    const sums = netBy(dimension);
    for (const agg of sorted.slice(0, MAX_LINES_PER_DIMENSION)) {
      lines.push(usd(`  ${agg.key}`, agg, `${r.deals(dimension)},${keyCriterion(agg.key)},${r.deals('in_net')},TRUE`, sums.get(agg.key) ?? 0));
    }
    if (sorted.length > MAX_LINES_PER_DIMENSION) lines.push(heading(msg.summaryMoreKeys(sorted.length - MAX_LINES_PER_DIMENSION, dimension.replace(/_/g, ' '))));
  }
  for (const [dimension, column, title] of [['country', 'country_key', 'Jobs by country'], ['location', 'location_key', 'Jobs by location']] as const) {
    const rows = aggregates.filter((a) => a.metric === 'jobs' && a.dimension === dimension);
    if (rows.length === 0) continue;
    lines.push(heading(title));
    const sorted = [...rows].sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.key.localeCompare(b.key));
    const sums = countedJobsBy(jobs.facts, dimension === 'country' ? (f) => f.countryKey : (f) => f.locationKey);
    for (const agg of sorted.slice(0, MAX_LINES_PER_DIMENSION)) {
      lines.push({
        label: `  ${agg.key}`, ...boundedSums(r.jobs, 'jobs', `${r.jobs(column)},${exactCriterion(agg.key)},${r.jobs('counted')},TRUE`, agg),
        format: INTEGER_FORMAT, unit: 'jobs', explanation: agg.explanation, recomputed: sums.get(agg.key) ?? 0,
      });
    }
    if (sorted.length > MAX_LINES_PER_DIMENSION) lines.push(heading(msg.summaryMoreKeys(sorted.length - MAX_LINES_PER_DIMENSION, dimension)));
  }
  return lines;
}

/**
 * `total(facts, (f) => f.counted && keyOf(f) === key)` for every key in one pass: each key's sum
 * adds the same values in the same row order, so it is the same floating-point number.
 */
export function countedJobsBy(facts: readonly JobFacts[], keyOf: (f: JobFacts) => string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const f of facts) {
    if (!f.counted || f.value === null) continue;
    const key = keyOf(f);
    sums.set(key, (sums.get(key) ?? 0) + f.value);
  }
  return sums;
}

function heading(label: string): SummaryLine {
  return { label, heading: true, value: null, format: '', unit: '', explanation: '', recomputed: null };
}

interface ShareLookups {
  projection: Map<string, Projection>;
  implied: Map<string, Aggregate>;
}

function impliedKey(key: string, rows: string): string {
  return JSON.stringify([key, rows]);
}

/**
 * Projections by id and implied export bases by (key, rows), each the first in table order: what
 * `find` over the tables gave, without a scan per export share (thousands on a large run).
 */
function shareLookups(tables: WorkbookTables): ShareLookups {
  const projection = new Map<string, Projection>();
  for (const p of tables.projections) if (!projection.has(p.projection_id)) projection.set(p.projection_id, p);
  const implied = new Map<string, Aggregate>();
  for (const a of tables.aggregates) {
    const key = impliedKey(a.key, a.rows);
    if (a.metric === 'export_base_implied' && !implied.has(key)) implied.set(key, a);
  }
  return { projection, implied };
}

/**
 * An export share as arithmetic on the Projections sheet: the share the article states (or the
 * projected value over the reference exports) and the export base the article implies (projected
 * value / share). Editing either projection recomputes both.
 */
function exportShareLines(share: Aggregate, lookups: ShareLookups, r: SummaryRanges): SummaryLine[] {
  const [shareId, valueId] = splitIds(share.rows);
  const shareRow = shareId === undefined ? undefined : lookups.projection.get(shareId);
  const valueRow = valueId === undefined ? undefined : lookups.projection.get(valueId);
  const implied = lookups.implied.get(impliedKey(share.key, share.rows));
  const label = `Export share, ${share.key}`;
  if (!shareRow || !valueRow || shareRow.value === null || valueRow.value === null || share.value === null) {
    return [{ label, value: share.value, format: PERCENT_UNITS_FORMAT, unit: 'percent', explanation: share.explanation, recomputed: null }];
  }
  const pick = (id: string) => `SUMIFS(${r.projections('value')},${r.projections('projection_id')},${exactCriterion(id)})`;
  const impliedLine: SummaryLine[] = implied
    ? [{
        label: `Export base implied, ${share.key}`,
        value: { formula: `${pick(valueId!)}/(${pick(shareId!)}/100)`, result: implied.value },
        format: USD_FORMAT, unit: implied.unit, explanation: implied.explanation, recomputed: valueRow.value / (shareRow.value / 100),
      }]
    : [];
  const stated = share.explanation === messages.aggregate.exportShareStated(share.key);
  if (stated) {
    return [
      { label, value: { formula: pick(shareId!), result: share.value }, format: PERCENT_UNITS_FORMAT, unit: 'percent', explanation: share.explanation, recomputed: shareRow.value },
      ...impliedLine,
    ];
  }
  // The reference exports are not a table of the run; they are what the aggregate divided by.
  const base = valueRow.value / (share.value / 100);
  return [
    { label: `Export base (reference), ${share.key}`, value: base, format: USD_FORMAT, unit: valueRow.unit ?? '', explanation: share.explanation, recomputed: null },
    {
      label, value: { formula: `${pick(valueId!)}/{ABOVE}*100`, result: share.value }, format: PERCENT_UNITS_FORMAT, unit: 'percent',
      explanation: share.explanation, recomputed: (valueRow.value / base) * 100,
    },
    ...impliedLine,
  ];
}
