import { describe, expect, it } from 'vitest';
import { countedJobsBy } from '../../pipeline/render/summary.ts';
import type { JobFacts } from '../../pipeline/render/jobFormulas.ts';

function facts(rows: [counted: boolean, value: number | null, country: string][]): JobFacts[] {
  return rows.map(([counted, value, country]) => ({
    point: value, low: value, value, high: value, open: 0, totalId: null, usesParts: false, inTotal: false, repeat: false,
    counted, countryKey: country, locationKey: `${country} city`,
  }));
}

/** The per-key scan countedJobsBy replaces: one pass over every row for each key. */
function bruteForce(rows: readonly JobFacts[], key: string, keyOf: (f: JobFacts) => string): number {
  return rows.reduce((acc, f) => acc + (f.counted && keyOf(f) === key && f.value !== null ? f.value : 0), 0);
}

describe('countedJobsBy', () => {
  const cases: [string, JobFacts[]][] = [
    ['empty', facts([])],
    ['one key', facts([[true, 100, 'Kenya'], [true, 250, 'Kenya']])],
    ['uncounted and missing values left out', facts([[false, 100, 'Kenya'], [true, null, 'Kenya'], [true, 7, 'Peru']])],
    ['floating-point order kept', facts([[true, 0.1, 'A'], [true, 0.2, 'B'], [true, 0.2, 'A'], [true, 0.3, 'A'], [true, 1e16, 'B'], [true, 1, 'B'], [true, -1e16, 'B']])],
  ];
  it.each(cases)('%s: the same sums as a scan per key', (_, rows) => {
    for (const keyOf of [(f: JobFacts) => f.countryKey, (f: JobFacts) => f.locationKey]) {
      const sums = countedJobsBy(rows, keyOf);
      const keys = new Set([...rows.map(keyOf), 'absent']);
      for (const key of keys) expect(sums.get(key) ?? 0, key).toBe(bruteForce(rows, key, keyOf));
    }
  });
});
