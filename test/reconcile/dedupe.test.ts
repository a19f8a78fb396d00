/**
 * dedupeReports only compares reports whose amounts can agree (an index by amount bucket) and
 * funders can agree (an index by funder keys), and compares them through per-report profiles. That
 * must give the same deals and checks as comparing every pair with the plain comparison.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { compareReports, dedupeReports, type Report } from '../../pipeline/reconcile/dedupe.ts';
import { amountsAllowSame, compareAgreeing, compareProfiles, comparisonKey, fieldsAgree, makeProfile } from '../../pipeline/reconcile/sameDeal.ts';
import { commitment } from './rows.ts';
import { plainCompare } from './plainCompare.ts';
import { plainConflicts } from './plainConflicts.ts';

/** The plain algorithm, every report against every cluster, kept here as the reference. */
function naiveClusters(reports: readonly Report[]): string[][] {
  const clusters: Report[][] = [];
  for (const report of reports) {
    const home = clusters.find((cluster) => cluster.every((m) => compareReports(m, report) === 'same'));
    if (home) home.push(report);
    else clusters.push([report]);
  }
  return clusters.map((c) => c.map((r) => r.commitment.commitment_id));
}

// Names that agree across spellings (an acronym and its name, a name and its short form, an
// agency and its country), so the index must find them as the all-pairs comparison does.
const FUNDERS = [
  'China', 'World Bank', 'Japan', null, 'JBIC', 'Japan Bank for International Cooperation', 'Masdar', 'Masdar Energy',
  'United States', 'US Export-Import Bank', 'International Finance Corporation (IFC)', 'IFC',
] as const;
const FUNDER_COUNTRY: Record<string, string | null> = {
  China: 'China', Japan: 'Japan', 'Japan Bank for International Cooperation': 'Japan', 'United States': 'United States',
  'US Export-Import Bank': 'United States', Masdar: 'United Arab Emirates',
};
const RECIPIENTS = ['Kenya', 'Peru', null] as const;
// null: an amount whose currency the extractor could not tell ("rupees" with no country).
const CURRENCIES = ['USD', 'EUR', 'PKR', null] as const;
const RATE: Record<string, number> = { USD: 1, EUR: 1.08, PKR: 0.0036 };

const reportArb = fc.record({
  funder: fc.constantFrom(...FUNDERS),
  recipient: fc.constantFrom(...RECIPIENTS),
  currency: fc.constantFrom(...CURRENCIES),
  // Amounts close to each other (to make merges and conflicts likely), or none.
  amount: fc.option(fc.constantFrom(1e8, 1.01e8, 1.04e8, 1.2e8, 2e8, 5e8, 5.2e8), { nil: null }),
  article: fc.integer({ min: 0, max: 5 }),
});

type Spec = typeof reportArb extends fc.Arbitrary<infer T> ? T : never;

function toReports(specs: readonly Spec[]): Report[] {
  return specs.map((s, i) => {
    const funderCountry = s.funder === null ? null : (FUNDER_COUNTRY[s.funder] ?? null);
    const c = commitment(`c${i}`, `a${s.article}`, {
      funder: s.funder, funder_country: funderCountry, recipient: s.recipient, recipient_country: s.recipient,
      amount: s.amount, currency: s.amount === null ? null : s.currency, qualifier: s.amount === null ? null : 'exact',
      instrument: 'loan',
    });
    const usd = s.amount === null || s.currency === null ? null : s.amount * RATE[s.currency]!;
    return {
      commitment: c, published: null, articleOrder: s.article,
      usd: usd === null ? null : { amount_usd: usd, amount_usd_low: null, amount_usd_high: null },
      rate: null,
    } as Report;
  });
}

