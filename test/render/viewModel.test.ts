import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildBriefModel, largestFirst } from '../../pipeline/render/viewModel.ts';
import { countDeals } from '../../pipeline/reconcile/counting.ts';
import { aggregate } from '../../pipeline/stages/aggregate.ts';
import type { Check, Deal } from '../../pipeline/tables.ts';
import { DEALS, FIXTURE_META, FIXTURE_TABLES } from '../fixtures/runTables.ts';

describe('buildBriefModel', () => {
  const model = buildBriefModel(FIXTURE_TABLES, FIXTURE_META);

  it('states the headline figures with their bounds', () => {
    expect(model.headline.map((h) => [h.label, h.main, h.note])).toEqual([
      ['Net pledged', 'at least $4.01 billion', '4 deal(s), each counted once (a part inside a summed deal is not added again)'],
      // The firm tier holds the signed part of the pledged umbrella: not a share of the net total.
      ['Firm money', '$2.2 billion', '2 deal(s) approved, signed or disbursed'],
      ['Jobs', '4,300', '3 job figure(s) added; a stated total and its parts are never both counted'],
      ["Projected exports as a share of Kenya's exports", '15.3%', "projected exports of $1.1 billion over Kenya's exports of $7.2 billion in 2024 (test reference)"],
    ]);
    expect(model.period).toBe('4 March 2025 – 12 March 2025 (1 article(s) carry no date)');
  });

  it('says what the net figure holds, and the narrower headline count when it differs', () => {
    // Counting from "approved": the pledged umbrella no longer counts, so its signed part does, with the approved credit.
    const deals = countDeals(DEALS, 'approved');
    const tables = { ...FIXTURE_TABLES, deals, aggregates: aggregate({ deals, jobs: FIXTURE_TABLES.jobs, projections: [], countryExports: [], articles: [] }) };
    const net = buildBriefModel(tables, { ...FIXTURE_META, countFrom: 'approved' }).headline[0]!;
    expect([net.main, net.note]).toEqual([
      'at least $4.01 billion',
      '4 deal(s), each counted once (a part inside a summed deal is not added again); counted toward the headline ("approved" or firmer): $2.2 billion in 2 deal(s)',
    ]);
  });

  it('lists deals largest first, marks the part inside its umbrella, leaves cancelled deals out', () => {
    expect(model.deals.map((d) => [d.funder, d.amount, d.original, d.partNote !== null])).toEqual([
      ['Qatar Investment Authority', 'over $3 billion', null, false],
      ['Qatar Investment Authority', '$1.2 billion', null, true],
      ['Export-Import Bank of India', '$996 million', 'INR 83 billion', false],
      ['Nordic Climate Fund', 'up to $500 million', null, false],
      ["=cmd|' /C calc'!A0 Harbour Capital", '$10 million', null, false],
    ]);
    expect(model.dealsNotes).toEqual(['1 cancelled deal(s) worth $250 million are listed in the workbook and not counted.']);
  });

  it('says when a receiver was read from the article, not from the cited sentence', () => {
    expect(model.deals.map((d) => [d.funder, d.recipient, d.recipientNote])).toEqual([
      ['Qatar Investment Authority', 'Kenya', null],
      ['Qatar Investment Authority', 'Lamu Gateway container terminal, Kenya', null],
      ['Export-Import Bank of India', 'northern railway upgrade, Sri Lanka', null],
      ['Nordic Climate Fund', 'Kenya', 'receiver named elsewhere in the article, not in the cited sentence'],
      ["=cmd|' /C calc'!A0 Harbour Capital", expect.stringContaining('Mombasa'), null],
    ]);
  });

  it('footnotes every figure shown with its verbatim sentence and article', () => {
    const refs = [...model.headline.flatMap((h) => h.refs), ...model.deals.flatMap((d) => d.refs), ...model.jobs.flatMap((j) => j.refs), ...model.projections.flatMap((p) => p.refs)];
    expect(new Set(refs)).toEqual(new Set(model.footnotes.map((f) => f.n)));
    expect(model.deals.every((d) => d.refs.length > 0)).toBe(true);
    const rupee = model.footnotes[model.deals[2]!.refs[0]! - 1]!;
    expect(rupee).toEqual({
      n: model.deals[2]!.refs[0],
      quote: 'The Export-Import Bank of India approved a Rs 8,300 crore line of credit to Sri Lanka for the northern railway upgrade.',
      source: '“India approves Rs 8,300 crore credit line for Sri Lankan rail”, Island Business Review, 12 March 2025',
    });
  });

  it('keeps the brief a summary whatever the corpus size', () => {
    const many: Deal[] = Array.from({ length: 200 }, (_, i) => ({ ...DEALS[3]!, commitment_id: `c-${i}`, funder: `Fund ${i}`, amount_usd: (i + 1) * 1e6 }));
    const checks: Check[] = Array.from({ length: 30 }, (_, i) => ({
      check_id: `k-${i}`, kind: 'missing_funder', severity: i % 3 === 0 ? 'error' : 'warning', passed: false, message: `check ${i}`, row_ids: '',
    }));
    const aggregates = aggregate({ deals: many, jobs: [], projections: [], countryExports: [], articles: [] });
    const big = buildBriefModel({ ...FIXTURE_TABLES, deals: many, checks, aggregates }, FIXTURE_META);
    // 1 + 2 + ... + 188 million: the deals not shown, all in the net total.
    expect([big.deals.length, big.deals[0]!.funder, big.dealsNotes[0], big.failedChecks.length, big.checksNote]).toEqual([
      12, 'Fund 199', "Showing the 12 largest of 200 deals; the other 188 (together $17.77 billion of the net total) are in the workbook's Commitments sheet.",
      10, "Showing 10 of 30 checks that need attention (errors first); every check is in the workbook's Checks sheet.",
    ]);
    expect(big.failedChecks.every((c) => c.severity === 'error')).toBe(true);
    // Footnotes only for what is shown: one per deal row (the clones share one sentence).
    expect(big.footnotes.length).toBeLessThanOrEqual(12 + 8 + 8 + 4);
  });

  it('reads "—" for figures the run did not compute', () => {
    const empty = buildBriefModel({ ...FIXTURE_TABLES, aggregates: [] }, FIXTURE_META);
    expect(empty.headline.map((h) => h.main)).toEqual(['—', '—', '—', '—']);
    expect(empty.funders).toEqual([]);
  });

  it('lists failed checks, errors first', () => {
    expect(model.failedChecks.map((c) => c.severity)).toEqual(['error', 'warning']);
  });
});

