/**
 * The currency prefix finder (a trie read back from the end of the text) must answer exactly what
 * the lookup it replaced answered: that one, kept here as the reference, tried every end of the
 * text from the longest down with one hash lookup each.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prefixFinder } from '../../pipeline/extract/currencies.ts';
import { loadCurrencyReference } from '../../pipeline/io/currencyReference.ts';

function referenceFinder(aliases: readonly string[]): (before: string) => string | null {
  const foldCase = (text: string) => {
    let out = '';
    for (const ch of text.split('')) {
      const up = ch.toUpperCase();
      out += up.length !== 1 || (ch.charCodeAt(0) >= 128 && up.charCodeAt(0) < 128) ? ch : up;
    }
    return out;
  };
  const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const spaced = new Map<string, boolean>();
  const bare = new Map<string, boolean>();
  const lengths = new Set<number>();
  let longest = 0;
  for (const a of aliases) {
    (/^[A-Za-z]$/.test(a) ? bare : spaced).set(foldCase(a), /^[A-Za-z]/.test(a));
    lengths.add(a.length);
    longest = Math.max(longest, a.length);
  }
  return (before) => {
    const n = before.length;
    const spaceLast = n > 0 && /\s/.test(before[n - 1]!);
    const folded = foldCase(before);
    for (let i = Math.max(0, n - longest - 1); i <= n; i++) {
      const exactFits = lengths.has(n - i);
      const spacedFits = spaceLast && i < n && lengths.has(n - i - 1);
      if (!exactFits && !spacedFits) continue;
      const tail = folded.slice(i);
      const free = i === 0 || !isAsciiLetter(before.charCodeAt(i - 1));
      const exact = exactFits ? (spaced.get(tail) ?? bare.get(tail)) : undefined;
      if (exact !== undefined && (free || !exact)) return before.slice(i);
      const withSpace = spacedFits ? spaced.get(tail.slice(0, -1)) : undefined;
      if (withSpace !== undefined && (free || !withSpace)) return before.slice(i);
    }
    return null;
  };
}

const SMALL = ['$', 'US$', 'R', 'Rs', 'Rs.', 'rupees', 'EUR', '€', 'C$', 'HK$', 'special drawing rights', 'ſ'];
const TEXTS = [
  '', ' ', '$', 'a loan of $', 'a loan of US$ ', 'Mrs', 'Mrs ', 'Rs', 'Rs ', 'Rs.', 'rs. ', 'MRs.', 'worth R', 'worth aR', 'worth R ',
  'HK$', 'a HK$', 'CHK$', 'eur ', 'EUR\u00a0', '€', 'of €', '(€', 'special drawing rights ', 'SPECIAL DRAWING RIGHTS', 'xspecial drawing rights',
  'S', 's ', 'ſ', 'US$  ', '$\n', 'C$ ', 'Rs.\t',
];

describe('prefixFinder', () => {
  it.each(TEXTS)('answers as the reference on small aliases: %j', (text) => {
    expect(prefixFinder(SMALL)(text)).toBe(referenceFinder(SMALL)(text));
  });

  describe('on the reference table', () => {
    let aliases: string[] = [];
    beforeAll(async () => {
      const loaded = await loadCurrencyReference('data/reference');
      aliases = [...new Set(loaded.index.rows.flatMap((r) => [r.code, ...r.aliases]))].sort((a, b) => b.length - a.length);
    });

    it('answers as the reference for every alias, with and without a space, a letter or a word before it', () => {
      const finder = prefixFinder(aliases);
      const reference = referenceFinder(aliases);
      for (const a of aliases) {
        for (const text of [a, `${a} `, `x${a}`, `x${a} `, `a loan of ${a}`, `a loan of ${a.toUpperCase()} `, `${a.toLowerCase()}\u00a0`, a.slice(1), `(${a}`]) {
          expect(finder(text), text).toBe(reference(text));
        }
      }
    });

    it('answers as the reference on random ends of text', () => {
      const finder = prefixFinder(aliases);
      const reference = referenceFinder(aliases);
      const piece = fc.oneof(fc.constantFrom(...aliases), fc.constantFrom(' ', '\u00a0', 'a', 'M', 'x', '.', '$', '€', '1'), fc.string({ maxLength: 3 }));
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 5 }), (parts) => {
          const text = parts.join('');
          expect(finder(text)).toBe(reference(text));
        }),
        { numRuns: 3000 },
      );
    });
  });
});
