/**
 * The name scan skips a word whose prefix key is not among those of the reference's first tokens.
 * That is safe only if a word and its lower-cased form have the same key whenever the key is
 * taken (ASCII first three characters), and words with different prefixes have different keys.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prefixKey } from '../../pipeline/extract/entities.ts';

const WORDS = ['Kenya', 'KENYA', 'kenya', 'Ke', 'K', '', 'IFC', 'Türkiye', 'TÜRKIYE', 'ÖMAN', 'Abİ', 'ABİ', 'AB\u0130X', "Cote d'Ivoire", 'Ωmega', '1MDB', '&'];

describe('prefixKey', () => {
  it.each(WORDS)('gives a lower-cased word the key of the word folded: %j', (word) => {
    const folded = prefixKey(word, true);
    if (folded >= 0) expect(prefixKey(word.toLowerCase(), false)).toBe(folded);
  });

  it('is -1 when a first-three character is outside ASCII, and a number otherwise', () => {
    expect(prefixKey('Türkiye', false)).toBe(-1);
    expect(prefixKey('Tur\u00fc', false)).toBeGreaterThanOrEqual(0);
  });

  it('holds for random words, and tells different prefixes apart', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), (a, b) => {
        const key = prefixKey(a, true);
        if (key >= 0) expect(prefixKey(a.toLowerCase(), false)).toBe(key);
        const ka = prefixKey(a, false);
        const kb = prefixKey(b, false);
        if (ka >= 0 && kb >= 0) expect(ka === kb).toBe(a.slice(0, 3) === b.slice(0, 3));
      }),
      { numRuns: 5000 },
    );
  });
});
