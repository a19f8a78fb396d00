/**
 * Stage 5: aggregate. Totals the reader can defend: money in USD (gross, net of nesting, counted,
 * by tier and by party), jobs (a total or its parts, never both) and export shares. Pure: the
 * input tables are read, never changed.
 */
import type { Aggregate, ArticleFacts, CountryExports, Deal, Job, Projection } from '../tables.ts';
import { exportShares } from '../aggregate/exportShare.ts';
import { jobTotals } from '../aggregate/jobs.ts';
import { moneyTotals } from '../aggregate/totals.ts';

export function aggregate(input: {
  deals: readonly Deal[];
  jobs: readonly Job[];
  projections: readonly Projection[];
  countryExports: readonly CountryExports[];
  articles: readonly ArticleFacts[];
}): Aggregate[] {
  return [...moneyTotals(input.deals), ...jobTotals(input.jobs, input.deals), ...exportShares(input.projections, input.countryExports)];
}
