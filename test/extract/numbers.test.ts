import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNumbers, formatWithScale, MAY_HOLD_NUMBER, mayHoldNumber, parseNumber } from '../../pipeline/extract/numbers.ts';

describe('parseNumber', () => {
  const cases: [string, number | null][] = [
    ['1,250', 1250],
    ['1 250', 1250],
    ['12.5', 12.5],
    ['0.75', 0.75],
    ['3.5bn', 3.5e9],
    ['3.5 bn', 3.5e9],
    ['450m', 4.5e8],
    ['450 million', 4.5e8],
    ['12 mn', 1.2e7],
    // Malaysian papers' "bil" and "mil", glued to the digits.
    ['2.1bil', 2.1e9],
    ['500mil', 5e8],
    ['2 trillion', 2e12],
    ['1.2tn', 1.2e12],
    ['$50k'.slice(1), 5e4],
    ['5,000 crore', 5e10],
    // Indian headlines' "Cr", spaced but capitalised.
    ['180 Cr', 1.8e9],
    ['10 lakh', 1e6],
    ['1 lakh crore', 1e12],
    ['12,50,000', 1.25e6],
    // A decimal comma only before a scale word.
    ['1,5 milliards', 1.5e9],
    ['2,75 billion', 2.75e9],
    ['1,500', 1500],
    ['3 milliard', 3e9],
    ['two billion', 2e9],
    ['twenty-five million', 2.5e7],
    ['a billion', 1e9],
    ['half a billion', 5e8],
    // A fraction "of" a scale, whole: not "a billion" alone.
    ['a quarter of a billion', 2.5e8],
    ['three quarters of a million', 7.5e5],
    // A decimal spoken in words before a scale, whole: not "five billion" alone.
    ['one point five billion', 1.5e9],
    ['two point seven five million', 2.75e6],
    ['nine point oh five billion', 9.05e9],
    ['one and a half', 1.5],
    ['one and a half billion', 1.5e9],
    ['one hundred and fifty million', 1.5e8],
    ['three hundred', 300],
    ['a dozen', 12],
    ['ninety-nine', 99],
    ['450 m', null], // "m" after a space may be metres: not a scale
    ['hello', null],
    ['half', null],
    ['a', null],
  ];
  it.each(cases)('%s → %s', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });
});

describe('findNumbers', () => {
  it('flags model names, event names and years', () => {
    const found = findNumbers('The JF-17 flew at COP29 and the A320 in 1991, on November 7, 2025, for Web 3.0.').map((t) => [
      t.surface,
      t.gluedLeft,
      t.yearLike,
    ]);
    expect(found).toEqual([
      ['17', true, false],
      ['29', true, false],
      ['320', true, false],
      ['1991', false, true],
      ['7', false, false],
      ['2025', false, true],
      ['3.0', false, false],
    ]);
  });
  it('does not split a decimal or read "one" inside other words', () => {
    expect(findNumbers('someone paid 1.25 billion').map((t) => t.value)).toEqual([1.25e9]);
  });
});

describe('properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        findNumbers(s);
        parseNumber(s);
      }),
      { numRuns: 300 },
    );
  });
  it('reads back a number written with a scale word', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.constantFrom('thousand', 'million', 'billion', 'trillion' as const), (n, scale) => {
        const value = (n / 100) * { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[scale];
        const parsed = parseNumber(formatWithScale(value, scale));
        expect(parsed).not.toBeNull();
        expect(Math.abs(parsed! - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-9);
      }),
      { numRuns: 300 },
    );
  });
  it('handles a 100 KB line and huge numbers', () => {
    const line = 'x '.repeat(50_000) + '999999999999999999999999 billion';
    const found = findNumbers(line);
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toBeGreaterThan(1e30);
  });
});

describe('mayHoldNumber', () => {
  const texts = ['', 'no figures here', 'Year 2024', 'ONE', 'someone', 'one-off', 'a half', 'halfway', 'Ninety', 'twentyfive', '٣ Arabic digit', 'x1', 'million'];
  it.each(texts)('answers as MAY_HOLD_NUMBER does: %j', (text) => {
    expect(mayHoldNumber(text)).toBe(MAY_HOLD_NUMBER.test(text));
  });

  it('answers as MAY_HOLD_NUMBER does on random texts', () => {
    const piece = fc.oneof(fc.constantFrom('one', 'Two', 'HALF', 'dozen', 'billion', 'x', ' ', '-', '_', '7', 'é', 'ten'), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(mayHoldNumber(text)).toBe(MAY_HOLD_NUMBER.test(text));
      }),
      { numRuns: 5000 },
    );
  });
});
