/**
 * Evidence rows: one per figure mention, with the figure's offsets in the ARTICLE text (the
 * sentence's start plus the offset within the sentence), the figure as written and the verbatim
 * sentence. Every fact row lists its evidence ids.
 */
import type { Article, Evidence, Sentence } from '../tables.ts';
import { factId } from './ids.ts';

/** Evidence for the span [start, end) of `sentence` (offsets within the sentence). */
export function evidenceFor(article: Article, sentence: Sentence, start: number, end: number): Evidence {
  return {
    evidence_id: factId('e', article, sentence, start, end),
    article_id: article.article_id,
    sentence_id: sentence.sentence_id,
    start: sentence.start + start,
    end: sentence.start + end,
    surface: sentence.text.slice(start, end),
    sentence: sentence.text,
  };
}

/** Evidence rows without duplicates (two facts may rest on one figure), in article order. */
export function uniqueEvidence(rows: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const row of rows) {
    if (seen.has(row.evidence_id)) continue;
    seen.add(row.evidence_id);
    out.push(row);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
