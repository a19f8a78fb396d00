/**
 * Summing figures that carry qualifiers. Each figure contributes to three sums:
 *
 * - exact, about, nearly (and no qualifier): the figure goes into low, value and high alike
 *   ("about $4bn" is the article's best figure; no margin is invented around it);
 * - over, at least: the figure goes into low and value, and the high end is open, so the sum reads
 *   "at least $X" (value_high null);
 * - up to: the figure goes into high only (low and value take nothing from it: it is a ceiling);
 * - range: its ends go into low and high, its midpoint (or stated figure) into value.
 *
 * So `value` is the sum of the stated figures, reading "over X" as X and leaving "up to" amounts
 * out; `value_low` is what the articles guarantee at the least; `value_high` is null as soon as
 * one figure is open-ended.
 */
import * as aq from 'arquero';
import type { Qualifier } from '../tables.ts';

export interface Figure {
  id: string;
  point: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier | null;
}

export interface Contribution {
  id: string;
  low: number;
  value: number;
  high: number;
  /** 1 when the high end is open. */
  open: number;
  lowerBound: number;
  upperBound: number;
}

export function contribution(f: Figure): Contribution | null {
  const point = f.point ?? (f.low !== null && f.high !== null ? (f.low + f.high) / 2 : (f.low ?? f.high));
  if (point === null) return null;
  // Whole literals, not a spread of shared fields with some overridden: called for every deal in
  // every total, and V8 builds an overriding spread many times slower.
  switch (f.qualifier) {
    case 'over':
    case 'at_least':
      return { id: f.id, open: 1, lowerBound: 1, upperBound: 0, low: f.low ?? point, value: point, high: 0 };
    case 'up_to':
      return { id: f.id, open: 0, lowerBound: 0, upperBound: 1, low: 0, value: 0, high: f.high ?? point };
    case 'range':
      return { id: f.id, open: 0, lowerBound: 0, upperBound: 0, low: f.low ?? point, value: point, high: f.high ?? point };
    default:
      return { id: f.id, open: 0, lowerBound: 0, upperBound: 0, low: point, value: point, high: point };
  }
}

export interface BoundedSum {
  key: string;
  value_low: number;
  value: number;
  value_high: number | null;
  ids: string[];
  lowerBounds: number;
  upperBounds: number;
}

/**
 * Sum contributions per key (arquero groupby + rollup); `keys[i]` is the key of `figures[i]`. Keys
 * with no rows are absent. The table is built from columns, not from one object per row.
 */
export function sumByKey(figures: readonly Contribution[], keys: readonly string[]): BoundedSum[] {
  if (figures.length === 0) return [];
  const column = <K extends keyof Contribution>(name: K) => figures.map((f) => f[name]);
  const table = aq
    .table({
      id: column('id'),
      low: column('low'),
      value: column('value'),
      high: column('high'),
      open: column('open'),
      lowerBound: column('lowerBound'),
      upperBound: column('upperBound'),
      key: keys,
    })
    .groupby('key')
    .rollup({
      value_low: aq.op.sum('low'),
      value: aq.op.sum('value'),
      value_high: aq.op.sum('high'),
      open: aq.op.max('open'),
      ids: aq.op.array_agg('id'),
      lowerBounds: aq.op.sum('lowerBound'),
      upperBounds: aq.op.sum('upperBound'),
    })
    .orderby('key');
  return (table.objects() as Record<string, unknown>[]).map((r) => ({
    key: String(r.key),
    value_low: Number(r.value_low),
    value: Number(r.value),
    value_high: Number(r.open) > 0 ? null : Number(r.value_high),
    ids: r.ids as string[],
    lowerBounds: Number(r.lowerBounds),
    upperBounds: Number(r.upperBounds),
  }));
}

/** One sum over all rows, zero when there are none. */
export function sumAll(figures: readonly Contribution[]): BoundedSum {
  return (
    sumByKey(figures, figures.map(() => 'all'))[0] ?? {
      key: 'all',
      value_low: 0,
      value: 0,
      value_high: 0,
      ids: [],
      lowerBounds: 0,
      upperBounds: 0,
    }
  );
}
