import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractArticleWith } from '../../pipeline/extract/article.ts';
import { NO_ENTITIES, type ExtractHooks } from '../../pipeline/extract/context.ts';
import { findQuantities } from '../../pipeline/extract/quantities.ts';
import type { CurrencyIndex } from '../../pipeline/extract/currencies.ts';
import { loadCurrencyReference } from '../../pipeline/io/currencyReference.ts';
import { madeUpArticle } from './madeUpArticle.ts';
import { loadExtractReference } from '../../pipeline/io/extractReference.ts';
import type { ExtractReference } from '../../pipeline/stages/extract.ts';
import { extractCase } from './unseen.score.ts';

let currencies: CurrencyIndex;
beforeAll(async () => {
  currencies = (await loadCurrencyReference('data/reference')).index;
});

const article = (lines: readonly string[]) => madeUpArticle(lines);

/** Hooks with a fixed project name, so project linking can be tested without the entity tables. */
const withProject = (name: string, kind: string): ExtractHooks => ({
  ...NO_ENTITIES,
  projects: (sentence) => {
    const at = sentence.indexOf(name);
    return at < 0 ? [] : [{ start: at, end: at + name.length, name, kind }];
  },
});

describe('extractArticleWith', () => {
  it('merges a headline and a body mention of one pledge, keeping the body qualifier and quote', () => {
    const { article: a, sentences } = article([
      'Qatar aims to invest $3 billion in Egyptian ports',
      'Qatar has said it intends to invest over $3 billion in Egyptian ports and logistics.',
      'Bilateral trade stood at $400 million in 2023.',
    ]);
    const t = extractArticleWith(a, sentences, currencies, NO_ENTITIES);
    expect(t.commitments.map((c) => [c.amount, c.amount_low, c.amount_high, c.currency, c.qualifier, c.instrument, c.status, c.evidence_id.split(';').length, c.quote])).toEqual([
      [3e9, 3e9, null, 'USD', 'over', 'investment', 'intended', 2, sentences[1]!.text],
    ]);
    expect(t.evidence.map((e) => a.text.slice(e.start, e.end))).toEqual(['$3 billion', 'over $3 billion']);
  });

  it('separates commitment, project cost, projections and jobs', () => {
    const { article: a, sentences } = article([
      'Lenders back Tethys Ridge',
      'The $4 billion Tethys Ridge project is being built in the south.',
      'The development bank approved $600 million in loans for Tethys Ridge, and the financing could unlock up to $1 billion in equipment exports.',
      'Tethys Ridge is expected to produce 150,000 tonnes of nickel a year in its first phase, with free cash flow of more than $9 billion over 25 years.',
      'It will create an estimated 3,000 jobs in Chile and 1,000 jobs in Peru.',
      '• The mine will create 4,000 jobs across Chile and Peru',
    ]);
    const t = extractArticleWith(a, sentences, currencies, withProject('Tethys Ridge', 'nickel mine'));
    expect(t.commitments.map((c) => [c.project, c.amount, c.instrument, c.status, c.sector])).toEqual([['Tethys Ridge', 6e8, 'loan', 'approved', 'mining']]);
    expect(t.projects.map((p) => [p.name, p.kind, p.cost, p.currency])).toEqual([['Tethys Ridge', 'nickel mine', 4e9, 'USD']]);
    expect(t.projections.map((p) => [p.metric, p.commodity, p.value, p.unit, p.per, p.horizon, p.qualifier])).toEqual([
      ['export_value', null, 1e9, 'USD', 'total', null, 'up_to'],
      ['production', 'nickel', 150000, 't', 'year', 'first phase', 'exact'],
      ['free_cash_flow', null, 9e9, 'USD', 'total', '25 years', 'over'],
    ]);
    const jobs = t.jobs.map((j) => [j.count, j.qualifier, j.location, j.kind]);
    expect(jobs).toEqual([
      [3000, 'about', 'Chile', null],
      [1000, 'about', 'Peru', null],
      [4000, 'exact', 'Chile and Peru', 'total'],
    ]);
    expect(t.jobs[2]!.total_of).toBe(`${t.jobs[0]!.job_id};${t.jobs[1]!.job_id}`);
  });

  it('records a stake without an amount, and no commitment for a stake already held', () => {
    const { article: a, sentences } = article([
      'Gulf fund eyes stake',
      'The Gulf fund has expressed intent to acquire a 20 percent stake in the smelter.',
      'The state already holds a 10 percent stake.',
    ]);
    const t = extractArticleWith(a, sentences, currencies, NO_ENTITIES);
    expect(t.commitments.map((c) => [c.amount, c.instrument, c.status, c.stake_percent])).toEqual([[null, 'equity', 'intended', 20]]);
  });

  it('extracts nothing from years, model names, trade and prices', () => {
    const { article: a, sentences } = article([
      'Ties deepen',
      'The JF-17 flew at the D-8 summit and COP29 in 2025.',
      'Two-way trade reached $1.2 billion in 2024, while copper prices rose to $9,000 a tonne.',
      'Islamabad recognised the state in 1991.',
    ]);
    expect(extractArticleWith(a, sentences, currencies, NO_ENTITIES)).toEqual({ commitments: [], jobs: [], projections: [], projects: [], evidence: [] });
  });

  it('gives the same ids whatever else is in the run, and different ids for different figures', () => {
    const lines = ['Loan', 'Japan will lend $500m to Vietnam and grant $20m more.'];
    const one = extractArticleWith(article(lines).article, article(lines).sentences, currencies, NO_ENTITIES);
    const two = extractArticleWith(article(lines).article, article(lines).sentences, currencies, NO_ENTITIES);
    expect(one.commitments.map((c) => c.commitment_id)).toEqual(two.commitments.map((c) => c.commitment_id));
    expect(new Set(one.commitments.map((c) => c.commitment_id)).size).toBe(2);
    expect(one.commitments.every((c) => /^c[0-9a-f]{12}$/.test(c.commitment_id))).toBe(true);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 6 }), (lines) => {
        const { article: a, sentences } = article(lines);
        const t = extractArticleWith(a, sentences, currencies, NO_ENTITIES);
        for (const e of t.evidence) expect(a.text.slice(e.start, e.end)).toBe(e.surface);
      }),
      { numRuns: 200 },
    );
  });
});

