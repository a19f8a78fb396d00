/**
 * Stable ids from content, not from run order: a prefix (c commitment, j job, p projection, pr
 * project, e evidence) and 12 hex digits of sha256 over the article's text hash, the sentence's
 * offsets and the figure's span. The same article gives the same ids in every run, whatever other
 * articles come with it.
 */
import * as crypto from 'node:crypto';
import type { Article, Sentence } from '../tables.ts';

/** sha256 hex of a string; `crypto.hash` where Node has it (20.12+), else a Hash object. */
const hash256: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

export type IdPrefix = 'c' | 'j' | 'p' | 'pr' | 'e';

export function factId(
  prefix: IdPrefix,
  article: Pick<Article, 'text_sha256'>,
  sentence: Pick<Sentence, 'start' | 'end'>,
  start: number,
  end: number,
  /** For one of several rows of one figure ("$200m each": one per funder), which one. */
  share?: number,
): string {
  // One-shot hashing: the same sha256 hex as createHash().update().digest(), without a Hash object per id.
  const hash = hash256(`${prefix}\0${article.text_sha256}\0${sentence.start}:${sentence.end}\0${start}:${end}${share === undefined ? '' : `\0${share}`}`);
  return `${prefix}${hash.slice(0, 12)}`;
}