// Every field the comparison reads, with empty values, spellings that agree, a funder named by its
// country (as a name or an ISO code) against organisations of that country, names with no words of
// their own, and amounts of zero, below zero and without a currency.
const WIDE = {
  funder: [
    'China', 'PAK', 'Pakistan', 'Habib Bank', 'China Development Bank', 'CDB', 'The', 'of the', 'Masdar; IFC', 'IFC; Masdar',
    'Export-Import Bank of China', 'Export-Import Bank of Korea', 'Exim Bank', null,
  ],
  funderCountry: ['China', 'Pakistan', 'PAK', 'pak', null],
  recipient: ['Kenya', 'KEN', 'Kenya Railways', 'Peru', null],
  recipientCountry: ['Kenya', 'Peru', 'Atlantis', 'atlantis', null],
  project: ['Lamu Port', 'Lamu port project', 'Lamu Prt', 'Thar Coal', null],
  instrument: ['loan', 'export_credit', 'grant', null],
  sector: ['Energy', 'energy', 'mining', null],
  stake: [null, 10, 20],
  currency: ['USD', 'usd', 'EUR', 'PKR', null],
  amount: [null, 0, -1e8, 1e8, 1.01e8, 1.04e8, 1.049e8, 1.2e8, 2e8],
} as const;
const wideFields = () => ({
  funder: fc.constantFrom(...WIDE.funder),
  funderCountry: fc.constantFrom(...WIDE.funderCountry),
  recipient: fc.constantFrom(...WIDE.recipient),
  recipientCountry: fc.constantFrom(...WIDE.recipientCountry),
  project: fc.constantFrom(...WIDE.project),
  instrument: fc.constantFrom(...WIDE.instrument),
  sector: fc.constantFrom(...WIDE.sector),
  stake: fc.constantFrom(...WIDE.stake),
  currency: fc.constantFrom(...WIDE.currency),
  amount: fc.constantFrom(...WIDE.amount),
  range: fc.boolean(),
  article: fc.integer({ min: 0, max: 5 }),
});
const wideArb = fc.record(wideFields());
type WideSpec = typeof wideArb extends fc.Arbitrary<infer T> ? T : never;

function toWideReports(specs: readonly WideSpec[]): Report[] {
  return specs.map((s, i) => {
    const low = s.range && s.amount !== null ? s.amount * 0.95 : null;
    const high = s.range && s.amount !== null ? s.amount * 1.05 : null;
    const c = commitment(`c${i}`, `a${s.article}`, {
      funder: s.funder, funder_country: s.funderCountry, recipient: s.recipient, recipient_country: s.recipientCountry,
      project: s.project, instrument: s.instrument, sector: s.sector, stake_percent: s.stake,
      amount: s.range ? null : s.amount, amount_low: low, amount_high: high, currency: s.currency,
      qualifier: s.amount === null ? null : s.range ? 'range' : 'exact',
    });
    const rate = s.currency === null ? null : (RATE[s.currency.toUpperCase()] ?? null);
    const usd = (v: number | null) => (v === null || rate === null ? null : v * rate);
    return {
      commitment: c, published: null, articleOrder: s.article,
      usd: rate === null ? null : { amount_usd: usd(c.amount), amount_usd_low: usd(low), amount_usd_high: usd(high) },
      rate: null,
    } as Report;
  });
}

