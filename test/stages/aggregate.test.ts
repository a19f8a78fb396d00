import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jobTotals, sharedDeals, uniqueJobs } from '../../pipeline/aggregate/jobs.ts';
import { sameProject } from '../../pipeline/reconcile/names.ts';
import { aggregate } from '../../pipeline/stages/aggregate.ts';
import type { Aggregate, CountryExports, Deal, Job } from '../../pipeline/tables.ts';
import { deal, job, projection } from '../reconcile/rows.ts';

const usd = (amount: number, fields: Partial<Deal> = {}): Partial<Deal> => ({ amount, amount_usd: amount, currency: 'USD', fx_rate: 1, ...fields });

// Five deals shaped like a real story: a firm part inside a prospective package, a lenders'
// package inside it too, and two government intentions, one of them a lower bound.
const deals: Deal[] = [
  deal('d1', usd(2e9, { funder: 'Country A', funder_country: 'Country A', qualifier: 'over', status: 'intended', tier: 'prospective', instrument: 'investment' })),
  deal('d2', usd(1e9, { funder: 'Country A', funder_country: 'Country A', status: 'proposed', tier: 'prospective', instrument: 'loan' })),
  deal('d3', usd(1.25e9, { funder: 'Agency B', status: 'approved', tier: 'firm', part_of: 'd4', counts_toward_total: true, instrument: 'export_credit' })),
  deal('d4', usd(3.5e9, { funder: 'Bank C', qualifier: 'about', status: 'expected', tier: 'prospective', is_umbrella: true, instrument: 'debt_package' })),
  deal('d5', usd(2.6e9, { funder: 'Bank C; Bank D', qualifier: 'over', status: 'proposed', tier: 'prospective', part_of: 'd4', instrument: 'debt_package' })),
  deal('d6', usd(4e8, { funder: 'Fund E', qualifier: 'up_to', status: 'pledged', tier: 'announced', counts_toward_total: true, instrument: 'grant' })),
  deal('d7', usd(9e9, { funder: 'Fund F', status: 'cancelled', tier: 'none' })),
  deal('d8', { funder: 'Fund G', amount: 5e9, currency: 'XOF', status: 'signed', tier: 'firm' }),
];

const pick = (rows: Aggregate[], metric: string, dimension: string) =>
  rows.filter((r) => r.metric === metric && r.dimension === dimension).map((r) => [r.key, r.value_low, r.value, r.value_high, r.rows]);

describe('aggregate: money', () => {
  const rows = aggregate({ deals, jobs: [], projections: [], countryExports: [], articles: [] });
  it('totals gross, net and counted with bounds', () => {
    expect(pick(rows, 'total_pledged', 'all')).toEqual([
      ['gross', 10.35e9, 10.35e9, null, 'd1;d2;d3;d4;d5;d6'],
      ['net', 6.5e9, 6.5e9, null, 'd1;d2;d4;d6'],
      ['counted', 1.25e9, 1.25e9, 1.65e9, 'd3;d6'],
    ]);
    const gross = rows.find((r) => r.key === 'gross')!;
    expect(gross.unit).toBe('USD');
    expect(gross.explanation).toContain('2 lower bound(s) ("over", "at least") so the total is at least $10.35 billion');
    expect(gross.explanation).toContain('1 deal(s) with an amount but no USD rate left out');
  });
  it('totals each tier net of nesting within the tier', () => {
    expect(pick(rows, 'total_pledged', 'status_tier')).toEqual([
      ['firm', 1.25e9, 1.25e9, 1.25e9, 'd3'],
      ['announced', 0, 0, 0.4e9, 'd6'],
      ['prospective', 6.5e9, 6.5e9, null, 'd1;d2;d4'],
    ]);
  });
  it('totals by funder country, net', () => {
    expect(pick(rows, 'total_pledged', 'funder_country')).toEqual([
      ['(unknown)', 3.5e9, 3.5e9, 3.9e9, 'd4;d6'],
      ['Country A', 3e9, 3e9, null, 'd1;d2'],
    ]);
  });
});

