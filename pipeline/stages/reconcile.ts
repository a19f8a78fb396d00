/**
 * Stage 4: reconcile. Commitments become deals: converted to USD, merged across articles, nested
 * into the packages they belong to, tiered and marked for counting; every doubt becomes a check.
 */
import type { ArticleFacts, Check, Commitment, CountryExports, Deal, ExtractedTables, FxRate, Job, Status } from '../tables.ts';
import * as messages from '../messages.ts';
import { pointOf } from '../reconcile/amounts.ts';
import { makeCheck } from '../reconcile/checkId.ts';
import { countingOf, type Counting } from '../reconcile/counting.ts';
import { dedupeReports, type MergedDeal, type Report } from '../reconcile/dedupe.ts';
import { convert, indexRates, rateFor } from '../reconcile/fx.ts';
import { linkJobTotals } from '../extract/jobParts.ts';
import { nestingOf, type Nesting } from '../reconcile/nesting.ts';
import { sameProject } from '../reconcile/names.ts';
import { normaliseText } from '../reconcile/text.ts';
import { checkJobTotals } from '../reconcile/checks/jobTotals.ts';
import { checkMissingFunders } from '../reconcile/checks/missingFunder.ts';
import { checkHeadlineFigures } from '../reconcile/checks/headlineFigures.ts';
import { checkDomesticMoney } from '../reconcile/checks/domesticMoney.ts';
import { checkPartsWithinWholes } from '../reconcile/checks/partsWithinWhole.ts';
import { checkShareBases } from '../reconcile/checks/shareBase.ts';

export interface ReconcileOptions {
  /** CLI --count-from: the weakest status that counts toward the headline total (default 'pledged'). */
  countFrom: Status;
  /**
   * Date used to pick a rate for an article without a date: the latest rate on or before it. When
   * absent, the latest article date of the run is used, and when no article has a date, the
   * latest rate in the table. Either way an info check says so.
   */
  referenceDate?: string | null;
}

export interface ReconcileInput {
  extracted: ExtractedTables;
  articles: readonly ArticleFacts[];
  fxRates: readonly FxRate[];
  countryExports: readonly CountryExports[];
}

/** Project spellings the extractor recorded as aliases ("Lakevew") are read as the project's name. */
function canonicalProjects(extracted: ExtractedTables): (name: string | null) => string | null {
  const canonical = new Map<string, string>();
  for (const p of extracted.projects) {
    for (const alias of (p.aliases ?? '').split(';')) {
      const key = normaliseText(alias);
      if (key !== '' && !canonical.has(key)) canonical.set(key, p.name);
    }
  }
  return (name) => (name === null ? null : (canonical.get(normaliseText(name)) ?? name));
}

/**
 * A deal: its merged row with what nesting and counting decided, made once as one literal. (Copied
 * with columns added at each step, nestDeals then countDeals then a spread, the three copies took
 * about a tenth of the stage at 10,000 articles.) The columns are in the order those copies gave
 * them: the merged row's, then nesting's, then counting's.
 */
function dealOf(row: MergedDeal['row'], nesting: Nesting, counting: Counting): Deal {
  return {
    commitment_id: row.commitment_id,
    article_id: row.article_id,
    funder: row.funder,
    funder_type: row.funder_type,
    funder_country: row.funder_country,
    recipient: row.recipient,
    recipient_country: row.recipient_country,
    recipient_source: row.recipient_source,
    project: row.project,
    amount: row.amount,
    amount_low: row.amount_low,
    amount_high: row.amount_high,
    currency: row.currency,
    qualifier: row.qualifier,
    instrument: row.instrument,
    status: row.status,
    sector: row.sector,
    stake_percent: row.stake_percent,
    part_of: nesting.part_of,
    evidence_id: row.evidence_id,
    quote: row.quote,
    article_ids: row.article_ids,
    merged_ids: row.merged_ids,
    source_count: row.source_count,
    first_reported: row.first_reported,
    status_date: row.status_date,
    amount_usd: row.amount_usd,
    amount_usd_low: row.amount_usd_low,
    amount_usd_high: row.amount_usd_high,
    fx_rate: row.fx_rate,
    fx_date: row.fx_date,
    is_umbrella: nesting.is_umbrella,
    link_reason: nesting.link_reason,
    tier: counting.tier,
    counts_toward_total: counting.counts_toward_total,
  };
}

export function reconcile(input: ReconcileInput, options: ReconcileOptions): { deals: Deal[]; jobs: Job[]; checks: Check[] } {
  const { extracted, articles } = input;
  const articleInfo = new Map(articles.map((a, i) => [a.article_id, { published: a.published, order: i }]));
  const dates = articles.map((a) => a.published).filter((d): d is string => d !== null).sort();
  const referenceDate = options.referenceDate ?? dates[dates.length - 1] ?? null;
  const rates = indexRates(input.fxRates);
  const project = canonicalProjects(extracted);

  const reports: Report[] = extracted.commitments.map((raw): Report => {
    // A copy only when the project is renamed: rows are never changed in place, and a copy of
    // every commitment was a second set of rows held to the end of the stage (215 bytes a row
    // measured, so about 120 MB for the 565,767 commitments of 100,000 bench articles).
    const canonical = project(raw.project);
    const commitment: Commitment = canonical === raw.project ? raw : { ...raw, project: canonical };
    const info = articleInfo.get(commitment.article_id);
    const published = info?.published ?? null;
    const hasAmount = pointOf(commitment) !== null;
    const rate = hasAmount && commitment.currency !== null ? rateFor(commitment.currency, published, rates, referenceDate) : null;
    return {
      commitment,
      published,
      articleOrder: info?.order ?? articles.length,
      usd: rate ? convert(commitment, rate) : null,
      rate,
    };
  });

  const merged = dedupeReports(reports);
  const rows = merged.deals.map((d) => d.row);
  const nesting = nestingOf(rows);
  const counting = countingOf(rows, (_, i) => nesting[i]!.part_of, options.countFrom);
  const deals: Deal[] = rows.map((row, i) => dealOf(row, nesting[i]!, counting[i]!));

  const checks: Check[] = [...merged.checks];
  for (const m of merged.deals) {
    const d = m.row;
    if (pointOf(d) === null) continue;
    if (d.amount_usd === null && d.amount_usd_low === null && d.amount_usd_high === null) {
      checks.push(
        makeCheck('missing_rate', 'warning', false, messages.reconcile.missingRate(d.currency ?? 'an unknown currency', m.amountFrom.published ?? referenceDate), [
          d.commitment_id,
        ]),
      );
    } else if (m.amountFrom.rate?.latest && m.amountFrom.rate.date !== null) {
      checks.push(
        makeCheck('no_article_date', 'info', true, messages.reconcile.noArticleDate(d.currency ?? '', m.amountFrom.rate.date), [d.commitment_id]),
      );
    }
  }
  checks.push(...checkMissingFunders(deals));
  checks.push(...checkPartsWithinWholes(deals));
  checks.push(...checkHeadlineFigures(deals, articles));
  checks.push(...checkDomesticMoney(deals));
  const jobs = linkJobTotals(extracted.jobs, sameProject);
  checks.push(...checkJobTotals(jobs));
  checks.push(...checkShareBases(extracted.projections, input.countryExports));

  return { deals, jobs, checks };
}
