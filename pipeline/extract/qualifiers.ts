/**
 * Qualifiers: the words that bound a figure ("over $2 billion", "up to 500 jobs", "an estimated
 * 6,000", "$2bn or more"), and what each does to the figure's low and high bounds.
 *
 * Bounds rule (one place, used by money, jobs and projections alike):
 *   exact           → low = high = value
 *   about, nearly   → low = high = null (the true value is near, but on an unknown side)
 *   over, at_least  → low = value, high = null
 *   up_to           → low = null, high = value
 *   range           → low and high as stated, value = null (a midpoint would be a number nobody said)
 */
import type { Qualifier } from '../tables.ts';
import { escapeRegExp as escape } from './escapeRegExp.ts';

const BEFORE: readonly [Qualifier, readonly string[]][] = [
  ['over', ['just over', 'well over', 'slightly over', 'slightly more than', 'well above', 'over', 'more than', 'exceeding', 'in excess of', 'upwards of', 'upward of', 'above', 'north of', 'greater than', 'topping']],
  ['at_least', ['at least', 'no less than', 'not less than', 'a minimum of', 'minimum of', 'no fewer than', 'not fewer than']],
  ['up_to', ['up to', 'as much as', 'as high as', 'as many as', 'a maximum of', 'maximum of', 'no more than', 'not more than', 'at most', 'capped at', 'a ceiling of', 'less than', 'fewer than']],
  ['nearly', ['nearly', 'almost', 'close to', 'just under', 'just below', 'just short of', 'just shy of', 'slightly less than', 'slightly under', 'nigh on']],
  ['about', ['an estimated', 'estimated', 'about', 'around', 'some', 'approximately', 'approx.', 'roughly', 'circa', 'an approximate', 'approximate', 'in the region of', 'in the order of', 'on the order of']],
];

const AFTER: readonly [Qualifier, readonly string[]][] = [
  ['at_least', ['or more', 'or above', 'or higher', 'and above', 'and more']],
  ['over', ['-plus', ' plus', '+']],
  ['up_to', ['or less', 'or fewer', 'or below', 'at most']],
  ['about', ['or so', 'odd']],
];


const BEFORE_RE = BEFORE.flatMap(([q, words]) => words.map((w) => [q, w] as const)).sort((a, b) => b[1].length - a[1].length);
const BEFORE_PATTERN = new RegExp(
  String.raw`(?<![A-Za-z])(${BEFORE_RE.map(([, w]) => escape(w)).join('|')})\s+(?:an?\s+|the\s+)?$`,
  'i',
);
const AFTER_RE = AFTER.flatMap(([q, words]) => words.map((w) => [q, w] as const)).sort((a, b) => b[1].length - a[1].length);
const AFTER_PATTERN = new RegExp(String.raw`^\s?(${AFTER_RE.map(([, w]) => escape(w)).join('|')})(?![A-Za-z])`, 'i');

const PARTICLE_OVER = /\b(?:roll(?:s|ed|ing)?|hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|carr(?:y|ies|ied|ying)|pass(?:es|ed|ing)?|sign(?:s|ed|ing)?)\s+over\s+(?:an?\s+|the\s+)?$/i;

const PREPOSITION_THEN_ARTICLE = /^(?:over|about|around|above)\s+(?:an?|the)\s+$/i;

export interface QualifierMatch {
  qualifier: Qualifier;
  /** Characters the qualifier takes (counting back from the end of `before`, or on from the start of `after`). */
  length: number;
}

/** The qualifier that ends `before` (the text just before a figure), if any. */
export function qualifierBefore(before: string): QualifierMatch | null {
  const m = BEFORE_PATTERN.exec(before.slice(-40));
  if (!m) return null;
  // "rolls over $2bn", "handed over $1bn": "over" is the verb's particle, not a bound.
  if (PARTICLE_OVER.test(before.slice(-40))) return null;
  // "in talks over a $750m loan", "a row about the $2bn deal": a preposition before the loan's article.
  if (PREPOSITION_THEN_ARTICLE.test(m[0])) return null;
  const word = (m[1] ?? '').toLowerCase();
  const entry = BEFORE_RE.find(([, w]) => w === word);
  return entry ? { qualifier: entry[0], length: m[0].length } : null;
}

/**
 * "at an estimated cost of $400m": an estimate told of the noun the figure is "of". The figure is
 * about that much, and its span stays its own (classify.ts reads the noun before it). `before` is the
 * text right before the figure (60 characters are enough).
 */
const ESTIMATED_OF = /\bestimated\s+(?:total\s+)?(?:cost|value|investment|price|outlay|budget|worth)\s+of\s+$/i;
export function estimatedOf(before: string): boolean {
  return ESTIMATED_OF.test(before);
}

/** The qualifier that starts `after` (the text just after a figure), if any. */
export function qualifierAfter(after: string): QualifierMatch | null {
  const m = AFTER_PATTERN.exec(after.slice(0, 20));
  if (!m) return null;
  const word = (m[1] ?? '').toLowerCase();
  const entry = AFTER_RE.find(([, w]) => w.trim() === word.trim());
  return entry ? { qualifier: entry[0], length: m[0].length } : null;
}

/** Low and high bounds of a stated value under a qualifier (see the rule at the top). */
export function bounds(qualifier: Qualifier, value: number | null): { low: number | null; high: number | null } {
  switch (qualifier) {
    case 'exact':
      return { low: value, high: value };
    case 'over':
    case 'at_least':
      return { low: value, high: null };
    case 'up_to':
      return { low: null, high: value };
    default:
      return { low: null, high: null };
  }
}

/** How much a qualifier tells: a stated bound says more than a bare figure (used when merging mentions). */
export function qualifierInformation(qualifier: Qualifier | null): number {
  if (qualifier === null) return 0;
  return qualifier === 'exact' ? 1 : 2;
}
