/**
 * findFunder and the analysis read the end of the text before a mention (tailOf, endsWithOne)
 * before trying a pattern that must match there: that is safe only if every text a pattern
 * matches passes its gate. Held on texts the patterns match, in several cases and spacings, and on
 * random texts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endsWithOne, LISTENER_BEFORE, MAY_NAME_LISTENER, tailOf, TAIL_GATES } from '../../pipeline/extract/roles.ts';

const MATCHED = [
  'the plant was funded by ', 'co-financed jointly by the ', 'FUNDED BY THE\u00a0', 'a loan anchored  by\t', 'a plan by ', 'Bids By The ',
  'lenders including ', 'banks such as the ', 'investors led by ', 'partners comprising  ', 'funders like ',
  'a loan from ', '(from the ', 'FROM\u2003', 'with the ', 'a loan agreement with ', 'credit facilities with the ',
  'built in ', 'a visit to ', 'trips to the ', 'ACROSS THE ', 'near\u3000', 'throughout ', 'within the\n',
];

const WORDS = ['funded', 'by', 'the', 'with', 'from', 'loan', 'loans', 'agreement', 'lenders', 'including', 'such', 'as', 'led', 'in', 'at', 'visit', 'to', 'trip', 'near', 'x', 'By', 'THE', 'From', 'With'];
const GAPS = [' ', '  ', '\t', '\u00a0', '\u2003', '\n', '', '-', '(', ',', 'ſ', 'K'];

describe('tail gates', () => {
  it.each(MATCHED)('pass every text their pattern matches: %j', (text) => {
    for (const [re, words] of TAIL_GATES) if (re.test(text)) expect(endsWithOne(tailOf(text), words), `${re} on ${JSON.stringify(text)}`).toBe(true);
  });

  it('some pattern matches each hand-made text', () => {
    for (const text of MATCHED) expect(TAIL_GATES.some(([re]) => re.test(text)), text).toBe(true);
  });

  it('pass every random text their pattern matches', () => {
    const piece = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS), fc.string({ maxLength: 3 }));
    let matched = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        for (const [re, words] of TAIL_GATES) {
          if (!re.test(text)) continue;
          matched++;
          expect(endsWithOne(tailOf(text), words)).toBe(true);
        }
      }),
      // A fixed seed, as the classify gates' test has: a count of random matches must not fail a run by chance.
      { numRuns: 30000, seed: 20261126 },
    );
    expect(matched).toBeGreaterThan(100);
  });

  it('reads the tail before the white space, lower-cased', () => {
    expect(tailOf('funded BY  ')).toBe('funded by');
    expect(tailOf('funded by')).toBeNull();
    expect(endsWithOne(null, ['by'])).toBe(false);
  });
});

describe('listener gate', () => {
  const texts = ['he told ', 'TOLD THE ', 'speaking to the Kenyan ', 'spo\u212ae to ', 'in an interview with Reuters ', 'according to the ', 'cited by ', 'told', 'tells ſome '];
  it.each(texts)('passes every text LISTENER_BEFORE matches: %j', (text) => {
    if (LISTENER_BEFORE.test(text)) expect(MAY_NAME_LISTENER.test(text)).toBe(true);
  });
  it('passes every random text LISTENER_BEFORE matches', () => {
    const piece = fc.oneof(fc.constantFrom('told', 'TELLS', 'spea', 'king', '\u212a', 'ſ', 'to', 'the', ' ', '  ', 'Kenya', 'cited', 'by', 'with', 'interview'), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        if (LISTENER_BEFORE.test(text)) expect(MAY_NAME_LISTENER.test(text)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});
