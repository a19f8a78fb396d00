/**
 * findProjectMentions skips the words of a sentence the cheap head test (mayHoldHead) rejects: that
 * is safe only if the test never rejects a sentence where some word, as words() reads them, is
 * the first word of a head noun (headWordIn). Held here on hand-made edge cases and random texts.
 * Likewise bare mentions read a one-word window's core name as wordCore, which must be coreName's.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coreName, headWordIn, mayHoldHead, wordCore } from '../../pipeline/extract/projectNames.ts';

const CASES = [
  'The Kipeto wind farm got $200m.',
  'KIPETO WIND FARM',
  'a new port-city (no head word alone)',
  'the_port', // "_" is no letter for words(): "port" is a word
  'Lakeview\u00e9port',
  'Lake\u212aPARK', // Kelvin sign lower-cases to "k"
  'the \u212aark', // no head
  'pa\u212a',
  'PAR\u212a',
  'Mine.',
  'mine\u2019s',
  'supports, reports and exports',
  'line-up',
  'the Lobito Corridor',
  'İstanbul metro',
  'MİNE',
  '',
  'rail line 2',
  '$3bn',
];

const ALPHABET = ['a', 'e', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 't', 'K', 'M', 'P', 'L', '\u212a', 'İ', 'é', '_', '-', "'", '\u2019', ' ', '.', '1'];
const HEAD_BITS = ['mine', 'park', 'port', 'line', 'link', 'Project', 'PLANT', 'dam', 'hub', 'pa', 'rk', 'li', 'ne'];

describe('mayHoldHead', () => {
  it.each(CASES)('is true wherever a word is a head noun: %j', (text) => {
    if (headWordIn(text)) expect(mayHoldHead(text)).toBe(true);
  });

  it('finds the heads it must in the hand-made cases', () => {
    expect(CASES.filter((t) => headWordIn(t))).toEqual(CASES.filter((t) => headWordIn(t) && mayHoldHead(t)));
    expect(headWordIn('the_port')).toBe(true);
    expect(headWordIn('Lake\u212aPARK')).toBe(false);
    expect(headWordIn('PAR\u212a')).toBe(true);
    expect(mayHoldHead('supports, reports and exports')).toBe(false);
  });

  it('never rejects a random text holding a head word', () => {
    const piece = fc.oneof(fc.constantFrom(...ALPHABET), fc.constantFrom(...HEAD_BITS));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        if (headWordIn(text)) expect(mayHoldHead(text)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});

describe('wordCore', () => {
  it('is the core name of a word of ASCII letters and digits, and null for other texts', () => {
    for (const w of ['Kipeto', 'KIPETO', 'The', 'the', 'Project', 'Block', '2024', 'II', 'x9', 'mine']) expect(wordCore(w)).toBe(coreName(w));
    for (const w of ['', 'Ma’aden', "O'Neil", 'copper-gold', 'Türkiye', 'A B', 'x_y']) expect(wordCore(w)).toBeNull();
  });

  it('agrees with coreName on random words', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{1,12}$/), (w) => {
        expect(wordCore(w)).toBe(coreName(w));
      }),
      { numRuns: 5000 },
    );
  });
});
