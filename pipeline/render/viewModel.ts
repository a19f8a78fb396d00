/**
 * The one place data is shaped for the brief. Templates only loop and test; every number is
 * formatted, every footnote numbered and every row chosen here, so the brief can be checked by
 * testing this function alone.
 */
import type { Aggregate, Deal, Evidence, ArticleFacts, RunTables, Status, Job, Projection } from '../tables.ts';
import { STATUS_TIERS } from '../tables.ts';
import { render as msg } from '../messages.ts';
import { contribution } from '../aggregate/bounds.ts';
import { formatBounded, formatCount, formatDate, formatMoney, formatPercent, formatQuantity, humanize } from './format.ts';

export interface RunMeta {
  /** ISO timestamp, from the injected clock. */
  runDate: string;
  version: string;
  countFrom: Status;
  inputs: { file: string; sha256: string }[];
  options: Record<string, string | number | boolean>;
}

export interface Footnote {
  n: number;
  quote: string;
  /** Title, outlet and date of the article, as one line. */
  source: string;
}

export interface HeadlineFigure {
  label: string;
  main: string;
  note: string | null;
  refs: number[];
}

export interface DealRow {
  funder: string;
  recipient: string;
  amount: string;
  /** The amount as written when it is not in USD, e.g. "INR 83 billion". */
  original: string | null;
  instrument: string;
  status: string;
  tier: string;
  sources: number;
  /** Set when the receiver is not named by the figure's sentences but read from its article (its footnote will not show it). */
  recipientNote: string | null;
  /** Set for a part inside an umbrella deal: says it is not added again. */
  partNote: string | null;
  refs: number[];
}

export interface JobRow {
  where: string;
  project: string;
  count: string;
  kind: string;
  refs: number[];
}

export interface ProjectionRow {
  project: string;
  metric: string;
  value: string;
  horizon: string;
  refs: number[];
}

export interface CheckRow {
  severity: string;
  kind: string;
  message: string;
}

export interface ChartDatum {
  label: string;
  usd: number;
  text: string;
}

export interface BriefModel {
  title: string;
  period: string;
  runDate: string;
  version: string;
  articleCount: number;
  headline: HeadlineFigure[];
  funders: ChartDatum[];
  tiers: ChartDatum[];
  deals: DealRow[];
  dealsNotes: string[];
  jobs: JobRow[];
  projections: ProjectionRow[];
  failedChecks: CheckRow[];
  /** Says how many failed checks are not listed, or null. */
  checksNote: string | null;
  footnotes: Footnote[];
  methodology: string[];
  fxRates: string[];
}

export interface BriefOptions {
  /** Largest number of deals in the commitments table; the rest stay in the workbook. */
  topDeals: number;
  /** Largest number of bars in the funders chart; the rest are grouped. */
  topFunders: number;
  /** Largest number of job and projection rows. */
  topRows: number;
  /** Largest number of failed checks listed; the rest are in the workbook's Checks sheet. */
  topChecks: number;
}

export const DEFAULT_BRIEF_OPTIONS: BriefOptions = { topDeals: 12, topFunders: 8, topRows: 8, topChecks: 10 };

const QUALIFIER_WORDS: Record<string, string> = {
  over: 'over ',
  at_least: 'at least ',
  up_to: 'up to ',
  about: 'about ',
  nearly: 'nearly ',
};

/** Footnotes numbered in order of first use; the same evidence keeps its number. */
class Footnotes {
  readonly list: Footnote[] = [];
  private readonly byEvidence = new Map<string, number>();
  constructor(
    private readonly evidence: Map<string, Evidence>,
    private readonly articles: Map<string, ArticleFacts>,
  ) {}

  /** Numbers for a `;`-separated list of evidence ids; unknown ids are skipped, not invented. */
  refs(evidenceIds: string | null | undefined): number[] {
    const out: number[] = [];
    for (const id of splitIds(evidenceIds)) {
      const ev = this.evidence.get(id);
      if (!ev) continue;
      // Two evidence rows quoting the same sentence share one footnote.
      const key = `${ev.article_id}\u0000${ev.sentence}`;
      let n = this.byEvidence.get(key);
      if (n === undefined) {
        n = this.list.length + 1;
        this.byEvidence.set(key, n);
        this.list.push({ n, quote: ev.sentence, source: articleLine(this.articles.get(ev.article_id)) });
      }
      if (!out.includes(n)) out.push(n);
    }
    return out;
  }
}

function splitIds(ids: string | null | undefined): string[] {
  return (ids ?? '').split(';').map((s) => s.trim()).filter(Boolean);
}

function articleLine(article: ArticleFacts | undefined): string {
  if (!article) return '';
  return [article.title ? `“${article.title}”` : article.source_file, article.outlet, formatDate(article.published) ?? 'undated']
    .filter(Boolean)
    .join(', ');
}

