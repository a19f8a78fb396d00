import { beforeAll, describe, expect, it } from 'vitest';
import { extract, extractArticle, type ExtractReference } from '../../pipeline/stages/extract.ts';
import { loadExtractReference } from '../../pipeline/io/extractReference.ts';
import { madeUpArticle } from '../extract/madeUpArticle.ts';

let ref: ExtractReference;
beforeAll(async () => {
  ref = (await loadExtractReference('data/reference')).ref;
});

const article = (id: string, lines: readonly string[]) => madeUpArticle(lines, id);

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