describe('dedupeReports with blocking', () => {
  test('on every field, gives the same deals as comparing every report with every cluster', () => {
    fc.assert(
      fc.property(fc.array(wideArb, { maxLength: 40 }), (specs) => {
        const reports = toWideReports(specs);
        const { deals } = dedupeReports(reports);
        const ordered = [...reports].sort((a, b) => a.articleOrder - b.articleOrder);
        expect(deals.map((d) => d.members.map((m) => m.commitment.commitment_id))).toEqual(naiveClusters(ordered));
      }),
      { numRuns: 1000 },
    );
  });

  test('the comparison through profiles reads every pair as the plain comparison does', () => {
    fc.assert(
      fc.property(wideArb, wideArb, (x, y) => {
        const [a, b] = toWideReports([x, y]);
        expect(compareReports(a!, b!)).toBe(plainCompare(a!, b!));
        expect(compareReports(b!, a!)).toBe(plainCompare(b!, a!));
      }),
      { numRuns: 5000 },
    );
  });

  test("a pair is 'same' exactly when the amounts allow it and the fields agree (what the cluster search asks, in that order)", () => {
    fc.assert(
      fc.property(wideArb, wideArb, (x, y) => {
        const [a, b] = toWideReports([x, y]).map(makeProfile);
        expect(compareProfiles(a!, b!) === 'same').toBe(amountsAllowSame(a!, b!) && fieldsAgree(a!, b!));
        expect(amountsAllowSame(a!, b!)).toBe(amountsAllowSame(b!, a!));
      }),
      { numRuns: 5000 },
    );
  });

  test('a pair whose fields agree gets the same verdict from compareAgreeing (what the conflict search asks) as from compareProfiles', () => {
    fc.assert(
      fc.property(wideArb, wideArb, (x, y) => {
        const [a, b] = toWideReports([x, y]).map(makeProfile);
        if (!fieldsAgree(a!, b!)) return;
        expect(compareAgreeing(a!, b!)).toBe(compareProfiles(a!, b!));
        expect(compareAgreeing(b!, a!)).toBe(compareProfiles(b!, a!));
      }),
      { numRuns: 5000 },
    );
  });

  test('gives the same deals as comparing every report with every cluster', () => {
    fc.assert(
      fc.property(fc.array(reportArb, { maxLength: 40 }), (specs) => {
        const reports = toReports(specs);
        const { deals } = dedupeReports(reports);
        const ordered = [...reports].sort((a, b) => a.articleOrder - b.articleOrder);
        expect(deals.map((d) => d.members.map((m) => m.commitment.commitment_id))).toEqual(naiveClusters(ordered));
      }),
      { numRuns: 500 },
    );
  });

  // Amounts at any place against the index's buckets, and at the edge of agreement: 5% apart (the
  // most two amounts can be and agree), just inside, just past, and in another currency.
  const edgeArb = fc.record({
    base: fc.double({ min: 1e5, max: 1e11, noNaN: true }),
    factors: fc.array(fc.constantFrom(1, 0.95, 0.9500001, 0.9499999, 1 / 0.95, 1.05, 1.0499999, 1.0500001, 0.98, 1.02, 0.97, 1.031), {
      minLength: 1,
      maxLength: 12,
    }),
    currencies: fc.array(fc.constantFrom('USD', 'EUR', 'PKR'), { minLength: 12, maxLength: 12 }),
  });

  test('amounts that agree are found wherever they fall against the buckets, up to 5% apart', () => {
    fc.assert(
      fc.property(edgeArb, ({ base, factors, currencies }) => {
        const reports = factors.map((factor, i): Report => {
          const currency = currencies[i]!;
          const amount = base * factor;
          return {
            commitment: commitment(`c${i}`, `a${i}`, { funder: 'World Bank', recipient: 'Kenya', amount, currency, qualifier: 'exact', instrument: 'loan' }),
            published: null,
            articleOrder: i,
            usd: { amount_usd: amount * RATE[currency]!, amount_usd_low: null, amount_usd_high: null, fx_rate: RATE[currency]!, fx_date: null },
            rate: null,
          };
        });
        const { deals } = dedupeReports(reports);
        expect(deals.map((d) => d.members.map((m) => m.commitment.commitment_id))).toEqual(naiveClusters(reports));
      }),
      { numRuns: 2000 },
    );
  });

  test('reports of one comparison key get one verdict against any report (the article aside)', () => {
    fc.assert(
      fc.property(wideArb, wideArb, fc.integer({ min: 0, max: 5 }), (x, z, article) => {
        const [a, c, b] = toWideReports([x, z, { ...x, article }]);
        // b is a's report from another article, under another id.
        expect(comparisonKey(makeProfile(b!))).toBe(comparisonKey(makeProfile(a!)));
        const same = (v: string) => (v === 'same' ? 'same' : 'not');
        expect(same(compareReports(b!, c!))).toBe(same(compareReports(a!, c!)));
        expect(same(compareReports(c!, b!))).toBe(same(compareReports(c!, a!)));
      }),
      { numRuns: 3000 },
    );
  });

  // One report and look-alikes of it that differ in one field each (as one deal told by many articles is).
  const WIDE_FIELD = { funder: 'funder', funderCountry: 'funderCountry', recipient: 'recipient', recipientCountry: 'recipientCountry',
    project: 'project', instrument: 'instrument', sector: 'sector', stake: 'stake', currency: 'currency', amount: 'amount' } as const;
  const editArb = fc.oneof(
    ...Object.values(WIDE_FIELD).map((field) => fc.constantFrom(...(WIDE[field] as readonly unknown[])).map((value) => ({ field, value }))),
  );
  const lookAlikesArb = fc.tuple(wideArb, fc.array(editArb, { maxLength: 4 })).map(([base, edits]) => [
    base,
    ...edits.map(({ field, value }) => ({ ...base, [field]: value }) as WideSpec),
  ]);

  test('a report and its look-alikes drawn many times, gives the same deals as every report against every member', () => {
    fc.assert(
      fc.property(lookAlikesArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 5 })), { maxLength: 60 }), (pool, picks) => {
        // Clusters then hold many members of few comparison keys.
        const reports = toWideReports(picks.map(([i, article]) => ({ ...pool[i % pool.length]!, article })));
        const { deals } = dedupeReports(reports);
        const ordered = [...reports].sort((a, b) => a.articleOrder - b.articleOrder);
        expect(deals.map((d) => d.members.map((m) => m.commitment.commitment_id))).toEqual(naiveClusters(ordered));
      }),
      { numRuns: 2000 },
    );
  });

  // A report leaving one field empty, then two that state it differently: the second joins the
  // first, the third agrees with the first but not the second, so it must not join them.
  test.each([
    ['funder', [null, 'World Bank', 'Japan']],
    ['funder_country', [null, 'China', 'Pakistan']],
    ['recipient', [null, 'Kenya Railways', 'Peru']],
    ['recipient_country', [null, 'Kenya', 'Peru']],
    ['project', [null, 'Lamu Port', 'Thar Coal']],
    ['instrument', [null, 'loan', 'grant']],
    ['sector', [null, 'energy', 'mining']],
    ['stake_percent', [null, 10, 20]],
    ['amount', [null, 1e8, 2e8]],
  ] as const)('a cluster whose members differ in %s is compared with each of them', (field, values) => {
    const reports = values.map((value, i) => {
      const c = commitment(`c${i}`, `a${i}`, { funder: 'IFC', recipient: 'Kenya', amount: 1e8, instrument: 'loan', [field]: value });
      const usd = c.amount === null ? null : { amount_usd: c.amount, amount_usd_low: null, amount_usd_high: null };
      return { commitment: c, published: null, articleOrder: i, usd, rate: null } as Report;
    });
    const ids = dedupeReports(reports).deals.map((d) => d.members.map((m) => m.commitment.commitment_id));
    expect(ids).toEqual(naiveClusters(reports));
    expect(ids).toEqual([['c0', 'c1'], ['c2']]);
  });

  test('clusters without an amount are found through their fields, as when every cluster is tried', () => {
    // Reports without an amount first (a funder, another funder, none, a country and its agency),
    // then reports with amounts that belong with some of them and not the others.
    const table: Partial<Record<'funder' | 'funder_country' | 'recipient' | 'instrument' | 'amount', string | number | null>>[] = [
      { funder: 'World Bank', recipient: 'Kenya', instrument: 'loan', amount: null },
      { funder: 'China', funder_country: 'China', recipient: 'Kenya', instrument: 'loan', amount: null },
      { funder: null, recipient: 'Peru', instrument: null, amount: null },
      { funder: 'Japan', funder_country: 'Japan', recipient: null, instrument: 'grant', amount: null },
      { funder: 'China Development Bank', funder_country: 'China', recipient: 'Kenya', instrument: 'loan', amount: 1e8 },
      { funder: 'World Bank', recipient: 'Kenya', instrument: 'financing', amount: 2e8 },
      { funder: 'IFC', recipient: 'Peru', instrument: 'loan', amount: 3e8 },
      { funder: 'Japan Bank for International Cooperation', funder_country: 'Japan', recipient: 'Peru', instrument: 'grant', amount: 4e8 },
      { funder: 'World Bank', recipient: 'Kenya', instrument: 'loan', amount: 2e8 },
      { funder: 'World Bank', recipient: 'Peru', instrument: 'loan', amount: 3e8 },
      { funder: null, recipient: null, instrument: null, amount: 5e8 },
    ];
    const reports = table.map((row, i) => {
      const amount = (row.amount ?? null) as number | null;
      const c = commitment(`c${i}`, `a${i}`, {
        funder: (row.funder ?? null) as string | null, funder_country: (row.funder_country ?? null) as string | null,
        recipient: (row.recipient ?? null) as string | null, instrument: (row.instrument ?? null) as never,
        amount, currency: amount === null ? null : 'USD', qualifier: amount === null ? null : 'exact',
      });
      const usd = amount === null ? null : { amount_usd: amount, amount_usd_low: null, amount_usd_high: null };
      return { commitment: c, published: null, articleOrder: i, usd, rate: null } as Report;
    });
    const ids = (deals: readonly { members: readonly Report[] }[]) => deals.map((d) => d.members.map((m) => m.commitment.commitment_id));
    expect(ids(dedupeReports(reports).deals)).toEqual(naiveClusters(reports));
    expect(ids(dedupeReports(reports).deals)).toEqual([['c0', 'c5', 'c8'], ['c1', 'c4'], ['c2', 'c3', 'c7'], ['c6'], ['c9'], ['c10']]);
  });

  test('names the same conflicting deals as comparing every deal of a group with every other, member by member', () => {
    // One funder and project, so that the deals fall in few groups and conflict often; the other
    // fields vary (so that some pairs agree on all but the amount and some do not), and deals are
    // told many times by several articles (so that members share comparison keys).
    const conflictArb = fc.record({
      ...wideFields(),
      funder: fc.constantFrom('China', 'China Development Bank', 'CDB', null),
      funderCountry: fc.constantFrom('China', null),
      project: fc.constantFrom('Lamu Port', 'Lamu port project', 'Thar Coal', null),
    });
    fc.assert(
      fc.property(fc.array(conflictArb, { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 5 })), { maxLength: 60 }), (pool, picks) => {
        const reports = toWideReports(picks.map(([i, article]) => ({ ...pool[i % pool.length]!, article })));
        const { deals, checks } = dedupeReports(reports);
        const named = checks.filter((c) => c.kind === 'conflicting_amount').map((c) => c.row_ids.split(';'));
        expect(named).toEqual(plainConflicts(deals));
      }),
      { numRuns: 1500 },
    );
  });

  test('finds a conflicting amount between two articles about one project', () => {
    const reports = toReports([
      { funder: 'China', recipient: 'Kenya', currency: 'USD', amount: 1e8, article: 0 },
      { funder: 'China', recipient: 'Kenya', currency: 'USD', amount: 2e8, article: 1 },
    ]).map((r) => ({ ...r, commitment: { ...r.commitment, project: 'Lamu Port' } }));
    const { deals, checks } = dedupeReports(reports);
    expect(deals).toHaveLength(2);
    expect(checks.map((c) => c.kind)).toEqual(['conflicting_amount']);
  });

  test('one project told with three amounts gives one check naming all three deals', () => {
    const reports = toReports([
      { funder: 'China', recipient: 'Kenya', currency: 'USD', amount: 1e8, article: 0 },
      { funder: 'China', recipient: 'Kenya', currency: 'USD', amount: 2e8, article: 1 },
      { funder: 'China', recipient: 'Kenya', currency: 'USD', amount: 5e8, article: 2 },
    ]).map((r) => ({ ...r, commitment: { ...r.commitment, project: 'Lamu Port' } }));
    const { deals, checks } = dedupeReports(reports);
    expect(deals).toHaveLength(3);
    expect(checks.map((c) => [c.kind, c.row_ids])).toEqual([['conflicting_amount', 'c0;c1;c2']]);
  });

  test('two loans of one funder to one country with no project named are two deals, not a conflict', () => {
    const { deals, checks } = dedupeReports(
      toReports([
        { funder: 'China', recipient: 'Kenya', currency: 'USD', amount: 1e8, article: 0 },
        { funder: 'China', recipient: 'Kenya', currency: 'USD', amount: 2e8, article: 1 },
      ]),
    );
    expect(deals).toHaveLength(2);
    expect(checks).toEqual([]);
  });
});

