import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../pipeline/stages/correct.ts';
import type { Correction, ExtractedTables } from '../../pipeline/tables.ts';
import { commitment, emptyExtracted, job } from '../reconcile/rows.ts';

const tables: ExtractedTables = {
  ...emptyExtracted,
  commitments: [
    commitment('c1', 'a1', { funder: 'Harbor Fund', amount: 2e9, status: 'pledged' }),
    commitment('c2', 'a1', { funder: 'Typo Bnak', amount: 5e6 }),
  ],
  jobs: [job('j1', 'a1', { count: 400 })],
};

const fix = (table: string, row_id: string, column: string, value: string): Correction =>
  ({ table, row_id, column, value, note: 'reviewer' }) as Correction;

describe('applyCorrections', () => {
  const corrections = [
    fix('commitments', 'c1', 'status', 'signed'),
    fix('commitments', 'c1', 'amount', '2,100,000,000'),
    fix('commitments', 'c2', '_drop', ''),
    fix('jobs', 'j1', 'count', '450'),
    fix('commitments', 'c1', 'currency', 'eur'),
    fix('commitments', 'c1', 'sector', ''),
  ];
  const result = applyCorrections(tables, corrections);

  it('sets values and drops rows', () => {
    expect(result.tables.commitments).toEqual([{ ...tables.commitments[0]!, status: 'signed', amount: 2.1e9, currency: 'EUR', sector: null }]);
    expect(result.tables.jobs).toEqual([{ ...tables.jobs[0]!, count: 450 }]);
    expect(result.applied).toEqual(corrections);
    expect(result.checks).toEqual([]);
  });

  it('never touches its input', () => {
    expect(tables.commitments[0]!.status).toBe('pledged');
    expect(tables.commitments).toHaveLength(2);
  });

  it('copies only the rows it changes; the others are the input rows themselves', () => {
    const out = applyCorrections(tables, [fix('commitments', 'c2', 'funder', 'Typo Bank')]);
    expect(out.tables.commitments[0]).toBe(tables.commitments[0]);
    expect(out.tables.commitments[1]).not.toBe(tables.commitments[1]);
    expect(out.tables.commitments[1]).toEqual({ ...tables.commitments[1]!, funder: 'Typo Bank' });
    expect(tables.commitments[1]!.funder).toBe('Typo Bnak');
    expect(out.tables.jobs[0]).toBe(tables.jobs[0]);
    expect(out.tables.commitments).not.toBe(tables.commitments);
  });

  it('sets the first row of an id, drops every row of it, and is stale for an id already dropped', () => {
    const twice: ExtractedTables = { ...tables, commitments: [...tables.commitments, commitment('c1', 'a2', { funder: 'Second Fund' })] };
    const set = applyCorrections(twice, [fix('commitments', 'c1', 'status', 'signed')]);
    expect(set.tables.commitments.map((c) => [c.funder, c.status])).toEqual([['Harbor Fund', 'signed'], ['Typo Bnak', null], ['Second Fund', null]]);
    const dropped = applyCorrections(twice, [fix('commitments', 'c1', '_drop', ''), fix('commitments', 'c1', 'status', 'signed')]);
    expect(dropped.tables.commitments.map((c) => c.commitment_id)).toEqual(['c2']);
    expect(dropped.checks.map((c) => c.kind)).toEqual(['correction_stale']);
  });

  it('gives the same tables when applied again (a re-run)', () => {
    const again = applyCorrections(result.tables, corrections);
    expect(again.tables).toEqual(result.tables);
    expect(applyCorrections(tables, corrections).tables).toEqual(result.tables);
  });

  it("says a corrected receiver or job country came from a correction, unless the source column is itself corrected", () => {
    const read: ExtractedTables = {
      ...emptyExtracted,
      commitments: [
        commitment('c1', 'a1', { recipient: 'Harbor Port Authority', recipient_source: 'article' }),
        commitment('c2', 'a1', { recipient: 'Lake Town', recipient_source: 'article' }),
        commitment('c3', 'a1', { recipient: 'River City', recipient_source: 'article' }),
        commitment('c4', 'a1', { recipient: 'Hill Region', recipient_source: 'article' }),
      ],
      jobs: [job('j1', 'a1', { country: 'Kenya', country_source: 'article' }), job('j2', 'a1', { country: 'Chad', country_source: 'article' })],
    };
    const out = applyCorrections(read, [
      fix('commitments', 'c1', 'recipient', 'Harbour Board'),
      fix('commitments', 'c2', 'recipient', ''),
      fix('commitments', 'c3', 'recipient_source', 'sentence'),
      fix('commitments', 'c3', 'recipient', 'River City Council'),
      fix('commitments', 'c4', 'recipient', 'Hill Province'),
      fix('commitments', 'c4', 'recipient_source', 'article'),
      fix('jobs', 'j1', 'country', 'Uganda'),
      fix('jobs', 'j2', 'location', 'Ndjamena'),
    ]);
    expect(out.tables.commitments.map((c) => [c.commitment_id, c.recipient, c.recipient_source])).toEqual([
      ['c1', 'Harbour Board', 'correction'],
      ['c2', null, null],
      ['c3', 'River City Council', 'sentence'],
      ['c4', 'Hill Province', 'article'],
    ]);
    expect(out.tables.jobs.map((j) => [j.job_id, j.country, j.country_source])).toEqual([
      ['j1', 'Uganda', 'correction'],
      ['j2', 'Chad', 'article'],
    ]);
    expect(out.checks).toEqual([]);
  });

  it('turns stale, unknown and invalid corrections into checks and skips them', () => {
    const bad = [
      fix('commitments', 'gone', 'status', 'signed'),
      fix('commitments', 'c1', 'colour', 'blue'),
      fix('commitments', 'c1', 'status', 'promised'),
      fix('commitments', 'c1', 'amount', 'two billion'),
      fix('commitments', 'c1', 'commitment_id', 'c9'),
      fix('deals', 'c1', 'status', 'signed'),
    ];
    const out = applyCorrections(tables, bad);
    expect(out.tables).toEqual(tables);
    expect(out.applied).toEqual([]);
    expect(out.checks.map((c) => [c.kind, c.severity, c.passed, c.row_ids])).toEqual([
      ['correction_stale', 'warning', false, 'gone'],
      ['correction_invalid', 'error', false, 'c1'],
      ['correction_invalid', 'error', false, 'c1'],
      ['correction_invalid', 'error', false, 'c1'],
      ['correction_invalid', 'error', false, 'c1'],
      ['correction_invalid', 'error', false, 'c1'],
    ]);
    expect(out.checks[0]!.message).toBe(
      'stale correction: commitments row gone no longer exists in this run, so "status" was not applied (the article may have changed or been removed)',
    );
    expect(out.checks[2]!.message).toContain('"promised" is not a valid status (expected one of intended, proposed');
    expect(new Set(out.checks.map((c) => c.check_id)).size).toBe(out.checks.length);
  });
});