describe('findQuantities', () => {
  const cases: [string, [string, number, string, string | null, string | null][]][] = [
    ['It will produce 200,000 metric tons of zinc a year.', [['200,000 metric tons of zinc a year', 2e5, 't', 'year', 'zinc']]],
    ['The field pumps 50,000 bpd.', [['50,000 bpd', 5e4, 'bbl', 'day', null]]],
    ['A 1,200MW plant and a 300-km line.', [['1,200MW', 1200, 'MW', null, null], ['300-km', 300, 'km', null, null]]],
    ['Reserves rose by 13 million ounces of gold.', [['13 million ounces of gold', 1.3e7, 'oz', null, 'gold']]],
    ['It moves 5 bcm of gas annually.', [['5 bcm of gas annually', 5, 'bcm', 'year', 'gas']]],
    ['The F-16 and 2024 tonnes.', []],
    ['Output is expected to reach 1.2 million tonnes of LNG annually.', [['1.2 million tonnes of LNG annually', 1.2e6, 't', 'year', 'LNG']]],
    ['The smelter will have an annual capacity of 400,000 tonnes.', [['400,000 tonnes', 4e5, 't', 'year', null]]],
    ['Its annual report counts 400,000 tonnes of stock.', [['400,000 tonnes of stock', 4e5, 't', null, 'stock']]],
  ];
  it.each(cases)('%s', (sentence, expected) => {
    expect(findQuantities(sentence).map((q) => [q.surface, q.value, q.unit, q.per, q.commodity])).toEqual(expected);
  });
});

describe('extractArticle: a dateline whose town the reference does not know', () => {
  let ref: ExtractReference;
  beforeAll(async () => {
    ref = (await loadExtractReference('data/reference')).ref;
  });
  // (Ingested, as a file is, so that the dateline is read from the lead.)
  const extract = (lines: readonly string[]) => extractCase({ name: 'dateline', text: lines.join('\n'), commitments: [] }, ref);
  it('is read with the country its lead writes after the town, for the receiver of money that names none', () => {
    const t = extract([
      'Choose France: investors pledge billions',
      'BEAUVOIR, France, May 19 (AFP) - Foreign companies unveiled new projects at the Choose France summit on Monday.',
      'Danish drugmaker Kestrel Pharma pledged 600 million euros to expand its insulin plant in Chartres.',
    ]);
    expect(t.commitments.map((c) => [c.amount, c.funder, c.recipient])).toEqual([[600e6, 'Kestrel Pharma', 'France']]);
  });
  it('names that country only where the story was filed when no sentence names it past the dateline', () => {
    const t = extract([
      'Climate fund approves coastal scheme',
      "SONGDO, South Korea, March 14 (Reuters) - The Green Climate Fund's board approved a $190 million concessional loan for coastal embankments on Thursday.",
    ]);
    expect(t.commitments.map((c) => [c.amount, c.funder, c.recipient])).toEqual([[190e6, 'Green Climate Fund', null]]);
  });
});
