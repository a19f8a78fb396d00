/**
 * Jobs totals: all, by country and by location. A stated total and its parts are never both
 * counted: the parts are used when they add up to the total (they say where the jobs are), else
 * the stated total alone. The same figure reported by several articles (same count, kind and
 * place, and the same project or, where a project is not named, a deal both articles report) is
 * counted once.
 */
import type { Aggregate, Deal, Job } from '../tables.ts';
import * as messages from '../messages.ts';
import { jobPoint, partsOfTotals, partsReplaceTotal, splitIds } from '../reconcile/checks/jobTotals.ts';
import { countryCode, countryName, findCountry } from '../reconcile/countries.ts';
import { sameProject } from '../reconcile/names.ts';
import { normaliseText } from '../reconcile/text.ts';
import { contribution, sumAll, sumByKey, type Contribution } from './bounds.ts';

/** The key of a job with no place. */
export const UNKNOWN_PLACE = '(unknown)';

/** Jobs to sum: each stated total or its parts, not both. */
export function countableJobs(jobs: readonly Job[]): Job[] {
  const byId = new Map(jobs.map((j) => [j.job_id, j]));
  const skip = new Set<string>();
  for (const [totalId, partIds] of partsOfTotals(jobs)) {
    if (partsReplaceTotal(byId.get(totalId)!, partIds.map((id) => byId.get(id)!))) skip.add(totalId);
    else for (const id of partIds) skip.add(id);
  }
  return jobs.filter((j) => !skip.has(j.job_id));
}

function place(j: Job): string {
  return normaliseText(j.country ?? j.location ?? '');
}

/** The deals each article reports together with another article (a deal row listing both in `article_ids`). */
export type SharedDeals = ReadonlyMap<string, readonly number[]>;
export function sharedDeals(deals: readonly Pick<Deal, 'article_ids'>[]): SharedDeals {
  const dealsOf = new Map<string, number[]>();
  for (let i = 0; i < deals.length; i++) {
    const ids = deals[i]!.article_ids;
    // Most deals are reported by one article: skip those without splitting.
    if (!ids.includes(';')) continue;
    for (const id of splitIds(ids)) {
      const list = dealsOf.get(id);
      if (list) list.push(i);
      else dealsOf.set(id, [i]);
    }
  }
  return dealsOf;
}

/**
 * The articles holding kept figures, as much as a repeat test needs: the one article, or MANY
 * (then some article is always another one's).
 */
const MANY = Symbol('many articles');
type Holders = string | typeof MANY;

/** The kept figures of one count, kind and place: the articles holding them, by deal and by project. */
interface Kept {
  /** deal → the articles with a kept figure that report it. */
  byDeal: Map<number, Holders>;
  /** The same, counting only figures that name no project. */
  byDealNoProject: Map<number, Holders>;
  /** project name → the articles with a kept figure naming it. */
  byProject: Map<string, Holders>;
}

/** True when the holders include an article other than `own`. */
const another = (holders: Holders | undefined, own: string) => holders !== undefined && holders !== own;

function add<K>(map: Map<K, Holders>, key: K, article: string): void {
  const holders = map.get(key);
  if (holders === undefined) map.set(key, article);
  else if (holders !== article) map.set(key, MANY);
}

/**
 * Drop repeats of one figure across articles; returns the kept jobs and how many were dropped. A
 * repeat has the count, kind and place of a kept figure of another article, and the same project;
 * where either names no project, the two articles must report a deal together: with no project
 * name, that is the only sign that equal figures of two articles are one ("the plant will create
 * 500 jobs" in two articles about different plants is two figures).
 *
 * The kept figures are indexed by count, kind and place, and within those by deal and project, so
 * that a corpus repeating one sentence in thousands of articles is not compared pair by pair.
 *
 * A bare figure is also a repeat of another article's stated total of the same count whose parts
 * the article lists (`statedTotals`, the run's jobs): "will create 10,000 jobs" in one report, and
 * "6,000 jobs in Nairobi and 4,000 in Nakuru, for a total of 10,000" in another, are one 10,000,
 * counted by its parts.
 */
export function uniqueJobs(jobs: readonly Job[], deals: SharedDeals, statedTotals: readonly Job[] = []): { jobs: Job[]; repeats: number } {
  const kept: Job[] = [];
  const keptBy = new Map<string, Kept>();
  const totalsByPoint = new Map<number, Job[]>();
  for (const t of statedTotals) {
    const p = jobPoint(t);
    if (t.kind !== 'total' || t.total_of === null || p === null) continue;
    const list = totalsByPoint.get(p);
    if (list) list.push(t);
    else totalsByPoint.set(p, [t]);
  }
  for (const j of jobs) {
    const point = jobPoint(j);
    if (point === null) {
      kept.push(j);
      continue;
    }
    if ((j.kind === null || j.kind === 'total') && j.total_of === null && totalsByPoint.has(point)) {
      const reported = deals.get(j.article_id) ?? [];
      const sameFigure = (t: Job) =>
        t.article_id !== j.article_id &&
        (place(j) === '' || place(j) === place(t)) &&
        (j.project !== null && t.project !== null ? sameProject(j.project, t.project) : reported.some((d) => (deals.get(t.article_id) ?? []).includes(d)));
      if (totalsByPoint.get(point)!.some(sameFigure)) continue;
    }
    const key = `${point}\u0000${j.kind}\u0000${place(j)}`;
    const own = j.article_id;
    const reported = deals.get(own) ?? [];
    const bucket = keptBy.get(key);
    if (bucket) {
      const byDeal = j.project === null ? bucket.byDeal : bucket.byDealNoProject;
      let repeat = reported.some((d) => another(byDeal.get(d), own));
      if (!repeat && j.project !== null) {
        for (const [name, articles] of bucket.byProject) {
          if (another(articles, own) && sameProject(name, j.project)) {
            repeat = true;
            break;
          }
        }
      }
      if (repeat) continue;
    }
    kept.push(j);
    const into = bucket ?? { byDeal: new Map(), byDealNoProject: new Map(), byProject: new Map() };
    if (!bucket) keptBy.set(key, into);
    for (const d of reported) {
      add(into.byDeal, d, own);
      if (j.project === null) add(into.byDealNoProject, d, own);
    }
    if (j.project !== null) add(into.byProject, j.project, own);
  }
  return { jobs: kept, repeats: jobs.length - kept.length };
}

/** The country a job is summed under (the workbook's country_key is the same). */
export function jobCountry(j: Job): string {
  const code = countryCode(j.country) ?? findCountry(j.country) ?? findCountry(j.location);
  return countryName(code) ?? j.country ?? UNKNOWN_PLACE;
}

/** The location a job is summed under. */
export function jobLocation(j: Job): string {
  return j.location ?? j.country ?? UNKNOWN_PLACE;
}

function figure(j: Job): Contribution | null {
  return contribution({ id: j.job_id, point: j.count, low: j.count_low, high: j.count_high, qualifier: j.qualifier });
}

export function jobTotals(allJobs: readonly Job[], deals: readonly Pick<Deal, 'article_ids'>[]): Aggregate[] {
  const { jobs, repeats } = uniqueJobs(countableJobs(allJobs), sharedDeals(deals), allJobs);
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
  const byLocation = sumByKey(contributions, figures.map(({ j }) => jobLocation(j)));
  out.push(...byLocation.map((s) => toRow('location', messages.aggregate.jobsBy(s.ids.length, 'location'))(s)));
  return out;
}