describe('aggregate: jobs', () => {
  it.each([
    [
      'parts that add up to the stated total are used instead of it',
      [
        job('j1', 'a1', { count: 6000, qualifier: 'about', country: 'United States', location: 'United States', project: 'Reko Diq' }),
        job('j2', 'a1', { count: 7500, qualifier: 'about', location: 'Sindh, Pakistan' }),
        job('j3', 'a1', { count: 13500, kind: 'total', total_of: 'j1;j2', location: 'Pakistan and United States' }),
        // The same figure of the same project, told again by another article: counted once.
        job('j4', 'a2', { count: 6000, qualifier: 'about', country: 'United States', location: 'United States', project: 'Reko Diq' }),
      ],
      [
        ['all', 'total', 13500, 'j1;j2'],
        ['country', 'Pakistan', 7500, 'j2'],
        ['country', 'United States', 6000, 'j1'],
      ],
    ],
    [
      'a bare figure of one article is the stated total another article counts by its parts',
      [
        job('j1', 'a1', { count: 10000, project: 'Naivasha line' }),
        job('j2', 'a2', { count: 6000, location: 'Nairobi', country: 'Kenya', project: 'Naivasha line' }),
        job('j3', 'a2', { count: 4000, location: 'Nakuru', project: 'Naivasha line' }),
        job('j4', 'a2', { count: 10000, kind: 'total', total_of: 'j2;j3', project: 'Naivasha line' }),
        // Another project's 10,000 is its own.
        job('j5', 'a3', { count: 10000, project: 'Lamu port' }),
      ],
      [
        ['all', 'total', 20000, 'j2;j3;j5'],
        ['country', '(unknown)', 14000, 'j3;j5'],
        ['country', 'Kenya', 6000, 'j2'],
      ],
    ],
    [
      'a total its parts do not match is used alone',
      [
        job('j1', 'a1', { count: 100, country: 'Chile' }),
        job('j2', 'a1', { count: 200, country: 'Peru' }),
        job('j3', 'a1', { count: 1000, kind: 'total', total_of: 'j1;j2', country: 'Chile' }),
      ],
      [
        ['all', 'total', 1000, 'j3'],
        ['country', 'Chile', 1000, 'j3'],
      ],
    ],
    [
      'a part listed by two totals belongs to the first (the workbook\'s formulas read the same owner)',
      [
        job('j1', 'a1', { count: 2000 }),
        job('j2', 'a1', { count: 3000 }),
        job('j3', 'a1', { count: 700 }),
        job('j4', 'a1', { count: 5000, kind: 'total', total_of: 'j1;j2' }),
        job('j5', 'a1', { count: 3700, kind: 'total', total_of: 'j2;j3' }),
      ],
      // j5 keeps only j3 (700 is not 3,700), so j5 is counted and j3 is not: 2,000 + 3,000 + 3,700.
      [['all', 'total', 8700, 'j1;j2;j5'], ['country', '(unknown)', 8700, 'j1;j2;j5']],
    ],
  ])('%s', (_name, jobs, expected) => {
    const rows = aggregate({ deals: [], jobs, projections: [], countryExports: [], articles: [] }).filter((r) => r.metric === 'jobs' && r.dimension !== 'location');
    expect(rows.map((r) => [r.dimension, r.key, r.value, r.rows])).toEqual(expected);
  });

  // Equal figures of two articles: one figure when the project is the same, or when either names
  // none and the two articles report a deal together; else two.
  const told = (project1: string | null, project2: string | null) => [
    job('j1', 'a1', { count: 500, location: 'Ohio', project: project1 }),
    job('j2', 'a2', { count: 500, location: 'Ohio', project: project2 }),
  ];
  it.each([
    ['no project, articles sharing no deal', told(null, null), [], 1000],
    ['no project, articles reporting one deal', told(null, null), [{ article_ids: 'a2;a1' }], 500],
    ['one project named, articles sharing no deal', told('Lakeview', null), [{ article_ids: 'a1;a3' }], 1000],
    ['one project named, articles reporting one deal', told('Lakeview', null), [{ article_ids: 'a1;a2' }], 500],
    ['the same project, articles sharing no deal', told('Lakeview plant', 'Lakeview'), [], 500],
    ['two projects, articles reporting one deal', told('Lakeview', 'Hill Mine'), [{ article_ids: 'a1;a2' }], 1000],
  ])('repeats: %s', (_name, jobs, deals, total) => {
    const all = jobTotals(jobs, deals).find((r) => r.dimension === 'all')!;
    expect(all.value).toBe(total);
  });
});

