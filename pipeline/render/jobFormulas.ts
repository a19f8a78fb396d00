/**
 * Computed columns of the Jobs sheet: the jobs aggregate's rules (pipeline/aggregate/jobs.ts) as
 * formulas of each row, so the Summary's jobs figures are SUMIFS over them and recompute after an
 * edit:
 *
 * - job_point, jobs_low, jobs_value, jobs_high, jobs_open: what the figure adds to each bound;
 * - total_id: the stated total this row is listed in (from that row's total_of), a plain value;
 * - uses_parts: on a stated total, TRUE when its parts are summed instead of it (every part has a
 *   figure and they add up to the total within 2%, or the total itself has none);
 * - in_total: on a part, TRUE when its stated total is summed instead of it;
 * - repeat: the same figure already reported by another article (a plain value: the pipeline's
 *   judgement of "same project" is not a spreadsheet formula; set it to FALSE to count the row);
 * - counted: none of the above, and a figure to add;
 * - country_key, location_key: what the by-country and by-location sums group on (the country key
 *   is the pipeline's country name, a plain value; the location key a formula).
 */
import type ExcelJS from 'exceljs';
import type { Deal, Job } from '../tables.ts';
import { contribution } from '../aggregate/bounds.ts';
import { countableJobs, jobCountry, jobLocation, sharedDeals, UNKNOWN_PLACE, uniqueJobs } from '../aggregate/jobs.ts';
import { jobPoint, partsOfTotals, partsReplaceTotal } from '../reconcile/checks/jobTotals.ts';
import { contributionFormulas, pointFormula, sheetColumns } from './formulaParts.ts';
import { RowFormula } from './rowFormula.ts';

export const JOB_HELPER_COLUMNS = [
  'job_point', 'jobs_low', 'jobs_value', 'jobs_high', 'jobs_open', 'total_id', 'uses_parts', 'in_total', 'repeat', 'counted',
  'country_key', 'location_key',
] as const;
export type JobHelper = (typeof JOB_HELPER_COLUMNS)[number];

export interface JobFacts {
  point: number | null;
  low: number | null;
  value: number | null;
  high: number | null;
  open: number;
  totalId: string | null;
  usesParts: boolean;
  inTotal: boolean;
  repeat: boolean;
  counted: boolean;
  countryKey: string;
  locationKey: string;
}

/**
 * `summed`: the ids the jobs aggregate summed (its `rows`), when the run has it: a countable job it
 * left out is a repeat. Reading the aggregate's own choice keeps this linear on a large run (the
 * pairwise repeat search is the aggregate stage's work, not to be done twice). Without it, the
 * repeats are found as the aggregate finds them, from the deals (which articles report one deal).
 */
export function jobFacts(jobs: readonly Job[], summed: ReadonlySet<string> | { deals: readonly Pick<Deal, 'article_ids'>[] }): JobFacts[] {
  const byId = new Map(jobs.map((j) => [j.job_id, j]));
  const partsOf = partsOfTotals(jobs);
  const totalOf = new Map<string, string>();
  for (const [total, parts] of partsOf) for (const id of parts) totalOf.set(id, total);
  const usesParts = (j: Job): boolean => {
    const parts = partsOf.get(j.job_id);
    return parts !== undefined && partsReplaceTotal(j, parts.map((id) => byId.get(id)!));
  };
  const countable = countableJobs(jobs);
  const kept = 'deals' in summed ? new Set(uniqueJobs(countable, sharedDeals(summed.deals), jobs).jobs.map((j) => j.job_id)) : summed;
  const countableIds = new Set(countable.map((j) => j.job_id));
  return jobs.map((j) => {
    const c = contribution({ id: j.job_id, point: j.count, low: j.count_low, high: j.count_high, qualifier: j.qualifier });
    const totalId = totalOf.get(j.job_id) ?? null;
    const total = totalId === null ? undefined : byId.get(totalId);
    const inTotal = total !== undefined && !usesParts(total);
    const own = usesParts(j);
    const repeat = countableIds.has(j.job_id) && c !== null && !kept.has(j.job_id);
    return {
      point: jobPoint(j),
      low: c?.low ?? null,
      value: c?.value ?? null,
      high: c?.high ?? null,
      open: c?.open ?? 0,
      totalId,
      usesParts: own,
      inTotal,
      repeat,
      counted: !own && !inTotal && !repeat && c !== null,
      countryKey: jobCountry(j),
      locationKey: jobLocation(j),
    };
  });
}