function findAggregate(aggregates: Aggregate[], metric: string, dimension: string, key: string): Aggregate | undefined {
  return aggregates.find((a) => a.metric === metric && a.dimension === dimension && a.key === key);
}

function usd(v: number | null): string {
  return formatMoney(v, 'USD');
}

function dealAmount(deal: Deal): string {
  if (deal.amount_usd === null && deal.amount_usd_low === null && deal.amount_usd_high === null) return '—';
  if (deal.qualifier === 'range' && deal.amount_usd_low !== null && deal.amount_usd_high !== null) {
    return `${usd(deal.amount_usd_low)} to ${usd(deal.amount_usd_high)}`;
  }
  const words = QUALIFIER_WORDS[deal.qualifier ?? ''] ?? '';
  return `${words}${usd(deal.amount_usd ?? deal.amount_usd_high ?? deal.amount_usd_low)}`;
}

function dealLabel(deal: Deal): string {
  return [deal.funder ?? msg.unknownFunder, deal.recipient ?? deal.recipient_country].filter(Boolean).join(' → ');
}

function isCancelled(deal: Deal): boolean {
  return deal.status === 'cancelled';
}

function periodOf(articles: readonly ArticleFacts[]): string {
  const dates = articles.map((a) => a.published).filter((d): d is string => !!d).sort();
  const undated = articles.length - dates.length;
  const first = dates[0];
  const last = dates[dates.length - 1];
  const span = first && last ? (first === last ? formatDate(first)! : `${formatDate(first)} – ${formatDate(last)}`) : msg.noDatedArticles;
  return undated > 0 && dates.length > 0 ? `${span} (${msg.undatedArticles(undated)})` : span;
}

/**
 * Deals largest first, unknown amounts last, then by funder (as `localeCompare` orders them) so the
 * order is stable. Why funder ranks rather than `localeCompare` in the comparator: the comparator
 * runs n log n times and each comparison goes through ICU, which was a third of the brief's model
 * at 10,000 articles; the few distinct funders are ranked once instead. Names that collate equal
 * get one rank, so every comparison has the sign it had and the (stable) sort the same result.
 */
export function largestFirst<T extends Pick<Deal, 'amount_usd' | 'funder'>>(deals: readonly T[]): T[] {
  const names = [...new Set(deals.map((d) => d.funder ?? ''))].sort((a, b) => a.localeCompare(b));
  const rankOf = new Map<string, number>();
  let rank = 0;
  names.forEach((name, i) => {
    if (i > 0 && names[i - 1]!.localeCompare(name) !== 0) rank++;
    rankOf.set(name, rank);
  });
  const keyed = deals.map((deal) => ({ deal, amount: deal.amount_usd ?? -1, rank: rankOf.get(deal.funder ?? '')! }));
  keyed.sort((a, b) => b.amount - a.amount || a.rank - b.rank);
  return keyed.map((k) => k.deal);
}

function dealRows(deals: Deal[], netIds: ReadonlySet<string>, notes: Footnotes, top: number): { rows: DealRow[]; notes: string[] } {
  const byId = new Map(deals.map((d) => [d.commitment_id, d]));
  const sorted = largestFirst(deals.filter((d) => !isCancelled(d)));
  const shown = sorted.slice(0, top);
  const rows = shown.map((d): DealRow => {
    const umbrella = d.part_of ? byId.get(d.part_of) : undefined;
    const whole = umbrella ? `${dealLabel(umbrella)} (${dealAmount(umbrella)})` : d.part_of;
    return {
      funder: d.funder ?? msg.unknownFunder,
      recipient: [d.project, d.recipient ?? d.recipient_country].filter(Boolean).join(', ') || '—',
      amount: dealAmount(d),
      original: d.currency && d.currency !== 'USD' && d.amount !== null ? formatMoney(d.amount, d.currency) : null,
      instrument: humanize(d.instrument),
      status: humanize(d.status),
      tier: d.tier === 'none' ? '—' : d.tier,
      sources: d.source_count,
      recipientNote: d.recipient !== null && d.recipient_source === 'article' ? msg.recipientFromArticle : null,
      // A part is left out of the net total only when its whole is summed; say which case it is.
      partNote: whole ? (netIds.has(d.commitment_id) ? msg.partOfNotSummed(whole) : msg.partOf(whole)) : null,
      refs: notes.refs(d.evidence_id),
    };
  });
  const out: string[] = [];
  if (sorted.length > shown.length) {
    const rest = sorted.slice(top).reduce((acc, d) => acc + (netIds.has(d.commitment_id) ? netValue(d) : 0), 0);
    out.push(msg.moreDeals(shown.length, sorted.length, usd(rest)));
  }
  const cancelled = deals.filter(isCancelled);
  if (cancelled.length > 0) {
    out.push(msg.cancelledDeals(cancelled.length, usd(cancelled.reduce((acc, d) => acc + (d.amount_usd ?? 0), 0))));
  }
  return { rows, notes: out };
}

