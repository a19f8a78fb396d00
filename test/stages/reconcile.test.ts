import { describe, expect, it } from 'vitest';
import { reconcile } from '../../pipeline/stages/reconcile.ts';
import type { Commitment, Deal } from '../../pipeline/tables.ts';
import { RATES, article, commitment, emptyExtracted, job } from '../reconcile/rows.ts';

function run(commitments: Commitment[], articles = [article('a1', '2024-03-01')], countFrom: Deal['status'] = 'pledged') {
  return reconcile(
    { extracted: { ...emptyExtracted, commitments }, articles, fxRates: RATES, countryExports: [] },
    { countFrom: countFrom! },
  );
}

const pick = (d: Deal, keys: (keyof Deal)[]) => Object.fromEntries(keys.map((k) => [k, d[k]]));

describe('reconcile: one deal reported by three articles', () => {
  const articles = [article('a1', '2024-03-01'), article('a2', '2024-05-20'), article('a3', '2024-09-10')];
  const commitments = [
    commitment('c1', 'a1', { funder: 'Japan Bank for International Cooperation', recipient: 'Kenya', project: 'Lakeview Geothermal Plant', amount: 300e6, instrument: 'loan', status: 'approved' }),
    commitment('c2', 'a2', { funder: 'JBIC', recipient: 'Kenya', project: 'Lakevew geothermal project', amount: 300e6, qualifier: 'about', instrument: 'financing', status: 'approved' }),
    commitment('c3', 'a3', { funder: 'Japan Bank for International Cooperation (JBIC)', funder_country: 'Japan', recipient: 'Government of Kenya', recipient_country: 'Kenya', project: 'Lakeview Geothermal', amount: 3e8, instrument: 'loan', status: 'signed', sector: 'energy' }),
  ];
  const result = run(commitments, articles);

  it('merges them into one signed deal that keeps both dates', () => {
    expect(result.deals).toHaveLength(1);
    expect(pick(result.deals[0]!, ['commitment_id', 'article_id', 'article_ids', 'merged_ids', 'source_count', 'first_reported', 'status', 'status_date', 'tier', 'amount', 'amount_usd', 'fx_rate', 'fx_date', 'counts_toward_total', 'funder_country', 'sector'])).toEqual({
      commitment_id: 'c1',
      article_id: 'a1',
      article_ids: 'a1;a2;a3',
      merged_ids: 'c1;c2;c3',
      source_count: 3,
      first_reported: '2024-03-01',
      status: 'signed',
      status_date: '2024-09-10',
      tier: 'firm',
      amount: 300e6,
      amount_usd: 300e6,
      fx_rate: 1,
      fx_date: null,
      counts_toward_total: true,
      funder_country: 'Japan',
      sector: 'energy',
    });
    expect(result.deals[0]!.evidence_id.split(';').sort()).toEqual(['c1-e1', 'c2-e1', 'c3-e1']);
    expect(result.deals[0]!.quote).toBe('quote of c3');
  });
});

describe('reconcile: duplicates within tolerance and across rounding', () => {
  it.each([
    ['over $2bn vs $2bn', { amount: 2e9, qualifier: 'over' as const }, { amount: 2e9 }, 1],
    ['1.25bn vs 1.3bn (rounded)', { amount: 1.25e9 }, { amount: 1.3e9 }, 1],
    ['2% apart', { amount: 1.0e9 }, { amount: 1.015e9 }, 1],
    ['different instruments', { amount: 1e9, instrument: 'grant' as const }, { amount: 1e9 }, 2],
    ['different funders', { funder: 'Baltic Fund', amount: 5e8 }, { amount: 5e8 }, 2],
    ['same funder in two countries', { funder_country: 'Norway', amount: 5e8 }, { funder_country: 'Ghana', amount: 5e8 }, 2],
    ['no amount in either, same project', { project: 'Coastal Road', amount: null }, { project: 'coastal road project', amount: null }, 1],
    ['no amount in one, project in only one', { project: 'Coastal Road', amount: null }, { amount: 7e8 }, 2],
  ])('%s', (_name, a, b, deals) => {
    const base = { funder: 'Nordic Fund', recipient: 'Ghana', instrument: 'investment' as const, status: 'pledged' as const };
    const result = run([commitment('x1', 'a1', { ...base, ...a }), commitment('x2', 'a2', { ...base, ...b })], [article('a1', '2024-01-05'), article('a2', '2024-02-05')]);
    expect(result.deals).toHaveLength(deals);
  });

  it('reads an organisation against its own country as one funder when the rest agrees', () => {
    const result = run(
      [
        commitment('x1', 'a1', { funder: 'Azerbaijan', recipient: 'Pakistan', amount: 5e8, instrument: 'investment', status: 'intended' }),
        commitment('x2', 'a2', { funder: 'Azerbaijan Investment Company', funder_country: 'Azerbaijan', recipient: 'Pakistan', amount: 5e8, instrument: 'investment', status: 'pledged' }),
      ],
      [article('a1', '2024-01-05'), article('a2', '2024-02-05')],
    );
    expect(result.deals.map((d) => [d.merged_ids, d.status, d.funder])).toEqual([['x1;x2', 'pledged', 'Azerbaijan Investment Company']]);
  });
});

