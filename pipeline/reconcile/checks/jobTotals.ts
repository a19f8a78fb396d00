/**
 * A stated jobs total against its parts ("5,000 jobs" = 2,000 in one country + 3,000 in
 * another). A total that matches is reported as a passed check, so the reader sees it was
 * verified; one that does not is a warning, and the aggregate then counts the total, not the parts.
 */
import type { Check, Job } from '../../tables.ts';
import * as messages from '../../messages.ts';
import { makeCheck } from '../checkId.ts';

export function jobPoint(j: Job): number | null {
  if (j.count !== null) return j.count;
  if (j.count_low !== null && j.count_high !== null) return (j.count_low + j.count_high) / 2;
  return j.count_low ?? j.count_high;
}

export function splitIds(ids: string | null): string[] {
  return (ids ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** True when the parts add up to the total (within 2%: "about 2,000" + "about 3,000"). */
export function partsMatchTotal(total: number, parts: readonly number[]): boolean {
  const sum = parts.reduce((a, b) => a + b, 0);
  return Math.abs(sum - total) <= 0.02 * Math.max(total, sum);
}

/**
 * True when a total's parts are summed instead of it: every part has a figure and they add up to
 * the total (within 2%), or the total itself has none. The aggregate and the workbook both ask this.
 */
export function partsReplaceTotal(total: Job, parts: readonly Job[]): boolean {
  const value = jobPoint(total);
  const known = parts.map(jobPoint).filter((c): c is number => c !== null);
  return value === null || (known.length === parts.length && partsMatchTotal(value, known));
}

/**
 * The parts each total owns: the ids its total_of lists that are rows, each owned by the first
 * total (in table order) that lists it. A corrected total_of can list a part under two totals; the
 * aggregate, the workbook's formulas and this check all read this one answer, so they agree.
 */
export function partsOfTotals(jobs: readonly Job[]): Map<string, string[]> {
  const ids = new Set(jobs.map((j) => j.job_id));
  const owner = new Map<string, string>();
  const parts = new Map<string, string[]>();
  for (const total of jobs) {
    for (const id of splitIds(total.total_of)) {
      if (!ids.has(id) || owner.has(id)) continue;
      owner.set(id, total.job_id);
      const list = parts.get(total.job_id);
      if (list) list.push(id);
      else parts.set(total.job_id, [id]);
    }
  }
  return parts;
}

export function checkJobTotals(jobs: readonly Job[]): Check[] {
  const byId = new Map(jobs.map((j) => [j.job_id, j]));
  const owned = partsOfTotals(jobs);
  const ownerOf = new Map([...owned].flatMap(([total, ids]) => ids.map((id) => [id, total] as const)));
  const checks: Check[] = [];
  for (const total of jobs) {
    const listed = splitIds(total.total_of);
    const elsewhere = listed.filter((id) => byId.has(id) && ownerOf.get(id) !== total.job_id);
    if (elsewhere.length > 0) {
      checks.push(
        makeCheck(
          'jobs_total', 'warning', false,
          messages.reconcile.jobsPartOfTwoTotals(total.job_id, elsewhere.map((id) => `${id} (${ownerOf.get(id)})`).join(', ')),
          [total.job_id, ...elsewhere],
        ),
      );
    }
    const partIds = listed.filter((id) => !elsewhere.includes(id));
    const value = jobPoint(total);
    if (partIds.length === 0 || value === null) continue;
    const missing = partIds.filter((id) => !byId.has(id));
    const ids = [total.job_id, ...partIds];
    if (missing.length > 0) {
      checks.push(makeCheck('jobs_total', 'warning', false, messages.reconcile.jobsTotalMissingParts(total.job_id, missing.join(', ')), ids));
      continue;
    }
    const parts = partIds.map((id) => byId.get(id)!);
    const counts = parts.map(jobPoint);
    const known = counts.filter((c): c is number => c !== null);
    const described = parts.map((p) => `${p.job_id}: ${jobPoint(p)?.toLocaleString('en-US') ?? '?'}`).join(' + ');
    const ok = known.length === counts.length && partsMatchTotal(value, known);
    const sum = known.reduce((a, b) => a + b, 0);
    checks.push(
      makeCheck(
        'jobs_total',
        ok ? 'info' : 'warning',
        ok,
        ok ? messages.reconcile.jobsTotalMatches(total.job_id, value, described) : messages.reconcile.jobsTotalDiffers(total.job_id, value, described, sum),
        ids,
      ),
    );
  }
  return checks;
}
