/**
 * Comparing reported amounts. Articles round: "$2 billion", "over $2bn" and "$2.03 billion" are
 * one figure told three ways, "$1.3 billion" is "$1.26 billion" rounded, but "$2.4 billion" is not
 * "$3.1 billion".
 */
import type { Qualifier } from '../tables.ts';

export interface Amounted {
  amount: number | null;
  amount_low: number | null;
  amount_high: number | null;
}

/** The single figure that stands for an amount: the stated point, else a range's midpoint, else its one bound. */
export function pointOf(row: Amounted): number | null {
  if (row.amount !== null) return row.amount;
  if (row.amount_low !== null && row.amount_high !== null) return (row.amount_low + row.amount_high) / 2;
  return row.amount_low ?? row.amount_high;
}

/** The coarsest power of ten the figure is a whole multiple of (2e9 → 1e9, 1.26e9 → 1e7). */
function precisionOf(x: number): number {
  let p = 10 ** Math.floor(Math.log10(Math.abs(x)));
  while (p > 1e-6) {
    const q = x / p;
    if (Math.abs(q - Math.round(q)) < 1e-9 * Math.max(1, Math.abs(q))) return p;
    p /= 10;
  }
  return p;
}

/** Within `tolerance` (relative), or the same figure once rounded to the coarser one's precision (and within 5%). */
export function amountsAgree(a: number, b: number, tolerance = 0.02): boolean {
  if (a === b) return true;
  const largest = Math.max(Math.abs(a), Math.abs(b));
  if (largest === 0) return true;
  const relative = Math.abs(a - b) / largest;
  if (relative <= tolerance) return true;
  if (relative > 0.05) return false;
  const p = Math.max(precisionOf(a), precisionOf(b));
  return Math.round(a / p) === Math.round(b / p);
}

// Which qualifier says the most about a figure: a range or a bound beats a bare figure, which
// beats a hedged one. Used to choose which report's amount a merged deal keeps.
const INFORMATIVE: readonly (Qualifier | null)[] = ['range', 'over', 'at_least', 'up_to', 'exact', 'nearly', 'about', null];

export function qualifierRank(q: Qualifier | null): number {
  return INFORMATIVE.indexOf(q);
}
