/**
 * Stable ids from content, not from run order: a prefix (c commitment, j job, p projection, pr
 * project, e evidence) and 12 hex digits of sha256 over the article's text hash, the sentence's
 * offsets and the figure's span. The same article gives the same ids in every run, whatever other
 * articles come with it.
 */
import { createHash } from 'node:crypto';
import type { Article, Sentence } from '../tables.ts';

export type IdPrefix = 'c' | 'j' | 'p' | 'pr' | 'e';

export function factId(prefix: IdPrefix, article: Pick<Article, 'text_sha256'>, sentence: Pick<Sentence, 'start' | 'end'>, start: number, end: number): string {
  const hash = createHash('sha256')
    .update(`${prefix}\0${article.text_sha256}\0${sentence.start}:${sentence.end}\0${start}:${end}`)
    .digest('hex');
  return `${prefix}${hash.slice(0, 12)}`;
}
