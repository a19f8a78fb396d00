import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { extract, extractArticle, type ExtractReference } from '../../pipeline/stages/extract.ts';
import { loadExtractReference } from '../../pipeline/io/extractReference.ts';
import type { Article, Sentence } from '../../pipeline/tables.ts';

let ref: ExtractReference;
beforeAll(async () => {
  ref = (await loadExtractReference('data/reference')).ref;
});

function article(id: string, lines: readonly string[]): { article: Article; sentences: Sentence[] } {
  const text = lines.join('\n');
  const sha = createHash('sha256').update(text).digest('hex');
  const a: Article = {
    article_id: id, source_file: `${id}.txt`, part: 1, title: lines[0] ?? null, published: null, dateline: null,
    outlet: null, url: null, chars: text.length, text_sha256: sha, text,
  };
  let at = 0;
  const sentences = lines.map((line, i) => {
    const s: Sentence = { article_id: id, sentence_id: `${id}-s${i + 1}`, start: at, end: at + line.length, text: line };
    at += line.length + 1;
    return s;
  });
  return { article: a, sentences };
}

describe('extract stage', () => {
  const one = article('a1', [
    'Japan to lend Vietnam $500 million',
    'Japan has agreed to lend Vietnam $500 million for a metro line in Hanoi.',
    'Bilateral trade stood at $40 billion in 2024.',
  ]);
  const two = article('a2', [
    'Kenya signs grant',
    'Germany signed a €90 million grant with Kenya for solar mini-grids, creating 1,200 jobs in Kenya.',
  ]);

  it('extracts each article on its own, with parties from the entity reference', () => {
    const t = extractArticle(one.article, one.sentences, ref);
    expect(t.commitments.map((c) => [c.funder, c.recipient, c.amount, c.currency, c.qualifier, c.instrument, c.status, c.evidence_id.split(';').length])).toEqual([
      ['Japan', 'Vietnam', 5e8, 'USD', 'exact', 'loan', 'agreed', 2],
    ]);
    for (const e of t.evidence) expect(one.article.text.slice(e.start, e.end)).toBe(e.surface);
  });

  it('concatenates articles in order, each as extractArticle gives it', () => {
    const all = extract([one.article, two.article], [...one.sentences, ...two.sentences], ref);
    const a = extractArticle(one.article, one.sentences, ref);
    const b = extractArticle(two.article, two.sentences, ref);
    expect(all.commitments).toEqual([...a.commitments, ...b.commitments]);
    expect(all.jobs).toEqual([...a.jobs, ...b.jobs]);
    expect(all.evidence).toEqual([...a.evidence, ...b.evidence]);
    expect(b.commitments.map((c) => [c.funder, c.amount, c.currency, c.instrument, c.status, c.sector])).toEqual([
      ['Germany', 9e7, 'EUR', 'grant', 'signed', 'renewables'],
    ]);
    expect(b.jobs.map((j) => [j.count, j.country])).toEqual([[1200, 'Kenya']]);
  });
});
