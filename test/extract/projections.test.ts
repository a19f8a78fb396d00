import { describe, expect, it } from 'vitest';
import { horizonNear } from '../../pipeline/extract/projections.ts';

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
