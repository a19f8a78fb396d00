import { describe, expect, it } from 'vitest';
import { allMatches, eachMatch } from '../../pipeline/extract/matches.ts';

/** What matchAll gives, as plain values (index, match and groups). */
const viaMatchAll = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => ({ index: m.index, all: [...m] }));
const viaEachMatch = (re: RegExp, text: string) => allMatches(re, text).map((m) => ({ index: m.index, all: [...m] }));

const CASES: [string, RegExp, string][] = [
  ['words, case-insensitive', /\b(?:loans?|lend(?:s|ing)?|lent)\b/gi, 'Kestrel Bank LENT $2bn and lends more; the loans and a loan.'],
  ['groups', /(\d+)\s*(%|percent)/g, 'a 15% stake, 20 percent of it and 7 %'],
  ['no match', /\bdefen[cs]e\b/gi, 'A port in Mombasa.'],
  ['empty text', /\bport\b/g, ''],
  ['empty matches step one character', /x*/g, 'axxbx'],
  ['empty matches step over a surrogate pair with /u', /(?:)/gu, 'a😀b'],
  ['empty matches step one unit without /u', /(?:)/g, 'a😀b'],
  ['lookbehind', /(?<![A-Za-z])(?:rs|inr)(?![A-Za-z])/gi, 'Rs 5bn, Mrs Rao, INR 3bn, rs. 4bn'],
  ['overlapping candidates', /aa/g, 'aaaaa'],
];

describe('eachMatch', () => {
  it.each(CASES)('gives what matchAll gives: %s', (_name, re, text) => {
    expect(viaEachMatch(re, text)).toEqual(viaMatchAll(re, text));
  });

  it('leaves the regex ready for the next caller', () => {
    const re = /\bport\b/g;
    allMatches(re, 'a port and a port');
    expect(re.lastIndex).toBe(0);
    expect(allMatches(re, 'port').length).toBe(1);
  });

  it('lets a visitor use the same regex', () => {
    const re = /\d+/g;
    const seen: string[] = [];
    eachMatch(re, '1 22 333', (m) => {
      seen.push(m[0]);
      allMatches(re, '9 9 9 9');
    });
    expect(seen).toEqual(['1', '22', '333']);
  });

  it('wants a global regex, as matchAll does', () => {
    expect(() => allMatches(/port/, 'port')).toThrow(TypeError);
  });
});