/** What a deal adds to the net total's central value (an "up to" amount adds nothing): bounds.ts. */
function netValue(d: Deal): number {
  return contribution({ id: d.commitment_id, point: d.amount_usd, low: d.amount_usd_low, high: d.amount_usd_high, qualifier: d.qualifier })?.value ?? 0;
}

function chartData(aggregates: Aggregate[], top: number): { funders: ChartDatum[]; tiers: ChartDatum[] } {
  const byFunder = aggregates
    .filter((a) => a.metric === 'total_pledged' && a.dimension === 'funder' && a.value !== null && a.value > 0)
    .sort((a, b) => b.value! - a.value! || a.key.localeCompare(b.key));
  const funders: ChartDatum[] = byFunder.slice(0, top).map((a) => ({ label: a.key, usd: a.value!, text: usd(a.value) }));
  const rest = byFunder.slice(top);
  if (rest.length > 0) {
    const sum = rest.reduce((acc, a) => acc + a.value!, 0);
    funders.push({ label: msg.otherFunders(rest.length), usd: sum, text: usd(sum) });
  }
  const tiers = Object.keys(STATUS_TIERS).map((tier) => {
    const value = findAggregate(aggregates, 'total_pledged', 'status_tier', tier)?.value ?? 0;
    return { label: tier, usd: value, text: usd(value) };
  });
  return { funders, tiers };
}

function headline(tables: RunTables, meta: RunMeta, notes: Footnotes, top: number): HeadlineFigure[] {
  const { aggregates } = tables;
  const net = findAggregate(aggregates, 'total_pledged', 'all', 'net');
  const counted = findAggregate(aggregates, 'total_pledged', 'all', 'counted');
  const firm = findAggregate(aggregates, 'total_pledged', 'status_tier', 'firm');
  const jobs = findAggregate(aggregates, 'jobs', 'all', 'total');
  const figures: HeadlineFigure[] = [];

  // Each card's note speaks of the figure on the card: the net total's own deals, then (apart)
  // the narrower total that counts toward the headline status.
  const netText = net ? formatBounded(net.value_low, net.value, net.value_high, usd) : { main: '—', note: null };
  const countedText = counted ? formatBounded(counted.value_low, counted.value, counted.value_high, usd).main : null;
  const netNotes = [
    netText.note,
    net ? msg.netDeals(splitIds(net.rows).length) : null,
    // The counted total is worth a mention only when it is not the same set of deals.
    counted && countedText && counted.rows !== net?.rows ? msg.countedNote(countedText, splitIds(counted.rows).length, humanize(meta.countFrom)) : null,
  ].filter(Boolean);
  figures.push({ label: 'Net pledged', main: netText.main, note: netNotes.join('; ') || null, refs: [] });

  const firmText = firm ? formatBounded(firm.value_low, firm.value, firm.value_high, usd) : { main: '—', note: null };
  // "x% of the net total" only when every firm deal is one of the net total's own.
  const netIds = new Set(splitIds(net?.rows));
  const firmIds = splitIds(firm?.rows);
  const inside = firmIds.every((id) => netIds.has(id));
  const firmShare = firm?.value != null && net?.value && inside ? msg.firmShare(formatPercent((firm.value / net.value) * 100)) : null;
  const firmNotes = [firmText.note, firm ? msg.firmDeals(firmIds.length, STATUS_TIERS.firm.join(', ')) : null, firmShare].filter(Boolean);
  figures.push({ label: msg.firmLabel, main: firmText.main, note: firmNotes.join('; ') || null, refs: [] });

  const jobRows = splitIds(jobs?.rows);
  const jobText = jobs ? formatBounded(jobs.value_low, jobs.value, jobs.value_high, formatCount) : { main: '—', note: null };
  const jobRefs = jobRows.length <= top
    ? jobRows.flatMap((id) => notes.refs(tables.jobs.find((j) => j.job_id === id)?.evidence_id))
    : [];
  figures.push({ label: 'Jobs', main: jobText.main, note: jobText.note ?? (jobs ? msg.jobsNote(jobRows.length) : null), refs: [...new Set(jobRefs)] });

  const share = aggregates.find((a) => a.metric === 'export_share');
  if (share) {
    const ofWhat = tables.projections.find((p) => p.metric === 'share_of_exports' && p.of_what)?.of_what;
    const shareText = formatBounded(share.value_low, share.value, share.value_high, formatPercent);
    figures.push({
      label: msg.exportShareLabel(ofWhat ?? `${share.key}'s exports`),
      main: shareText.main,
      note: share.explanation || null,
      refs: [...new Set(splitIds(share.rows).flatMap((id) => notes.refs(tables.projections.find((p) => p.projection_id === id)?.evidence_id)))],
    });
  } else {
    figures.push({ label: 'Export share', main: '—', note: null, refs: [] });
  }
  return figures;
}

