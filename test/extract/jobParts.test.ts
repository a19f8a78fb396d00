import { beforeAll, describe, expect, it } from 'vitest';
import { linkJobTotals } from '../../pipeline/extract/jobParts.ts';
import { loadExtractReference } from '../../pipeline/io/extractReference.ts';
import { extractArticle, type ExtractReference } from '../../pipeline/stages/extract.ts';
import type { Job } from '../../pipeline/tables.ts';
import { madeUpArticle } from './madeUpArticle.ts';

type Spec = [id: string, count: number, kind: Job['kind'], sentence: number | string, place?: string, project?: string];

/**
 * A job row; `sentence` is its sentence's text, or a number standing for it (rows of one sentence
 * share a quote); `place` is location and country.
 */
function job([job_id, count, kind, sentence, place, project]: Spec, article_id = 'a'): Job {
  return {
    job_id, article_id, project: project ?? null, count, count_low: count, count_high: count, qualifier: 'exact',
    location: place ?? null, country: place && !place.includes(' and ') ? place : null, country_source: place && !place.includes(' and ') ? 'sentence' : null, kind, total_of: null,
    evidence_id: `e${job_id}`, quote: typeof sentence === 'string' ? sentence : `sentence ${sentence}`,
  };
}

const FOR_A_TOTAL = 'It will create 33,000 direct jobs and 46,000 indirect jobs, for a total of 49,000.';
const IN_TOTAL = 'It will create 1,200 jobs during construction and 300 permanent jobs, and the group will employ 5,000 people in total.';
const TWO_TOTALS = 'The park will bring 2,000 direct and 3,000 indirect jobs, 5,500 in all, and the port 1,000 direct and 1,100 indirect jobs, 2,000 in all.';

/** [job_id, kind, total_of] of every row, for comparing whole small tables. */
const links = (rows: readonly Job[]) => rows.map((j) => [j.job_id, j.kind, j.total_of]);