describe('reconcile: conflicting amounts', () => {
  it('keeps the two reports apart and raises a check', () => {
    const base = { funder: 'Gulf Development Fund', recipient: 'Egypt', project: 'Red Sea Desalination', instrument: 'loan' as const, status: 'pledged' as const };
    const result = run(
      [commitment('k1', 'a1', { ...base, amount: 400e6 }), commitment('k2', 'a2', { ...base, amount: 650e6 })],
      [article('a1', '2024-01-05'), article('a2', '2024-02-05')],
    );
    expect(result.deals.map((d) => d.commitment_id)).toEqual(['k1', 'k2']);
    const conflicts = result.checks.filter((c) => c.kind === 'conflicting_amount');
    expect(conflicts.map((c) => [c.severity, c.passed, c.row_ids])).toEqual([['warning', false, 'k1;k2']]);
    expect(conflicts[0]!.message).toContain('400,000,000');
  });
});

describe('reconcile: nesting', () => {
  const articles = [article('a1', '2024-04-01')];
  const result = run(
    [
      commitment('p1', 'a1', { funder: 'Export Credit Agency of Nordland', recipient: 'Chile', project: 'Salar Lithium Mine', amount: 500e6, instrument: 'export_credit', status: 'approved' }),
      commitment('p2', 'a1', { funder: 'World Lenders Group', recipient: 'Chile', project: 'Salar lithium project', amount: 1.8e9, qualifier: 'about', instrument: 'debt_package', status: 'expected' }),
      commitment('p3', 'a1', { funder: 'Regional Bank; Coastal Bank', recipient: 'Chile', project: 'Salar Lithium', amount: 900e6, qualifier: 'over', instrument: 'debt_package', status: 'proposed' }),
      commitment('p4', 'a1', { funder: 'Andes Fund', recipient: 'Chile', project: 'Other Port', amount: 100e6, instrument: 'loan', status: 'signed', part_of: 'p2' }),
    ],
    articles,
  );
  it('puts the smaller financings of the project inside its largest package and says why', () => {
    expect(result.deals.map((d) => pick(d, ['commitment_id', 'part_of', 'is_umbrella', 'counts_toward_total', 'tier']))).toEqual([
      { commitment_id: 'p1', part_of: 'p2', is_umbrella: false, counts_toward_total: true, tier: 'firm' },
      { commitment_id: 'p2', part_of: null, is_umbrella: true, counts_toward_total: false, tier: 'prospective' },
      { commitment_id: 'p3', part_of: 'p2', is_umbrella: false, counts_toward_total: false, tier: 'prospective' },
      { commitment_id: 'p4', part_of: 'p2', is_umbrella: false, counts_toward_total: true, tier: 'firm' },
    ]);
    expect(result.deals[0]!.link_reason).toMatch(/inside .*debt package/);
    expect(result.deals[2]!.link_reason).toMatch(/^judgement/);
    expect(result.deals[3]!.link_reason).toMatch(/article says/);
  });
  it('gives each deal the merged columns, then nesting\'s, then counting\'s, in the order the copies of each step gave them', () => {
    for (const deal of result.deals) {
      expect(Object.keys(deal)).toEqual([
        'commitment_id', 'article_id', 'funder', 'funder_type', 'funder_country', 'recipient', 'recipient_country', 'recipient_source', 'project',
        'amount', 'amount_low', 'amount_high', 'currency', 'qualifier', 'instrument', 'status', 'sector', 'stake_percent', 'part_of',
        'evidence_id', 'quote', 'article_ids', 'merged_ids', 'source_count', 'first_reported', 'status_date',
        'amount_usd', 'amount_usd_low', 'amount_usd_high', 'fx_rate', 'fx_date',
        'is_umbrella', 'link_reason', 'tier', 'counts_toward_total',
      ]);
    }
  });
  it('checks the parts against the whole', () => {
    const check = result.checks.find((c) => c.kind === 'parts_exceed_whole');
    // 0.5 + 0.9 + 0.1 = 1.5bn within about 1.8bn
    expect(check && [check.passed, check.severity, check.row_ids]).toEqual([true, 'info', 'p2;p1;p3;p4']);
  });
  it('does not count a part when its whole counts', () => {
    const signedWhole = run(
      [
        commitment('w1', 'a1', { funder: 'Lenders', project: 'Harbour Bridge', amount: 2e9, instrument: 'debt_package', status: 'signed' }),
        commitment('w2', 'a1', { funder: 'Agency', project: 'Harbour Bridge', amount: 5e8, instrument: 'loan', status: 'approved' }),
      ],
      articles,
    );
    expect(signedWhole.deals.map((d) => [d.commitment_id, d.part_of, d.counts_toward_total])).toEqual([
      ['w1', null, true],
      ['w2', 'w1', false],
    ]);
  });
});