/**
 * The computed cells of job `i` (sheet row i + 2). Each column's formula is built once, as a
 * template filled in with the row number (rowFormula.ts): the same text as building it row by row.
 */
export function jobHelperCells(facts: readonly JobFacts[], letters: ReadonlyMap<string, string>): (i: number) => Record<JobHelper, ExcelJS.CellValue> {
  const { range, at } = sheetColumns(letters, 'Jobs', facts.length);
  /** A column's formula, from a builder given the row's cell address of a named column. */
  const formula = (build: (c: (key: string) => string) => string) => new RowFormula((r) => build((key) => at(key, r)));
  const bounds = (c: (key: string) => string) =>
    contributionFormulas({ point: c('job_point'), low: c('count_low'), high: c('count_high'), qualifier: c('qualifier') });
  // Only stated totals and their parts look anything up, so a large sheet stays quick to recalculate.
  const usesParts = (c: (key: string) => string) => {
    const partsListed = `COUNTIF(${range('total_id')},${c('job_id')})`;
    const partsKnown = `COUNTIFS(${range('total_id')},${c('job_id')},${range('job_point')},">=0")`;
    const partsSum = `SUMIFS(${range('job_point')},${range('total_id')},${c('job_id')})`;
    return (
      `IF(${c('total_of')}="",FALSE,IF(${partsListed}=0,FALSE,IF(${c('job_point')}="",TRUE,` +
      `AND(${partsKnown}=${partsListed},ABS(${partsSum}-${c('job_point')})<=0.02*MAX(${c('job_point')},${partsSum})))))`
    );
  };
  const templates = {
    job_point: formula((c) => pointFormula({ stated: c('count'), low: c('count_low'), high: c('count_high') })),
    jobs_low: formula((c) => bounds(c).low),
    jobs_value: formula((c) => bounds(c).value),
    jobs_high: formula((c) => bounds(c).high),
    jobs_open: formula((c) => bounds(c).open),
    uses_parts: formula(usesParts),
    in_total: formula(
      (c) => `IF(${c('total_id')}="",FALSE,IFERROR(NOT(INDEX(${range('uses_parts')},MATCH(${c('total_id')},${range('job_id')},0))),FALSE))`,
    ),
    counted: formula((c) => `AND(NOT(${c('uses_parts')}),NOT(${c('in_total')}),NOT(${c('repeat')}),${c('job_point')}<>"")`),
    location_key: formula((c) => `IF(${c('location')}<>"",${c('location')},IF(${c('country')}<>"",${c('country')},"${UNKNOWN_PLACE}"))`),
  };
  return (i) => {
    const r = i + 2;
    const f = facts[i]!;
    const t = templates;
    return {
      job_point: t.job_point.cell(r, f.point ?? ''),
      jobs_low: t.jobs_low.cell(r, f.low ?? ''),
      jobs_value: t.jobs_value.cell(r, f.value ?? ''),
      jobs_high: t.jobs_high.cell(r, f.high ?? ''),
      jobs_open: t.jobs_open.cell(r, f.open),
      total_id: f.totalId,
      uses_parts: t.uses_parts.cell(r, f.usesParts),
      in_total: t.in_total.cell(r, f.inTotal),
      repeat: f.repeat,
      counted: t.counted.cell(r, f.counted),
      country_key: f.countryKey,
      location_key: t.location_key.cell(r, f.locationKey),
    };
  };
}