const cases: [string, Spec[], [string, Job['kind'], string | null][]][] = [
  ['a stated total takes the parts that add up to it',
    [['j1', 2000, 'direct', 1], ['j2', 3000, 'indirect', 1], ['j3', 5000, 'total', 1]],
    [['j1', 'direct', null], ['j2', 'indirect', null], ['j3', 'total', 'j1;j2']]],
  ['a bare figure equal to the sum of figures of other sentences becomes their total',
    [['j1', 4000, null, 2], ['j2', 1200, null, 3], ['j3', 5200, null, 1]],
    [['j1', null, null], ['j2', null, null], ['j3', 'total', 'j1;j2']]],
  ['a total with no parts that add up stays unlinked',
    [['j1', 4000, null, 1], ['j3', 5000, 'total', 2]],
    [['j1', null, null], ['j3', 'total', null]]],
  ['a stated total takes the parts of its own sentence that add up within 2%, not an exact sum elsewhere',
    [['j1', 3000, null, 1], ['j2', 2000, null, 1], ['j3', 2990, 'direct', 2], ['j4', 2010, 'indirect', 2], ['j5', 5050, 'total', 2]],
    [['j1', null, null], ['j2', null, null], ['j3', 'direct', null], ['j4', 'indirect', null], ['j5', 'total', 'j3;j4']]],
  ['a total that refers back ("for a total of 49,000") takes the figures before it even when they do not add up (the check flags it)',
    [['j1', 8000, null, 1], ['j2', 42000, null, 2], ['j3', 33000, 'direct', FOR_A_TOTAL], ['j4', 46000, 'indirect', FOR_A_TOTAL], ['j5', 49000, 'total', FOR_A_TOTAL]],
    [['j1', null, null], ['j2', null, null], ['j3', 'direct', null], ['j4', 'indirect', null], ['j5', 'total', 'j3;j4']]],
  ['a total with a noun of its own takes the figures of its sentence only when they add up',
    [['j1', 1200, 'construction', IN_TOTAL], ['j2', 300, 'operations', IN_TOTAL], ['j3', 5000, 'total', IN_TOTAL]],
    [['j1', 'construction', null], ['j2', 'operations', null], ['j3', 'total', null]]],
  ['each of two totals that refer back takes the figures since the one before',
    [['j1', 2000, 'direct', TWO_TOTALS], ['j2', 3000, 'indirect', TWO_TOTALS], ['j3', 5500, 'total', TWO_TOTALS],
      ['j4', 1000, 'direct', TWO_TOTALS], ['j5', 1100, 'indirect', TWO_TOTALS], ['j6', 2000, 'total', TWO_TOTALS]],
    [['j1', 'direct', null], ['j2', 'indirect', null], ['j3', 'total', 'j1;j2'],
      ['j4', 'direct', null], ['j5', 'indirect', null], ['j6', 'total', 'j4;j5']]],
  ['figures of the same sentence are siblings of a bare figure, not its parts',
    [['j1', 54000, null, 1, 'Chile'], ['j2', 8000, null, 1, 'Peru'], ['j3', 46000, null, 2]],
    [['j1', null, null], ['j2', null, null], ['j3', null, null]]],
  ['a part lies inside its total\'s place: Balochistan and Sindh are not parts of a total in Kenya',
    [['j1', 5000, 'total', 1, 'Kenya'], ['j2', 2000, null, 2, 'Pakistan'], ['j3', 3000, null, 2, 'Pakistan']],
    [['j1', 'total', null], ['j2', null, null], ['j3', null, null]]],
  ['a total across two countries takes parts in either, and parts with no place',
    [['j1', 9000, 'total', 1, 'Kenya and Uganda'], ['j2', 5000, null, 2, 'Kenya'], ['j3', 3000, null, 3, 'Uganda'], ['j4', 1000, null, 4], ['j5', 4000, null, 5, 'Pakistan']],
    [['j1', 'total', 'j2;j3;j4'], ['j2', null, null], ['j3', null, null], ['j4', null, null], ['j5', null, null]]],
  ['a figure is the part of one total only',
    [['j1', 14000, 'total', 1], ['j2', 12000, null, 2], ['j3', 2000, null, 3], ['j4', 74000, 'total', 4], ['j5', 72000, null, 5]],
    [['j1', 'total', 'j2;j3'], ['j2', null, null], ['j3', null, null], ['j4', 'total', null], ['j5', null, null]]],
  ['a figure already inside a total does not become a total itself',
    [['j1', 9000, 'total', 1], ['j2', 5000, null, 2], ['j3', 4000, null, 3], ['j4', 2000, null, 4], ['j5', 3000, null, 5]],
    [['j1', 'total', 'j2;j3'], ['j2', null, null], ['j3', null, null], ['j4', null, null], ['j5', null, null]]],
  ['parts of another project are not parts',
    [['j1', 5000, 'total', 1, undefined, 'Lakeview'], ['j2', 2000, null, 2, undefined, 'Hill Mine'], ['j3', 3000, null, 3, undefined, 'Lakeview']],
    [['j1', 'total', null], ['j2', null, null], ['j3', null, null]]],
  ['the fewest parts win',
    [['j1', 6000, 'total', 1], ['j2', 1000, null, 2], ['j3', 2000, null, 3], ['j4', 3000, null, 4], ['j5', 4000, null, 5]],
    [['j1', 'total', 'j3;j5'], ['j2', null, null], ['j3', null, null], ['j4', null, null], ['j5', null, null]]],
];

describe('linkJobTotals', () => {
  it.each(cases)('%s', (_, specs, want) => {
    expect(links(linkJobTotals(specs.map((s) => job(s))))).toEqual(want);
  });

  it('links within each article only, and keeps links already made', () => {
    const rows = [job(['j1', 2000, null, 1], 'a'), job(['j2', 3000, null, 2], 'b'), job(['j3', 5000, 'total', 3], 'a')];
    expect(links(linkJobTotals(rows))).toEqual([['j1', null, null], ['j2', null, null], ['j3', 'total', null]]);
    const linked = [job(['j1', 2000, null, 1]), job(['j2', 3000, null, 2]), { ...job(['j3', 7000, 'total', 3]), total_of: 'j1' }];
    expect(links(linkJobTotals(linked))).toEqual([['j1', null, null], ['j2', null, null], ['j3', 'total', 'j1']]);
  });

  it('does not change its input', () => {
    const rows = [job(['j1', 2000, null, 1]), job(['j2', 3000, null, 2]), job(['j3', 5000, null, 3])];
    const before = structuredClone(rows);
    linkJobTotals(rows);
    expect(rows).toEqual(before);
  });
});