describe('reconcile: currency', () => {
  it.each([
    ['rupees at the nearest earlier yearly rate', 'INR', '2024-06-10', 10e9, 125e6, 0.0125, '2024-01-01'],
    ['euros the day before the new year', 'EUR', '2023-12-31', 1e9, 1.08e9, 1.08, '2023-01-01'],
    ['euros on the first day of a year', 'EUR', '2024-01-01', 1e9, 1.1e9, 1.1, '2024-01-01'],
  ])('%s', (_name, currency, date, amount, usd, rate, fxDate) => {
    const result = run([commitment('m1', 'a1', { funder: 'F', amount, currency })], [article('a1', date)]);
    expect(pick(result.deals[0]!, ['amount_usd', 'fx_rate', 'fx_date'])).toEqual({ amount_usd: usd, fx_rate: rate, fx_date: fxDate });
  });

  it('leaves a missing rate empty and says so', () => {
    const result = run([commitment('m1', 'a1', { funder: 'F', amount: 5e9, currency: 'XOF' })]);
    expect(pick(result.deals[0]!, ['amount_usd', 'amount_usd_low', 'amount_usd_high', 'fx_rate', 'fx_date'])).toEqual({
      amount_usd: null, amount_usd_low: null, amount_usd_high: null, fx_rate: null, fx_date: null,
    });
    expect(result.checks.filter((c) => c.kind === 'missing_rate').map((c) => [c.severity, c.row_ids, c.message])).toEqual([
      ['warning', 'm1', 'no exchange rate for XOF on or before 2024-03-01 in fx_rates.csv: amount left without a USD value'],
    ]);
  });

  it('uses the latest rate up to the run date for an undated article, with an info check', () => {
    const result = run([commitment('m1', 'a0', { funder: 'F', amount: 1e9, currency: 'EUR' })], [article('a0', null), article('a1', '2023-06-01')]);
    expect(pick(result.deals[0]!, ['amount_usd', 'fx_date'])).toEqual({ amount_usd: 1.08e9, fx_date: '2023-01-01' });
    expect(result.checks.filter((c) => c.kind === 'no_article_date').map((c) => [c.severity, c.message])).toEqual([
      ['info', 'no article date: latest EUR rate used (dated 2023-01-01)'],
    ]);
  });
});

describe('reconcile: counting from a status', () => {
  const commitments = [
    commitment('s1', 'a1', { funder: 'A', amount: 1e6, status: 'intended' }),
    commitment('s2', 'a1', { funder: 'B', amount: 2e6, status: 'pledged' }),
    commitment('s3', 'a1', { funder: 'C', amount: 3e6, status: 'cancelled' }),
    commitment('s4', 'a1', { funder: 'D', amount: null, status: 'signed' }),
    commitment('s5', 'a1', { funder: 'E', amount: 5e6, status: 'other' }),
  ];
  it.each([
    ['pledged', ['s2']],
    ['intended', ['s1', 's2']],
    ['signed', []],
  ] as const)('from %s', (from, expected) => {
    expect(run(commitments, undefined, from).deals.filter((d) => d.counts_toward_total).map((d) => d.commitment_id)).toEqual(expected);
  });
  it('flags a commitment without a funder', () => {
    const result = run([commitment('n1', 'a1', { amount: 1e6, quote: 'A fund will put $1 million into schools.' })]);
    expect(result.checks.map((c) => [c.kind, c.row_ids, c.message])).toEqual([
      ['missing_funder', 'n1', 'commitment n1 names no funder: "A fund will put $1 million into schools."'],
    ]);
  });
});

