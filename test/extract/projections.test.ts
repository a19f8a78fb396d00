import { describe, expect, it } from 'vitest';
import { horizonNear, periodOfMoney } from '../../pipeline/extract/projections.ts';

describe('horizonNear', () => {
  const cases: [string, string, string | null][] = [
    ['The mine will produce 450,000 tonnes a year from 2027.', '450,000 tonnes', 'from 2027'],
    ['It will spend $2bn over the next three years, lifting output to 90,000 tonnes a year starting in 2028.', '90,000 tonnes', 'starting in 2028'],
    ['Output will reach 3 million tonnes by 2030.', '3 million tonnes', 'by 2030'],
    ['The plant will produce 500 MW.', '500 MW', null],
  ];
  it.each(cases)('%s', (sentence, figure, expected) => {
    const start = sentence.indexOf(figure);
    expect(horizonNear(sentence, start, start + figure.length)).toBe(expected);
  });
});

describe('periodOfMoney', () => {
  const cases: [string, string, string | null, string][] = [
    ['The project will generate annual revenue of ', ' once complete.', null, 'year'],
    ['Exports could reach ', ' a year by 2028.', 'by 2028', 'year'],
    ['It will have free cash flow of ', ' over 37 years.', 'over 37 years', 'total'],
    ['Its annual report said it could unlock ', ' in investment.', null, 'total'],
  ];
  it.each(cases)('%s[figure]%s', (before, after, horizon, expected) => {
    expect(periodOfMoney(after, horizon, before)).toBe(expected);
  });
});