describe('job totals in whole made-up articles', () => {
  let ref: ExtractReference;
  beforeAll(async () => {
    ref = (await loadExtractReference('data/reference')).ref;
  });
  /** count → [kind, location, counts of its parts] of each job row. */
  const jobsOf = (lines: string[]) => {
    const { article, sentences } = madeUpArticle(lines);
    const jobs = extractArticle(article, sentences, ref).jobs;
    const count = (id: string) => jobs.find((j) => j.job_id === id)?.count;
    return jobs.map((j) => [j.count, j.kind, j.location, j.total_of === null ? null : j.total_of.split(';').map(count)]);
  };

  it('keeps a placed figure apart from an equal total told with its parts, and links each total to its own parts', () => {
    expect(jobsOf([
      'Solar parks for East Africa and Pakistan',
      'The project will create 9,000 jobs across Kenya and Uganda.',
      'It will create 5,000 jobs in Kenya and 4,000 jobs in Uganda.',
      'A second plant will create 2,000 jobs in Balochistan and 3,000 jobs in Sindh, 5,000 in all.',
      'The mine will employ 12,000 people in Pakistan.',
    ])).toEqual([
      [9000, 'total', 'Kenya and Uganda', [5000, 4000]],
      [5000, null, 'Kenya', null],
      [4000, null, 'Uganda', null],
      [2000, null, 'Balochistan', null],
      [3000, null, 'Sindh', null],
      [5000, 'total', null, [2000, 3000]],
      [12000, null, 'Pakistan', null],
    ]);
  });

  it('links a stated total to its own sentence\'s figures, not to others that happen to add up', () => {
    expect(jobsOf([
      'Plant in Chile',
      'The plant is expected to create 42,000 jobs and start production in 2028.',
      'It will create 8,000 jobs in Peru.',
      'It will create 33,000 direct jobs and 46,000 indirect jobs, for a total of 49,000.',
    ])).toEqual([
      [42000, null, null, null],
      [8000, null, 'Peru', null],
      [33000, 'direct', null, null],
      [46000, 'indirect', null, null],
      [49000, 'total', null, [33000, 46000]],
    ]);
  });

  it('makes a headline figure the total of body figures in its places, not of figures elsewhere', () => {
    expect(jobsOf([
      'Copper hub to create 6,500 jobs in Pakistan and the US',
      'It will create about 4,000 jobs in the US.',
      'The smelter will employ 2,500 people in Pakistan.',
      'A separate plant will create 3,500 jobs in Chile and 3,000 jobs in Peru.',
    ])).toEqual([
      [6500, 'total', 'Pakistan and United States', [4000, 2500]],
      [4000, null, 'United States', null],
      [2500, null, 'Pakistan', null],
      [3500, null, 'Chile', null],
      [3000, null, 'Peru', null],
    ]);
  });

  it('links a total that refers back to a range before it', () => {
    expect(jobsOf(['Plant jobs', 'It will create 1,000-2,000 direct jobs and 3,000 indirect jobs, for a total of 5,000.'])).toEqual([
      [null, 'direct', null, null],
      [3000, 'indirect', null, null],
      [5000, 'total', null, [null, 3000]],
    ]);
  });

  it('leaves a total with a noun of its own unlinked when its sentence\'s other figures do not add up to it', () => {
    expect(jobsOf(['Plant expansion', IN_TOTAL])).toEqual([
      [1200, 'construction', null, null],
      [300, 'operations', null, null],
      [5000, 'total', null, null],
    ]);
  });

  it('keeps a modifier as the place only when it names a country', () => {
    expect(jobsOf([
      'Plant To Create 5,000 High-Paying Jobs',
      'The deal will support 4,500 American jobs.',
    ])).toEqual([
      [5000, null, null, null],
      [4500, null, 'United States', null],
    ]);
  });

  it('still merges a headline figure into the total its body tells with parts', () => {
    expect(jobsOf([
      'Textile park to create 5,000 jobs',
      'The park will bring 2,000 direct and 3,000 indirect jobs, 5,000 in all.',
    ])).toEqual([
      [5000, 'total', null, [2000, 3000]],
      [2000, 'direct', null, null],
      [3000, 'indirect', null, null],
    ]);
  });
});