describe('reconcile: jobs', () => {
  it('passes jobs through and checks a stated total against its parts', () => {
    const jobs = [
      job('j1', 'a1', { count: 2000, location: 'Texas', country: 'United States' }),
      job('j2', 'a1', { count: 3000, location: 'Sonora', country: 'Mexico' }),
      job('j3', 'a1', { count: 5000, kind: 'total', total_of: 'j1;j2' }),
      job('j4', 'a1', { count: 900, kind: 'total', total_of: 'j1' }),
    ];
    const result = reconcile({ extracted: { ...emptyExtracted, jobs }, articles: [article('a1', null)], fxRates: [], countryExports: [] }, { countFrom: 'pledged' });
    expect(result.jobs).toEqual(jobs);
    expect(result.checks.map((c) => [c.kind, c.severity, c.passed, c.row_ids, c.message])).toEqual([
      ['jobs_total', 'info', true, 'j3;j1;j2', 'stated total of 5,000 jobs (j3) equals its parts (j1: 2,000 + j2: 3,000)'],
      // j1 belongs to j3, the first total to list it: j4 is left with no parts, so it is summed alone.
      ['jobs_total', 'warning', false, 'j4;j1',
        'jobs total j4 lists parts already listed by an earlier total, which keeps them (the later total is checked and summed without them): j1 (j3)'],
    ]);
  });

  it('checks a later total against the parts no earlier total lists', () => {
    const jobs = [
      job('j1', 'a1', { count: 2000 }),
      job('j2', 'a1', { count: 3000 }),
      job('j3', 'a1', { count: 700 }),
      job('j4', 'a1', { count: 5000, kind: 'total', total_of: 'j1;j2' }),
      job('j5', 'a1', { count: 3700, kind: 'total', total_of: 'j2;j3' }),
    ];
    const result = reconcile({ extracted: { ...emptyExtracted, jobs }, articles: [article('a1', null)], fxRates: [], countryExports: [] }, { countFrom: 'pledged' });
    expect(result.checks.map((c) => [c.severity, c.passed, c.row_ids])).toEqual([
      ['info', true, 'j4;j1;j2'],
      ['warning', false, 'j5;j2'],
      ['warning', false, 'j5;j3'],
    ]);
  });
});

describe('reconcile: a jobs total the extractor left unlinked', () => {
  it('links it to the figures of the same article that add up to it', () => {
    const jobs = [
      job('h1', 'a1', { count: 13500, kind: 'total', location: 'both countries' }),
      job('h2', 'a1', { count: 6000, location: 'Ohio' }),
      job('h3', 'a1', { count: 250, location: 'head office' }),
      job('h4', 'a1', { count: 7500, location: 'Punjab' }),
      job('h5', 'a2', { count: 13500, location: 'elsewhere' }),
    ];
    const result = reconcile({ extracted: { ...emptyExtracted, jobs }, articles: [article('a1', null)], fxRates: [], countryExports: [] }, { countFrom: 'pledged' });
    expect(result.jobs.map((j) => [j.job_id, j.total_of])).toEqual([['h1', 'h2;h4'], ['h2', null], ['h3', null], ['h4', null], ['h5', null]]);
    expect(result.checks.map((c) => [c.kind, c.passed, c.row_ids])).toEqual([['jobs_total', true, 'h1;h2;h4']]);
  });
});

describe('reconcile: a project spelt as one of its aliases', () => {
  const lakeview = {
    project_id: 'p1', article_id: 'a1', name: 'Lakeview Geothermal Plant', aliases: 'Lakevew geothermal project;Lakeview plant', kind: null,
    location: null, country: null, cost: null, currency: null, developer: null, evidence_id: 'p1-e1', quote: 'quote of p1',
  };
  const commitments = [
    commitment('c1', 'a1', { funder: 'Nordic Fund', recipient: 'Kenya', project: 'Lakevew geothermal project', amount: 3e8, instrument: 'loan' }),
    commitment('c2', 'a1', { funder: 'Baltic Fund', recipient: 'Ghana', project: 'Coastal Road', amount: 5e8, instrument: 'grant' }),
  ];
  const before = structuredClone(commitments);
  const result = reconcile(
    { extracted: { ...emptyExtracted, commitments, projects: [lakeview] }, articles: [article('a1', '2024-03-01')], fxRates: RATES, countryExports: [] },
    { countFrom: 'pledged' },
  );

  it("is read as the project's name; a name that is no alias stays as written", () => {
    expect(result.deals.map((d) => [d.commitment_id, d.project])).toEqual([
      ['c1', 'Lakeview Geothermal Plant'],
      ['c2', 'Coastal Road'],
    ]);
  });

  it('leaves the extracted rows as they were', () => {
    expect(commitments).toEqual(before);
  });
});
