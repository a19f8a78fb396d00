/** A made-up article for extraction tests: one sentence per line, the first line its title. */
import { createHash } from 'node:crypto';
import type { Article, Sentence } from '../../pipeline/tables.ts';

export function madeUpArticle(lines: readonly string[], id?: string): { article: Article; sentences: Sentence[] } {
  const text = lines.join('\n');
  const sha = createHash('sha256').update(text).digest('hex');
  const articleId = id ?? `a${sha.slice(0, 8)}`;
  const a: Article = {
    article_id: articleId, source_file: `${id ?? 'made-up'}.txt`, part: 1, title: lines[0] ?? null, published: null,
    dateline: null, outlet: null, url: null, chars: text.length, text_sha256: sha, text,
  };
  let at = 0;
  const sentences = lines.map((line, i) => {
    const s: Sentence = { article_id: articleId, sentence_id: `${articleId}-s${i + 1}`, start: at, end: at + line.length, text: line };
    at += line.length + 1;
    return s;
  });
  return { article: a, sentences };
}
