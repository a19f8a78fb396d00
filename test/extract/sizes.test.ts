/**
 * sizes.ts: whether a figure is smaller than another told as its whole, within one currency and
 * across two at the reference table's latest rates.
 */
import { describe, expect, it } from 'vitest';
import { comparableSize, latestRates, smallerPart, usdSize, withConvertedRates } from '../../pipeline/extract/sizes.ts';
import type { Commitment, FxRate } from '../../pipeline/tables.ts';

function figure(amount: number | null, currency: string | null, bounds: Partial<Commitment> = {}): Commitment {
  return {
    commitment_id: 'c', article_id: 'a', funder: null, funder_type: null, funder_country: null, recipient: null, recipient_country: null,
    recipient_source: null, project: null, amount, amount_low: amount, amount_high: amount, currency, qualifier: 'exact', instrument: null, status: null,
    sector: null, stake_percent: null, part_of: null, evidence_id: 'e', quote: 'q', ...bounds,
  };
}

const rate = (currency: string, date: string, usd_per_unit: number): FxRate => ({ currency, date, usd_per_unit, source: 'test' });
const RATES = latestRates([rate('EUR', '2023-01-01', 1.05), rate('EUR', '2024-01-01', 1.1), rate('JPY', '2024-01-01', 0.007), rate('USD', '1900-01-01', 1)]);

describe('latestRates', () => {
  it('keeps each currency\'s rate of its latest date, whatever the order of the rows, and a dollar is a dollar', () => {
    const rows = [rate('EUR', '2024-01-01', 1.1), rate('EUR', '2023-01-01', 1.05), rate('USD', '1900-01-01', 0.5)];
    expect([...latestRates(rows)].sort()).toEqual([
      ['EUR', 1.1],
      ['USD', 1],
    ]);
  });
});

describe('smallerPart', () => {
  it.each([
    ['smaller, in one currency', figure(300e6, 'EUR'), figure(1.2e9, 'EUR'), true],
    ['as large, in one currency', figure(1.2e9, 'EUR'), figure(1.2e9, 'EUR'), false],
    ['in one currency the table has no rate for', figure(5e9, 'XOF'), figure(9e9, 'XOF'), true],
    ['euros of dollars, clearly smaller (330m of 1.2bn)', figure(300e6, 'EUR'), figure(1.2e9, 'USD'), true],
    ['yen of dollars (140.7bn yen, about 985m, of 2.7bn)', figure(140.7e9, 'JPY'), figure(2.7e9, 'USD'), true],
    ['euros of dollars, smaller only by a rate\'s move (1.05bn euros, 1.155bn, of 1.2bn)', figure(1.05e9, 'EUR'), figure(1.2e9, 'USD'), false],
    ['euros of dollars, larger', figure(2e9, 'EUR'), figure(1.2e9, 'USD'), false],
    ['a currency the table has no rate for, of dollars', figure(50e9, 'XOF'), figure(1.2e9, 'USD'), false],
    ['a figure of no currency', figure(300e6, null), figure(1.2e9, 'USD'), false],
    ['a whole with no figure', figure(300e6, 'EUR'), figure(null, 'USD', { amount_low: null, amount_high: null }), false],
    ['an "up to" part, by its bound', figure(null, 'EUR', { amount_low: null, amount_high: 500e6 }), figure(1.2e9, 'USD'), true],
  ])('%s', (_, part, whole, expected) => {
    expect(smallerPart(part, whole, RATES)).toBe(expected);
  });

  it('without rates, figures in two currencies are never part and whole', () => {
    expect(smallerPart(figure(300e6, 'EUR'), figure(1.2e9, 'USD'))).toBe(false);
  });
});

describe('usdSize and comparableSize', () => {
  it.each([
    ['dollars', figure(5e6, 'USD'), 5e6, 5e6],
    ['euros at the latest rate', figure(10e6, 'EUR'), 11e6, 11e6],
    ['a currency with no rate: no size in dollars, its own figure to compare within it', figure(7e9, 'XOF'), null, 7e9],
    ['no figure', figure(null, 'EUR', { amount_low: null, amount_high: null }), null, null],
  ])('%s', (_, c, usd, comparable) => {
    const near = (x: number | null) => (x === null ? null : Math.round(x));
    expect([near(usdSize(c, RATES)), near(comparableSize(c, RATES))]).toEqual([usd, comparable]);
  });
});

describe('withConvertedRates', () => {
  it('sizes a currency with no rate at the article\'s own conversion, for telling parts from wholes', () => {
    const sizes = withConvertedRates(RATES, [
      { row: figure(150e6, 'BBD'), converted: { currency: 'USD', value: 75e6 } },
      // A conversion into a currency with a rate counts too: 1,000 million JPY = 7 million dollars.
      { row: figure(2e6, 'XCD'), converted: { currency: 'JPY', value: 1e9 } },
      // A currency with a rate of its own keeps it.
      { row: figure(100, 'EUR'), converted: { currency: 'USD', value: 500 } },
      // No conversion, or one into a currency with no rate: no rate.
      { row: figure(5e6, 'FJD') },
      { row: figure(5e6, 'VUV'), converted: { currency: 'NZD', value: 70e3 } },
    ]);
    expect([...sizes].sort()).toEqual([['BBD', 0.5], ['EUR', 1.1], ['JPY', 0.007], ['USD', 1], ['XCD', 3.5]]);
    expect(smallerPart(figure(150e6, 'BBD'), figure(96e6, 'USD'), sizes)).toBe(true);
    expect(smallerPart(figure(150e6, 'BBD'), figure(96e6, 'USD'), RATES)).toBe(false);
  });
  it('returns the rates themselves when nothing is added', () => {
    expect(withConvertedRates(RATES, [{ row: figure(1, 'USD') }])).toBe(RATES);
  });
});
