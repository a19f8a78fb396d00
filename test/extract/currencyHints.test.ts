/**
 * Country hints are found with a trie of the folded hints: it must find exactly what the
 * index's `hints` regex (case-insensitive alternation, longest first, not inside a word) finds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCurrencyIndex, hintsIn, type CurrencyIndex } from '../../pipeline/extract/currencies.ts';
import { loadCurrencyReference } from '../../pipeline/io/currencyReference.ts';

const viaRegex = (text: string, index: CurrencyIndex) => [...text.matchAll(index.hints)].map((m) => m[0]);

const SMALL = buildCurrencyIndex([
  { code: 'PKR', name: 'Pakistani rupee', aliases: ['Rs'], countries: ['Pakistan', 'Pakistani', 'Punjab', 'Sindh'], defaultFor: [], notes: '' },
  { code: 'INR', name: 'Indian rupee', aliases: ['Rs'], countries: ['India', 'Indian', 'New Delhi', 'Delhi', 'Punjab'], defaultFor: [], notes: '' },
  { code: 'USD', name: 'US dollar', aliases: ['$'], countries: ['US', 'U.S.', 'United States', 'America', 'American'], defaultFor: [], notes: '' },
]);

const TEXTS = [
  '', 'India', 'INDIA and pakistan', 'Indiana', 'Indian rupees', 'New Delhi, Delhi and NEW DELHI', 'NewDelhi', 'the U.S. and US and us',
  'U.S.A.', 'USA', 'Americans', 'American', 'South America', 'Punjab-based', 'Pakistan’s', 'İndia', 'ındia', 'Ind ia', 'PakistanIndia',
  'a U.S.-India deal', 'United States', 'United  States', 'unitedstates',
];

describe('hintsIn', () => {
  it.each(TEXTS)('finds what the regex finds (small table): %j', (text) => {
    expect(hintsIn(text, SMALL)).toEqual(viaRegex(text, SMALL));
  });

  describe('on the reference table', () => {
    let index: CurrencyIndex;
    let hints: string[] = [];
    beforeAll(async () => {
      index = (await loadCurrencyReference('data/reference')).index;
      hints = [...index.hintCodes.keys()];
    });

    it('finds every hint as the regex does, in any case, inside and outside words', () => {
      for (const h of hints) {
        for (const text of [h, h.toUpperCase(), `x${h}`, `${h}s`, `in ${h}, and ${h}.`, `${h}-based`, `${h}${h}`]) expect(hintsIn(text, index), text).toEqual(viaRegex(text, index));
      }
    });

    it('finds what the regex finds in random texts', () => {
      const piece = fc.oneof(fc.constantFrom(...hints), fc.constantFrom(' ', '.', '-', 'a', 'S', 'ı', 'İ', 'ſ', '’s', 'an'), fc.string({ maxLength: 3 }));
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 8 }), fc.boolean(), (parts, upper) => {
          const text = upper ? parts.join('').toUpperCase() : parts.join('');
          expect(hintsIn(text, index)).toEqual(viaRegex(text, index));
        }),
        { numRuns: 3000 },
      );
    });
  });
});