describe('aggregate: export share', () => {
  const projections = [
    projection('p1', 'a1', { metric: 'export_value', value: 3e9, unit: 'USD', per: 'year', quote: 'The mine will earn $3 billion a year, about 12 percent of Chile exports.' }),
    projection('p2', 'a1', { metric: 'share_of_exports', value: 12, unit: 'percent', qualifier: 'about', of_what: "Chile's exports", quote: 'The mine will earn $3 billion a year, about 12 percent of Chile exports.' }),
  ];
  const reference: CountryExports[] = [
    { country: 'Chile', year: 2022, exports_usd: 90e9, source: 'test 2022' },
    { country: 'Chile', year: 2023, exports_usd: 100e9, source: 'test 2023' },
  ];
  it.each([
    ['from the reference exports', reference, ['export_share', 'Chile', 3, 'percent'], /over Chile's exports of \$100 billion in 2023 \(test 2023\)/],
    ['as stated when there is no reference', [], ['export_share', 'Chile', 12, 'percent'], /as stated in the article/],
  ])('%s', (_name, countryExports, expected, explanation) => {
    const rows = aggregate({ deals: [], jobs: [], projections, countryExports, articles: [] }).filter((r) => r.metric.startsWith('export'));
    expect(rows.map((r) => [r.metric, r.key, r.value, r.unit])).toEqual([expected, ['export_base_implied', 'Chile', 25e9, 'USD']]);
    expect(rows[0]!.explanation).toMatch(explanation);
    expect(rows[1]!.explanation).toBe("export base the article implies: $3 billion being about 12% of Chile's exports");
  });
  it('reads "nearly 10 percent" as a base of at least value/10%', () => {
    const nearly = [projections[0]!, { ...projections[1]!, value: 10, qualifier: 'nearly' as const }];
    const implied = aggregate({ deals: [], jobs: [], projections: nearly, countryExports: [], articles: [] }).find((r) => r.metric === 'export_base_implied')!;
    expect([implied.value_low, implied.value, implied.value_high]).toEqual([30e9, 30e9, null]);
  });
});

describe('aggregate: jobs told again by other articles', () => {
  /** The rule as stated, pair by pair: what the indexed search must give. */
  function reference(jobs: readonly Job[], deals: readonly { article_ids: string }[]): string[] {
    const together = (a: string, b: string) => deals.some((d) => d.article_ids.split(';').includes(a) && d.article_ids.split(';').includes(b));
    const kept: Job[] = [];
    for (const j of jobs) {
      const repeat = kept.some(
        (k) =>
          j.count !== null && k.count === j.count && k.kind === j.kind && k.location === j.location && k.article_id !== j.article_id &&
          (k.project !== null && j.project !== null ? sameProject(k.project, j.project) : together(k.article_id, j.article_id)),
      );
      if (!repeat) kept.push(j);
    }
    return kept.map((j) => j.job_id);
  }
  const articles = ['a1', 'a2', 'a3', 'a4'];
  const tables = fc.record({
    jobs: fc
      .array(
        fc.record({
          article: fc.constantFrom(...articles),
          count: fc.option(fc.constantFrom(500, 1000), { freq: 5 }),
          kind: fc.constantFrom(null, 'direct'),
          location: fc.constantFrom(null, 'Ohio'),
          project: fc.constantFrom(null, 'Lakeview', 'Lakeview plant', 'Hill Mine'),
        }),
        { maxLength: 12 },
      )
      .map((rows) =>
        rows.map((r, i) => job(`j${i}`, r.article, { count: r.count, kind: r.kind as Job['kind'], location: r.location, project: r.project })),
      ),
    deals: fc.array(fc.subarray(articles, { minLength: 1 }).map((ids) => ({ article_ids: ids.join(';') })), { maxLength: 3 }),
  });
  it('keeps what the pair-by-pair rule keeps', () => {
    fc.assert(
      fc.property(tables, ({ jobs, deals }) => {
        expect(uniqueJobs(jobs, sharedDeals(deals)).jobs.map((j) => j.job_id)).toEqual(reference(jobs, deals));
      }),
      { numRuns: 1000 },
    );
  });
});