describe('largestFirst', () => {
  // The order the brief always had: a stable sort comparing amounts, then funders by localeCompare.
  const reference = <T extends { amount_usd: number | null; funder: string | null }>(deals: T[]) =>
    [...deals].sort((a, b) => (b.amount_usd ?? -1) - (a.amount_usd ?? -1) || (a.funder ?? '').localeCompare(b.funder ?? ''));
  // Names that collate equal or close: accents, case, a decomposed é, empty and unknown funders.
  const funders = ['China', 'china', 'Chína', 'Chi\u0301na', 'CHINA', 'Japan', 'Ägypt', 'Egypt', 'egypt', '', null, 'World Bank', 'world bank'];

  it('orders deals exactly as the localeCompare comparator does, ties kept in input order', () => {
    const deal = fc.record({
      id: fc.nat(),
      amount_usd: fc.option(fc.constantFrom(0, 1, 5e6, 5e6, 1e9, 2.5e9), { nil: null }),
      funder: fc.constantFrom(...funders),
    });
    fc.assert(
      fc.property(fc.array(deal, { maxLength: 60 }), (deals) => {
        expect(largestFirst(deals)).toEqual(reference(deals));
      }),
      { numRuns: 300 },
    );
  });

  it('puts unknown amounts last and breaks ties by funder', () => {
    const deals = [
      { id: 1, amount_usd: null, funder: 'Japan' },
      { id: 2, amount_usd: 5, funder: 'Japan' },
      { id: 3, amount_usd: 5, funder: 'China' },
      { id: 4, amount_usd: 9, funder: null },
      { id: 5, amount_usd: null, funder: 'China' },
    ];
    expect(largestFirst(deals).map((d) => d.id)).toEqual([4, 3, 2, 5, 1]);
  });
});
