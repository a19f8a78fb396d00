import { describe, expect, it } from 'vitest';
import { buildBriefModel } from '../../pipeline/render/viewModel.ts';
import type { Deal } from '../../pipeline/tables.ts';
import { DEALS, FIXTURE_META, FIXTURE_TABLES } from '../fixtures/runTables.ts';

describe('buildBriefModel', () => {
  const model = buildBriefModel(FIXTURE_TABLES, FIXTURE_META);

  it('states the headline figures with their bounds', () => {
    expect(model.headline.map((h) => [h.label, h.main])).toEqual([
      ['Net pledged', 'at least $4.01 billion'],
      ['of which firm', '$996 million'],
      ['Jobs', '4,300'],
      ["Projected exports as a share of Kenya's exports", '15.3%'],
    ]);
    expect(model.period).toBe('4 March 2025 – 12 March 2025 (1 article(s) carry no date)');
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
    const big = buildBriefModel({ ...FIXTURE_TABLES, deals: many }, FIXTURE_META);
    expect([big.deals.length, big.deals[0]!.funder, big.dealsNotes[0]]).toEqual([
      12, 'Fund 199', "Showing the 12 largest of 200 deals; the other 188 ($17.77 billion in all) are in the workbook's Commitments sheet.",
    ]);
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
