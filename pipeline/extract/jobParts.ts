/**
 * Which job figures of an article are the parts of which total, so that no sum counts both.
 *
 * - A total that refers back, with no noun of its own ("2,500 direct and 4,000 indirect jobs, for a
 *   total of 7,000", "..., 5,000 in all"), takes the figures of its sentence since the total before
 *   it, whether or not they add up: the sentence says what the total is made of, and the check
 *   reports that it does not add up. Any other stated total ("a total of 6,500 jobs", "9,000 jobs
 *   across Kenya and Uganda", "employs 5,000 people in total") takes the figures of its own sentence
 *   that add up to it (within 2%), failing that the fewest figures of the article that do.
 * - A bare figure that equals the sum of two or more figures of other sentences exactly (a
 *   headline's "6,500 jobs" over the body's 4,000 and 2,500) becomes their total. Figures of its
 *   own sentence are its siblings, not its parts: "54,000 jobs in Chile and 8,000 in Peru".
 * - A figure is part of one total at most, and only of a total whose place contains its place (a
 *   part in Peru is not inside a total in Chile; a part with no place fits anywhere) and whose
 *   project is its project. Without these, any figures that happen to add up were linked: "5,000
 *   jobs in Kenya" became the total of 2,000 in Balochistan and 3,000 in Sindh, and Kenya's jobs
 *   fell out of the sum.
 *
 * Used by extraction (each article) and again by reconciliation (after corrections), so the
 * rules are written once. Totals and parts already linked stay as they are.
 */
import type { Job } from '../tables.ts';
import { jobPoint, partsMatchTotal, splitIds } from '../reconcile/checks/jobTotals.ts';
import { countryCode, findCountries } from '../reconcile/countries.ts';
import { findJobFigures } from './jobs.ts';

type SameName = (a: string, b: string) => boolean;

/** The most figures a subset search looks through: 2^16 sets, the most one article should need. */
const MAX_CANDIDATES = 16;

export function linkJobTotals(jobs: readonly Job[], sameName: SameName = (a, b) => a === b): Job[] {
  const out = jobs.map((j) => ({ ...j }));
  const byArticle = new Map<string, Job[]>();
  for (const j of out) {
    const list = byArticle.get(j.article_id);
    if (list) list.push(j);
    else byArticle.set(j.article_id, [j]);
  }
  for (const rows of byArticle.values()) if (rows.length > 1) linkArticle(rows, sameName);
  return out;
}

/** Links the totals of one article's rows, in place (the rows are linkJobTotals' own copies). */
function linkArticle(rows: Job[], sameName: SameName): void {
  const claimed = new Set(rows.flatMap((r) => splitIds(r.total_of)));
  const claim = (total: Job, parts: readonly Job[]) => {
    total.total_of = parts.map((p) => p.job_id).join(';');
    for (const p of parts) claimed.add(p.job_id);
  };
  const free = (j: Job) => j.kind !== 'total' && j.total_of === null && jobPoint(j) !== null && !claimed.has(j.job_id);

  for (const total of rows) {
    const value = jobPoint(total);
    if (total.kind !== 'total' || total.total_of !== null || value === null) continue;
    const fits = rows.filter((j) => j !== total && free(j) && partFits(total, j, sameName));
    const siblings = fits.filter((j) => j.quote === total.quote);
    const parts =
      referredTo(total, siblings) ?? smallestSum(value, siblings, partsMatchTotal) ?? smallestSum(value, fits, partsMatchTotal);
    if (parts) claim(total, parts);
  }

  for (const figure of rows) {
    const value = figure.count;
    if (figure.kind !== null || value === null || claimed.has(figure.job_id)) continue;
    const fits = rows.filter((j) => j !== figure && free(j) && j.quote !== figure.quote && partFits(figure, j, sameName));
    const parts = smallestSum(value, fits, (t, sums) => sums.reduce((a, b) => a + b, 0) === t);
    if (parts) {
      figure.kind = 'total';
      claim(figure, parts);
    }
  }
}

/**
 * For a total that refers back ("..., 5,000 in all"), the sibling rows of the figures its sentence
 * names between the total before it (or the sentence's start) and it; null when it does not refer
 * back or two such rows are not found. The sentence is read again (only a stated total's, so
 * rarely): the rows keep its text, not the figures' order in it.
 */
function referredTo(total: Job, siblings: readonly Job[]): Job[] | null {
  if (siblings.length < 2) return null;
  const figures = findJobFigures(total.quote);
  const at = figures.findIndex((f) => f.refersBack && f.count === total.count);
  if (at < 0) return null;
  let from = at;
  while (from > 0 && figures[from - 1]!.kind !== 'total') from--;
  const left = [...siblings];
  const parts: Job[] = [];
  for (const f of figures.slice(from, at)) {
    // A range's row has no count: its figure is its high end.
    const i = left.findIndex((j) => (j.count ?? j.count_high) === f.count);
    if (i < 0) return null;
    parts.push(...left.splice(i, 1));
  }
  return parts.length >= 2 ? parts : null;
}

/** The smallest set of two or more candidates whose figures add up to `value` by `matches`, or null. */
function smallestSum(value: number, candidates: readonly Job[], matches: (total: number, parts: readonly number[]) => boolean): Job[] | null {
  const usable = candidates.filter((j) => jobPoint(j)! < value);
  if (usable.length < 2 || usable.length > MAX_CANDIDATES) return null;
  const points = usable.map((j) => jobPoint(j)!);
  let best: number[] | null = null;
  for (let mask = 3; mask < 1 << usable.length; mask++) {
    const chosen: number[] = [];
    for (let i = 0; i < usable.length; i++) if (mask & (1 << i)) chosen.push(i);
    if (chosen.length < 2 || (best && chosen.length >= best.length)) continue;
    if (matches(value, chosen.map((i) => points[i]!))) best = chosen;
  }
  return best && best.map((i) => usable[i]!);
}

/** The countries a job's place names: its country, and any named in its location ("Kenya and Uganda"). */
function placeCodes(j: Job): string[] {
  const codes = [...findCountries(j.location)];
  const own = countryCode(j.country);
  if (own !== null && !codes.includes(own)) codes.push(own);
  return codes;
}

/** A part fits a total when its place is inside the total's and its project is the total's. */
function partFits(total: Job, part: Job, sameName: SameName): boolean {
  if (total.project !== null && part.project !== null && !sameName(total.project, part.project)) return false;
  const where = placeCodes(total);
  return where.length === 0 || placeCodes(part).every((c) => where.includes(c));
}
