/**
 * Jobs totals: all, by country and by location. A stated total and its parts are never both
 * counted: the parts are used when they add up to the total (they say where the jobs are), else
 * the stated total alone. The same figure reported by several articles (same count, kind and
 * place, and the same project or, where a project is not named, a deal both articles report) is
 * counted once.
 */
import type { Aggregate, Deal, Job } from '../tables.ts';
import * as messages from '../messages.ts';
import { jobPoint, partsMatchTotal, partsOfTotals, splitIds } from '../reconcile/checks/jobTotals.ts';
import { countryCode, countryName, findCountry } from '../reconcile/countries.ts';
import { sameProject } from '../reconcile/names.ts';
import { normaliseText } from '../reconcile/text.ts';
import { contribution, sumAll, sumByKey, type Contribution } from './bounds.ts';

const UNKNOWN = '(unknown)';

/** Jobs to sum: each stated total or its parts, not both. */
export function countableJobs(jobs: readonly Job[]): Job[] {
  const byId = new Map(jobs.map((j) => [j.job_id, j]));
  const skip = new Set<string>();
  for (const [totalId, partIds] of partsOfTotals(jobs)) {
    const total = byId.get(totalId)!;
    const counts = partIds.map((id) => jobPoint(byId.get(id)!));
    const value = jobPoint(total);
    const known = counts.filter((c): c is number => c !== null);
    const useParts = value === null || (known.length === counts.length && partsMatchTotal(value, known));
    if (useParts) skip.add(total.job_id);
    else for (const id of partIds) skip.add(id);
  }
  return jobs.filter((j) => !skip.has(j.job_id));
}

function place(j: Job): string {
  return normaliseText(j.country ?? j.location ?? '');
}

/**
 * Whether two articles report one deal (a deal row lists both in `article_ids`). With no project
 * name on a figure, that is the only sign that equal figures of two articles are one: "the plant
 * will create 500 jobs" in two articles about different plants is two figures.
 */
export type ReportTogether = (a: string, b: string) => boolean;
export function reportTogether(deals: readonly Pick<Deal, 'article_ids'>[]): ReportTogether {
  const dealsOf = new Map<string, number[]>();
  deals.forEach((d, i) => {
    const ids = splitIds(d.article_ids);
    if (ids.length < 2) return;
    for (const id of ids) {
      const list = dealsOf.get(id);
      if (list) list.push(i);
      else dealsOf.set(id, [i]);
    }
  });
  return (a, b) => {
    const of = dealsOf.get(b);
    return of !== undefined && (dealsOf.get(a)?.some((i) => of.includes(i)) ?? false);
  };
}

/**
 * Drop repeats of one figure across articles; returns the kept jobs and how many were dropped. A
 * repeat has the count, kind and place of a kept figure of another article, and the same project;
 * where either names no project, the two articles must report a deal together.
 */
export function uniqueJobs(jobs: readonly Job[], together: ReportTogether): { jobs: Job[]; repeats: number } {
  const kept: Job[] = [];
  // Repeats share count, kind and place exactly: keep the kept rows by those, so each job is
  // compared only with the few rows it could repeat, not with every row kept so far.
  const keptBy = new Map<string, Job[]>();
  const sameFigure = (k: Job, j: Job) =>
    k.article_id !== j.article_id &&
    (k.project !== null && j.project !== null ? sameProject(k.project, j.project) : together(k.article_id, j.article_id));
  for (const j of jobs) {
    const point = jobPoint(j);
    if (point === null) {
      kept.push(j);
      continue;
    }
    const key = `${point}\u0000${j.kind}\u0000${place(j)}`;
    const same = keptBy.get(key);
    if (same?.some((k) => sameFigure(k, j))) continue;
    kept.push(j);
    if (same) same.push(j);
    else keptBy.set(key, [j]);
  }
  return { jobs: kept, repeats: jobs.length - kept.length };
}

function jobCountry(j: Job): string {
  const code = countryCode(j.country) ?? findCountry(j.country) ?? findCountry(j.location);
  return countryName(code) ?? j.country ?? UNKNOWN;
}

function figure(j: Job): Contribution | null {
  return contribution({ id: j.job_id, point: j.count, low: j.count_low, high: j.count_high, qualifier: j.qualifier });
}

export function jobTotals(allJobs: readonly Job[], deals: readonly Pick<Deal, 'article_ids'>[]): Aggregate[] {
  const { jobs, repeats } = uniqueJobs(countableJobs(allJobs), reportTogether(deals));
  const toRow = (dimension: string, explanation: string) => (s: ReturnType<typeof sumAll>): Aggregate => ({
    metric: 'jobs',
    dimension,
    key: s.key,
    value_low: s.value_low,
    value: s.value,
    value_high: s.value_high,
    unit: 'jobs',
    rows: s.ids.join(';'),
    explanation,
  });
  const figures = jobs.flatMap((j) => {
    const c = figure(j);
    return c ? [{ c, j }] : [];
  });
  const all = { ...sumAll(figures.map((f) => f.c)), key: 'total' };
  const out: Aggregate[] = [toRow('all', messages.aggregate.jobsAll(all.ids.length, repeats))(all)];
  const contributions = figures.map((f) => f.c);
  const byCountry = sumByKey(contributions, figures.map(({ j }) => jobCountry(j)));
  out.push(...byCountry.map((s) => toRow('country', messages.aggregate.jobsBy(s.ids.length, 'country'))(s)));
  const byLocation = sumByKey(contributions, figures.map(({ j }) => j.location ?? j.country ?? UNKNOWN));
  out.push(...byLocation.map((s) => toRow('location', messages.aggregate.jobsBy(s.ids.length, 'location'))(s)));
  return out;
}
