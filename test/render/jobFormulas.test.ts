import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jobTotals } from '../../pipeline/aggregate/jobs.ts';
import { jobFacts } from '../../pipeline/render/jobFormulas.ts';
import type { Job } from '../../pipeline/tables.ts';

const job = (i: number, count: number | null, totalOf: readonly number[], project: string | null = null): Job => ({
  job_id: `j${i}`, article_id: `a${i % 3}`, project, count, count_low: count, count_high: count, qualifier: count === null ? null : 'exact',
  location: null, country: null, country_source: null, kind: totalOf.length > 0 ? 'total' : null,
  total_of: totalOf.length > 0 ? totalOf.map((t) => `j${t}`).join(';') : null, evidence_id: `e${i}`, quote: `q${i}`,
});

/**
 * Job tables whose totals list any rows (also rows listed by two totals, or missing ones), as
 * corrections can make them, over three articles, with or without projects; and deals reported by
 * some of those articles together.
 */
const tables = fc.record({
  jobs: fc
    .array(
      fc.record({
        count: fc.option(fc.integer({ min: 1, max: 4 }).map((n) => n * 1000)),
        parts: fc.array(fc.nat(12), { maxLength: 3 }),
        project: fc.constantFrom(null, 'Lakeview', 'Hill Mine'),
      }),
      { minLength: 1, maxLength: 10 },
    )
    .map((rows) => rows.map((r, i) => job(i, r.count, r.parts.filter((p) => p !== i), r.project))),
  deals: fc.array(fc.subarray(['a0', 'a1', 'a2']).map((ids) => ({ article_ids: ids.join(';') })), { maxLength: 2 }),
});

describe('jobFacts', () => {
  it('counts exactly the rows the jobs aggregate sums, whatever totals list', () => {
    fc.assert(
      fc.property(tables, ({ jobs, deals }) => {
        const summed = (jobTotals(jobs, deals).find((a) => a.dimension === 'all')?.rows ?? '').split(';').filter(Boolean);
        // Without the aggregate's list (its repeat search redone), and with it.
        for (const facts of [jobFacts(jobs, { deals }), jobFacts(jobs, new Set(summed))]) {
          expect(jobs.filter((_, i) => facts[i]!.counted).map((j) => j.job_id).sort()).toEqual([...summed].sort());
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives a part listed by two totals to the first', () => {
    const jobs = [job(0, 2000, []), job(1, 3000, []), job(2, 700, []), job(3, 5000, [0, 1]), job(4, 3700, [1, 2])];
    expect(jobFacts(jobs, { deals: [] }).map((f) => [f.totalId, f.usesParts, f.inTotal, f.counted])).toEqual([
      ['j3', false, false, true],
      ['j3', false, false, true],
      ['j4', false, true, false],
      [null, true, false, false],
      [null, false, false, true],
    ]);
  });
});
