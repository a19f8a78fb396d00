import { describe, expect, it } from 'vitest';
import { isRoundupTitle } from '../../pipeline/extract/roundup.ts';
import { extractLines } from './extractLines.ts';

describe('isRoundupTitle', () => {
  it.each([
    ["AFRICA DEALS-Kenya's KCB gets $50 mln IFC loan; MTN Ghana to invest 1.2 bln cedis", true],
    ['Tata Power Signs $250 Million ADB Loan; Mitsui to Buy 26% of Sunvolt: India Deals', true],
    ["In brief: Proparco lends CFA30bn to Senegal's CBAO", true],
    ['LatAm deals of the day-IDB Invest lines up 2.4 bln reais for Suzano', true],
    // A newsletter's issue.
    ['Semafor Africa: China Exim walks from an Ethiopian rail loan; IDC backs green steel', true],
    ["Five Things to Start Your Day: Saudi deposit rollover, a yuan loan and Aramco's India bet", true],
    ["The Big Deal: October's $410M, a Cairo freight round and a cedi first", true],
    ['Scoop: DFC lines up $500M for Indian solar maker', false],
    // A semicolon alone may join two tellings of one deal.
    ['Kenya gets $500m World Bank loan; Treasury hails deal', false],
    ['Qatar pledges $3bn to Egypt', false],
    [null, false],
  ])('%s → %s', (title, want) => {
    expect(isRoundupTitle(title)).toBe(want);
  });
});

describe('a roundup of unrelated deals', () => {
  const extract = extractLines();
  it("lends no item another item's receiver, and places no job by the article", () => {
    const got = extract([
      "AFRICA DEALS-World Bank lends to Ghana; Afreximbank backs refinery",
      'The World Bank approved a $100 million loan to Ghana for roads.',
      'Afreximbank approved a $300 million facility for a refinery, the bank said.',
      'A separate cement plant will create 2,500 jobs, its owner said.',
    ]);
    expect(got.commitments.map((c) => [c.amount, c.funder, c.recipient])).toEqual([
      [1e8, 'World Bank', 'Ghana'],
      [3e8, 'African Export-Import Bank', null],
    ]);
    expect(got.jobs.map((j) => [j.count, j.country, j.country_source])).toEqual([[2500, null, null]]);
  });
  it('while the same items under a headline of one deal do borrow', () => {
    const got = extract([
      'World Bank lends to Ghana for roads',
      'The World Bank approved a $100 million loan to Ghana for roads.',
      'Afreximbank approved a $300 million facility for a refinery, the bank said.',
      'A separate cement plant will create 2,500 jobs, its owner said.',
    ]);
    expect(got.commitments.map((c) => [c.amount, c.recipient])).toEqual([
      [1e8, 'Ghana'],
      [3e8, 'Ghana'],
    ]);
    expect(got.jobs.map((j) => [j.count, j.country, j.country_source])).toEqual([[2500, 'Ghana', 'article']]);
  });
});