describe('the receiver of a deal told in several articles', () => {
  const told = (id: string, article: number, fields: Parameters<typeof commitment>[2]): Report =>
    ({ commitment: commitment(id, `a${article}`, { funder: 'World Bank', amount: 3e8, amount_low: 3e8, amount_high: 3e8, status: 'approved', ...fields }), published: null, articleOrder: article, usd: null, rate: null }) as Report;
  const receiverOf = (reports: Report[]) => dedupeReports(reports).deals.map((d) => [d.row.recipient, d.row.recipient_country, d.row.recipient_source]);

  test("is one an article's sentences name, over one another article only implies", () => {
    expect(receiverOf([
      told('c1', 0, { recipient: 'Nepal', recipient_country: 'Nepal', recipient_source: 'article' }),
      told('c2', 1, { recipient: 'Nepal', recipient_country: 'Nepal', recipient_source: 'sentence' }),
    ])).toEqual([['Nepal', 'Nepal', 'sentence']]);
  });
  test('is the implied one, said so, when no article names it', () => {
    expect(receiverOf([
      told('c1', 0, { recipient: null }),
      told('c2', 1, { recipient: 'Nepal', recipient_country: 'Nepal', recipient_source: 'article' }),
    ])).toEqual([['Nepal', 'Nepal', 'article']]);
  });
});
