import { describe, expect, it } from 'vitest';
import { withArticleCountry } from '../../pipeline/extract/jobCountry.ts';
import { commitment, job } from '../reconcile/rows.ts';
import { extractLines } from './extractLines.ts';

const toCountry = (id: string, country: string, recipient = country) => commitment(id, 'a', { recipient, recipient_country: country });
const placeOf = (rows: ReturnType<typeof withArticleCountry>) => rows.map((j) => [j.job_id, j.location, j.country, j.country_source]);

describe('withArticleCountry', () => {
  const jobs = [
    job('j1', 'a', { count: 1500 }),
    job('j2', 'a', { count: 6000, location: 'Balochistan', country: 'Pakistan', country_source: 'sentence' }),
    // A place the reference could not place keeps its own location, no country.
    job('j3', 'a', { count: 80, location: 'Kestrel Valley' }),
  ];
  it('places a job whose sentence names no place where the article\'s money goes most often, and says so', () => {
    expect(placeOf(withArticleCountry(jobs, [toCountry('c1', 'India'), toCountry('c2', 'India'), toCountry('c3', 'Japan')], () => null))).toEqual([
      ['j1', null, 'India', 'article'],
      ['j2', 'Balochistan', 'Pakistan', 'sentence'],
      ['j3', 'Kestrel Valley', null, null],
    ]);
  });
  it('counts only money to a country itself: a company\'s country is its home', () => {
    expect(placeOf(withArticleCountry(jobs.slice(0, 1), [toCountry('c1', 'Japan', 'Renesas Electronics'), toCountry('c2', 'United States')], () => null))).toEqual([['j1', null, 'United States', 'article']]);
  });
  it('takes the dateline\'s country when the money names none, or two tie', () => {
    expect(placeOf(withArticleCountry(jobs.slice(0, 1), [], () => 'Thailand'))).toEqual([['j1', null, 'Thailand', 'article']]);
    expect(placeOf(withArticleCountry(jobs.slice(0, 1), [toCountry('c1', 'Switzerland'), toCountry('c2', 'United Kingdom')], () => 'Switzerland'))).toEqual([['j1', null, 'Switzerland', 'article']]);
  });
  it('leaves the country empty when neither says', () => {
    expect(placeOf(withArticleCountry(jobs.slice(0, 1), [toCountry('c1', 'Switzerland'), toCountry('c2', 'United Kingdom')], () => null))).toEqual([['j1', null, null, null]]);
  });
  it('returns its input unchanged when every job is placed', () => {
    const placed = jobs.slice(1, 2);
    expect(withArticleCountry(placed, [toCountry('c1', 'India')], () => 'India')).toBe(placed);
  });
});

describe('jobs of a made-up article', () => {
  const extract = extractLines();
  it('are placed by their sentence, else by the article, and say which', () => {
    const got = extract([
      'Zentrova to invest $5 billion in India',
      'BENGALURU, March 12 - Zentrova will invest $5 billion in India over five years, the U.S. software maker said.',
      'The campus is expected to create 1,500 direct jobs, and the company will hire 300 people in Pune.',
    ]).jobs;
    expect(got.map((j) => [j.count, j.location, j.country, j.country_source])).toEqual([
      [1500, null, 'India', 'article'],
      [300, 'Pune', 'India', 'sentence'],
    ]);
  });
});