function jobRows(jobs: Job[], notes: Footnotes, top: number): JobRow[] {
  const partOfTotal = new Set(jobs.flatMap((j) => splitIds(j.total_of)));
  return [...jobs]
    .sort((a, b) => (b.count ?? -1) - (a.count ?? -1))
    .slice(0, top)
    .map((j) => ({
      where: [j.location, j.country].filter((x, i, all) => x && all.indexOf(x) === i).join(', ') || '—',
      project: j.project ?? '—',
      count: `${QUALIFIER_WORDS[j.qualifier ?? ''] ?? ''}${formatCount(j.count ?? j.count_high ?? j.count_low)}`,
      kind: j.total_of ? msg.statedTotal(j.kind ?? 'total') : partOfTotal.has(j.job_id) ? msg.withinTotal(j.kind) : humanize(j.kind),
      refs: notes.refs(j.evidence_id),
    }));
}

function projectionValue(p: Projection): string {
  const v = p.value ?? p.value_high ?? p.value_low;
  const words = QUALIFIER_WORDS[p.qualifier ?? ''] ?? '';
  let text: string;
  if (p.unit === 'percent') text = formatPercent(v);
  else if (p.unit && /^[A-Z]{3}$/.test(p.unit)) text = formatMoney(v, p.unit);
  else text = `${formatQuantity(v)}${p.unit ? ` ${p.unit}` : ''}`;
  const per = p.per && p.per !== 'total' ? ` a ${p.per}` : '';
  const of = p.of_what ? ` of ${p.of_what}` : '';
  return `${words}${text}${per}${of}`;
}

function projectionRows(projections: Projection[], notes: Footnotes, top: number): ProjectionRow[] {
  return projections.slice(0, top).map((p) => ({
    project: p.project ?? '—',
    metric: humanize(p.metric),
    value: projectionValue(p),
    horizon: p.horizon ?? '—',
    refs: notes.refs(p.evidence_id),
  }));
}

function fxLines(deals: Deal[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const d of deals) {
    if (!d.currency || d.currency === 'USD' || d.fx_rate === null) continue;
    const line = msg.fxRate(d.currency, d.fx_rate, formatDate(d.fx_date));
    if (!seen.has(line)) {
      seen.add(line);
      out.push(line);
    }
  }
  return out.sort();
}

export function buildBriefModel(tables: RunTables, meta: RunMeta, options: Partial<BriefOptions> = {}): BriefModel {
  const opts = { ...DEFAULT_BRIEF_OPTIONS, ...options };
  const notes = new Footnotes(
    new Map(tables.evidence.map((e) => [e.evidence_id, e])),
    new Map(tables.articles.map((a) => [a.article_id, a])),
  );
  // Order of calls sets footnote numbers: headline first, then the tables in reading order.
  const head = headline(tables, meta, notes, opts.topRows);
  const netIds = new Set(splitIds(findAggregate(tables.aggregates, 'total_pledged', 'all', 'net')?.rows));
  const deals = dealRows(tables.deals, netIds, notes, opts.topDeals);
  const jobs = jobRows(tables.jobs, notes, opts.topRows);
  const projections = projectionRows(tables.projections, notes, opts.topRows);
  const { funders, tiers } = chartData(tables.aggregates, opts.topFunders);
  const tierWords = Object.entries(STATUS_TIERS)
    .map(([tier, statuses]) => `${tier}: ${statuses.map(humanize).join(', ')}`)
    .join('; ');
  const net = findAggregate(tables.aggregates, 'total_pledged', 'all', 'net');
  // Errors first; a stable order within a severity.
  const failed = tables.checks.filter((c) => !c.passed).sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  return {
    title: 'Cross-border investment pledges',
    period: periodOf(tables.articles),
    runDate: formatDate(meta.runDate) ?? meta.runDate,
    version: meta.version,
    articleCount: tables.articles.length,
    headline: head,
    funders,
    tiers,
    deals: deals.rows,
    dealsNotes: deals.notes,
    jobs,
    projections,
    failedChecks: failed.slice(0, opts.topChecks).map((c) => ({ severity: c.severity, kind: humanize(c.kind), message: c.message })),
    checksNote: failed.length > opts.topChecks ? msg.moreChecks(opts.topChecks, failed.length) : null,
    footnotes: notes.list,
    methodology: [msg.countFrom(humanize(meta.countFrom), tierWords), net?.explanation ?? '', msg.atLeast, msg.evidenceRule].filter(Boolean),
    fxRates: fxLines(tables.deals),
  };
}

function severityRank(s: string): number {
  return s === 'error' ? 2 : s === 'warning' ? 1 : 0;
}
