/**
 * The text an input's outcome crosses threads and sits in the cache as: what goes in comes out,
 * and an entry that does not hold together is read as nothing (a miss), never as wrong parts.
 */
import { describe, expect, test } from 'vitest';
import { decodeOutcome, encodeOutcome, type InputOutcome } from '../../pipeline/io/inputOutcome.ts';

const outcome: InputOutcome = {
  facts: {
    articles: [],
    rejected: [{ file: 'bad.txt', line: null, reason: 'empty' }],
    tables: { commitments: [], jobs: [], projections: [], projects: [], evidence: [] },
  },
  articlesCsv: 'a1,"Crédit, \u2014 ""quoted""\n text",x\n',
  sentencesCsv: 's1,0,12,Funding 🚀 news\n',
  sentenceCount: 1,
};

describe('encodeOutcome and decodeOutcome', () => {
  test('a round trip gives the same outcome, non-Latin-1 and astral characters included', () => {
    expect(decodeOutcome(encodeOutcome(outcome))).toEqual(outcome);
  });

  test('rows that repeat their texts (a sentence, an article id, a party) come back with every value as it was', () => {
    const sentence = 'China pledged $25 million to Kenya and $5 million to Peru.';
    const evidence = (id: string, start: number, end: number) => ({ evidence_id: id, article_id: 'a1', sentence_id: 'a1-s1', start, end, surface: sentence.slice(start, end), sentence });
    const commitment = (id: string, evidenceId: string, recipient: string, amount: number) => ({
      commitment_id: id, article_id: 'a1', funder: 'China', funder_type: 'government', funder_country: 'China', recipient, recipient_country: recipient,
      project: null, amount, amount_low: amount, amount_high: amount, currency: 'USD', qualifier: 'exact', instrument: null, status: 'pledged',
      sector: null, stake_percent: null, part_of: null, evidence_id: evidenceId, quote: sentence,
    });
    const rich: InputOutcome = {
      ...outcome,
      facts: {
        ...outcome.facts,
        tables: {
          ...outcome.facts.tables,
          evidence: [evidence('e1', 14, 25), evidence('e2', 39, 49)],
          commitments: [commitment('c1', 'e1', 'Kenya', 25e6), commitment('c2', 'e2', 'Peru', 5e6)],
        },
      } as InputOutcome['facts'],
    };
    expect(decodeOutcome(encodeOutcome(rich))).toEqual(rich);
  });

  test('empty parts', () => {
    const empty: InputOutcome = { ...outcome, articlesCsv: '', sentencesCsv: '', sentenceCount: 0 };
    expect(decodeOutcome(encodeOutcome(empty))).toEqual(empty);
  });

  const text = encodeOutcome(outcome);
  test.each([
    ['cut short', text.slice(0, -1)],
    ['one character more', text + '\n'],
    ['no header', text.slice(text.indexOf('\n') + 1)],
    ['empty', ''],
    ['facts that are not JSON', text.replace('{"articles"', '{"articles!')],
    ['the old JSON entry', JSON.stringify({ articles: [], sentences: [], rejected: [], tables: {} })],
    ['facts of another shape', encodeOutcome({ ...outcome, facts: { articles: [] } as unknown as InputOutcome['facts'] })],
  ])('%s: not an outcome', (_, bad) => {
    expect(decodeOutcome(bad)).toBeNull();
  });
});
