/**
 * A stated jobs total the extractor did not link to its parts ("5,000 jobs" in a headline,
 * "2,000 in one country and 3,000 in the other" in the body) is linked here when some of the other
 * job figures of the same article add up to it (within 2%), so the aggregate can count the parts
 * or the total, never both. The smallest such set wins; with more than 12 candidates the search
 * is not attempted (2^12 subsets is the most a single article should need).
 */
import type { Job } from '../tables.ts';
import { jobPoint, partsMatchTotal } from './checks/jobTotals.ts';

export function linkJobTotals(jobs: readonly Job[]): Job[] {
  // The job figures of each article, in table order: a total looks only at its own article's.
  const byArticle = new Map<string, Job[]>();
  for (const j of jobs) {
    const list = byArticle.get(j.article_id);
    if (list) list.push(j);
    else byArticle.set(j.article_id, [j]);
  }
  return jobs.map((total) => {
    const value = jobPoint(total);
    if (total.kind !== 'total' || total.total_of !== null || value === null) return { ...total };
    const candidates = byArticle.get(total.article_id)!.filter((j) => j !== total && j.kind !== 'total' && jobPoint(j) !== null);
    if (candidates.length < 2 || candidates.length > 12) return { ...total };
    let best: Job[] | null = null;
    for (let mask = 1; mask < 1 << candidates.length; mask++) {
      const subset = candidates.filter((_, i) => mask & (1 << i));
      if (subset.length < 2 || (best && subset.length >= best.length)) continue;
      if (partsMatchTotal(value, subset.map((j) => jobPoint(j)!))) best = subset;
    }
    return best ? { ...total, total_of: best.map((j) => j.job_id).join(';') } : { ...total };
  });
}
