import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plain, tokenize } from '../../pipeline/extract/entities.ts';

// The definition tokenize() reads by hand: runs of letters, marks and digits, and single other marks.
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const byRegex = (text: string) => [...text.matchAll(TOKEN_RE)].map((m) => ({ text: plain(m[0]), start: m.index, end: m.index + m[0].length }));

// Pieces where a hand-written reader goes wrong: combining marks, surrogate pairs and lone halves,
// Unicode spaces, typographic apostrophes and hyphens, other scripts.
const PIECES = ['a', 'Z', '9', ' ', '\n', '\t', '-', "'", '’', 'é', 'e\u0301', '\u0301', 'ü', 'Türkiye', '\u00a0', '\u202f', '\u2009', '\u3000', '😀', '𝐀', '\ud800', '\udc00', '٣', '中', '.', ',', '$', '€', '\u200b', '\ufeff', 'ß', 'İ', '\u2028', '\x1c', '‐'];

describe('tokenize', () => {
  it.each([
    ['Kenya’s loan', [['Kenya', 0, 5], ["'", 5, 6], ['s', 6, 7], ['loan', 8, 12]]],
    ['Türkiye-backed', [['Turkiye', 0, 7], ['-', 7, 8], ['backed', 8, 14]]],
    ['US$1.2bn', [['US', 0, 2], ['$', 2, 3], ['1', 3, 4], ['.', 4, 5], ['2bn', 5, 8]]],
  ])('%j', (text, expected) => {
    expect(tokenize(text).map((t) => [t.text, t.start, t.end])).toEqual(expected);
  });

  it('reads as the regex does, on any mix of tricky pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(tokenize(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads as the regex does, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        expect(tokenize(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
});
