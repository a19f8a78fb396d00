/**
 * One row per deal: commitments reported by several articles (or twice by one) are merged.
 *
 * Two commitments are the same deal when every field both of them state agrees: funder (the same
 * organisation, or an organisation against its own country), recipient, project (tolerant match),
 * instrument family (financing ~ export credit ~ loan), sector, stake, and amount (within 2%, or the
 * same rounded figure; 5% across currencies, whose rates are yearly averages). A field one report
 * leaves empty does not block a merge, except that a report without an amount merges only with a
 * report of the same project. Clusters are built so that every member agrees with every other
 * (complete linkage), so an empty field never chains two different deals together.
 *
 * When everything agrees but the amounts, across different articles, the reports are NOT merged
 * and a `conflicting_amount` check is raised: one of them is wrong, and a reader should decide.
 */
import type { Article, Check, Commitment, Instrument, Status } from '../tables.ts';
import * as messages from '../messages.ts';
import { amountsAgree, pointOf, qualifierRank } from './amounts.ts';
import { makeCheck } from './checkId.ts';
import { countryCode } from './countries.ts';
import { NO_USD, type RateUsed, type UsdAmounts } from './fx.ts';
import { isCountryOf, partyKeys, sameParty, sameProject } from './names.ts';
import { statusRank } from './status.ts';
import { normaliseText } from './text.ts';

/** A commitment with what dedupe needs to know about its article and its USD value. */
export interface Report {
  commitment: Commitment;
  published: string | null;
  /** Position of the article in the run, to order undated articles stably. */
  articleOrder: number;
  usd: UsdAmounts | null;
  /** The rate used for `usd`, when there was one. */
  rate: RateUsed | null;
}

/** A merged deal before nesting and counting. */
export interface MergedDeal {
  row: Omit<Commitment, 'part_of'> & {
    part_of: string | null;
    article_ids: string;
    merged_ids: string;
    source_count: number;
    first_reported: string | null;
    status_date: string | null;
  } & UsdAmounts;
  members: Report[];
  /** The report whose amount (and so whose rate) the deal took. */
  amountFrom: Report;
}

const FAMILIES: Record<Instrument, string> = {
  loan: 'credit',
  financing: 'credit',
  export_credit: 'credit',
  investment: 'investment',
  grant: 'grant',
  equity: 'equity',
  deposit: 'deposit',
  debt_package: 'debt_package',
  trade: 'trade',
  other: 'other',
};

export type Verdict = 'same' | 'conflict' | 'different';

function fundersAgree(a: Commitment, b: Commitment): boolean {
  if (a.funder === null || b.funder === null) return true;
  return sameParty(a.funder, b.funder) || isCountryOf(a.funder, b.funder_country) || isCountryOf(b.funder, a.funder_country);
}

function countriesAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const ca = countryCode(a);
  const cb = countryCode(b);
  return ca !== null && cb !== null ? ca === cb : normaliseText(a) === normaliseText(b);
}

function recipientsAgree(a: Commitment, b: Commitment): boolean {
  if (a.recipient !== null && b.recipient !== null) {
    const same =
      sameParty(a.recipient, b.recipient) || isCountryOf(a.recipient, b.recipient_country) || isCountryOf(b.recipient, a.recipient_country);
    if (!same) return false;
  }
  return countriesAgree(a.recipient_country, b.recipient_country);
}

function textAgrees(a: string | null, b: string | null): boolean {
  return a === null || b === null || normaliseText(a) === normaliseText(b);
}

/** Compare two reports: the same deal, the same deal with amounts that disagree, or different deals. */
export function compareReports(a: Report, b: Report): Verdict {
  const ca = a.commitment;
  const cb = b.commitment;
  if (!fundersAgree(ca, cb)) return 'different';
  if (!countriesAgree(ca.funder_country, cb.funder_country)) return 'different';
  if (!recipientsAgree(ca, cb)) return 'different';
  if (ca.project !== null && cb.project !== null && !sameProject(ca.project, cb.project)) return 'different';
  if (ca.instrument !== null && cb.instrument !== null && FAMILIES[ca.instrument] !== FAMILIES[cb.instrument]) return 'different';
  if (!textAgrees(ca.sector, cb.sector)) return 'different';
  if (ca.stake_percent !== null && cb.stake_percent !== null && ca.stake_percent !== cb.stake_percent) return 'different';

  const pa = pointOf(ca);
  const pb = pointOf(cb);
  if (pa === null || pb === null) {
    // Without an amount, only the project tells two reports of one funder apart.
    return (ca.project === null) === (cb.project === null) ? 'same' : 'different';
  }
  let agree: boolean;
  if (ca.currency !== null && cb.currency !== null && ca.currency.toUpperCase() === cb.currency.toUpperCase()) {
    agree = amountsAgree(pa, pb);
  } else {
    const ua = a.usd ? pointOf({ amount: a.usd.amount_usd, amount_low: a.usd.amount_usd_low, amount_high: a.usd.amount_usd_high }) : null;
    const ub = b.usd ? pointOf({ amount: b.usd.amount_usd, amount_low: b.usd.amount_usd_low, amount_high: b.usd.amount_usd_high }) : null;
    // Two currencies and no rate for one of them: there is no telling, so keep them apart.
    if (ua === null || ub === null) return 'different';
    agree = amountsAgree(ua, ub, 0.05);
  }
  if (agree) return 'same';
  // Only a named project makes two reports one deal told with two amounts: without it, two loans of
  // one funder to one country are simply two loans (a corpus has many), not a conflict.
  const oneProject = ca.project !== null && cb.project !== null;
  return oneProject && ca.article_id !== cb.article_id ? 'conflict' : 'different';
}

// Dated reports first, oldest first; undated ones after them, in run order.
function byReportDate(a: Report, b: Report): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.articleOrder - b.articleOrder;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

/**
 * The report whose status the deal takes: a cancellation in the latest report wins; otherwise the
 * firmest status, the latest report among equals.
 */
function statusReport(members: readonly Report[]): Report {
  const latest = members[members.length - 1]!;
  if (latest.commitment.status === 'cancelled') return latest;
  // Undated statuses ("other") beat none at all; any status on the firmness scale beats both.
  const score = (m: Report) => {
    const rank = statusRank(m.commitment.status);
    return rank >= 0 ? rank : m.commitment.status === null ? -2 : -1;
  };
  let best = members[0]!;
  for (const m of members) if (score(m) >= score(best)) best = m; // members run oldest first: later wins ties
  return best;
}

function amountReport(members: readonly Report[], primary: Report): Report {
  const withAmount = members.filter((m) => pointOf(m.commitment) !== null);
  if (withAmount.length === 0) return primary;
  const rank = (m: Report) => qualifierRank(m.commitment.qualifier);
  const bestRank = Math.min(...withAmount.map(rank));
  const best = withAmount.filter((m) => rank(m) === bestRank);
  return best.includes(primary) ? primary : best[0]!;
}

type Fillable = Exclude<keyof Commitment, 'commitment_id' | 'article_id' | 'evidence_id' | 'quote'>;
const AMOUNT_FIELDS = ['amount', 'amount_low', 'amount_high', 'currency', 'qualifier'] as const;

function mergeCluster(members: Report[]): MergedDeal {
  const first = members[0]!;
  const primary = statusReport(members);
  const amountFrom = amountReport(members, primary);
  const row = { ...primary.commitment };
  // Fill what the status report leaves empty from the others, oldest first.
  for (const key of Object.keys(row) as (keyof Commitment)[]) {
    if (key === 'commitment_id' || key === 'article_id' || key === 'evidence_id' || key === 'quote') continue;
    if ((AMOUNT_FIELDS as readonly string[]).includes(key)) continue;
    if (row[key] === null) {
      const donor = members.find((m) => m.commitment[key] !== null);
      if (donor) (row as Record<Fillable, unknown>)[key as Fillable] = donor.commitment[key];
    }
  }
  for (const key of AMOUNT_FIELDS) (row as Record<string, unknown>)[key] = amountFrom.commitment[key];
  const status: Status | null = primary.commitment.status;
  const sameStatus = members.filter((m) => m.commitment.status === status && m.published !== null);
  const evidence = unique([primary, ...members].flatMap((m) => m.commitment.evidence_id.split(';').map((s) => s.trim())));
  const articleIds = unique(members.map((m) => m.commitment.article_id));
  return {
    row: {
      ...row,
      commitment_id: first.commitment.commitment_id,
      article_id: first.commitment.article_id,
      evidence_id: evidence.join(';'),
      quote: primary.commitment.quote,
      article_ids: articleIds.join(';'),
      merged_ids: members.map((m) => m.commitment.commitment_id).join(';'),
      source_count: articleIds.length,
      first_reported: members.find((m) => m.published !== null)?.published ?? null,
      status_date: sameStatus[0]?.published ?? primary.published,
      ...(amountFrom.usd ?? NO_USD),
    },
    members,
    amountFrom,
  };
}

function describeAmount(c: Commitment): string {
  const figure = pointOf(c);
  return `${c.currency ?? ''} ${figure === null ? '?' : figure.toLocaleString('en-US')} (${c.commitment_id})`.trim();
}

/**
 * Where two reports can agree on the amount: amounts that agree are within 5% of each other (see
 * amounts.ts), so on a log scale in buckets wider than log(1/0.95) they fall in the same or a
 * neighbouring bucket. Same-currency reports compare raw amounts, cross-currency ones USD amounts.
 */
const BUCKET_WIDTH = 0.06;
function amountKeys(report: Report): string[] {
  const c = report.commitment;
  const keys: string[] = [];
  const raw = pointOf(c);
  if (raw !== null && raw > 0 && c.currency !== null) keys.push(`${c.currency.toUpperCase()}:${Math.floor(Math.log(raw) / BUCKET_WIDTH)}`);
  const usd = report.usd ? pointOf({ amount: report.usd.amount_usd, amount_low: report.usd.amount_usd_low, amount_high: report.usd.amount_usd_high }) : null;
  if (usd !== null && usd > 0) keys.push(`USD~:${Math.floor(Math.log(usd) / BUCKET_WIDTH)}`);
  return keys;
}
function neighbours(key: string): string[] {
  const at = key.lastIndexOf(':');
  const bucket = Number(key.slice(at + 1));
  return [bucket - 1, bucket, bucket + 1].map((b) => `${key.slice(0, at)}:${b}`);
}

/**
 * Keys of who funds, for the index: a report's funder can only agree with funders that share one
 * (see partyKeys), or with its own country (an organisation and its country agree, fundersAgree).
 * No funder: null, which agrees with every funder.
 */
function funderKeys(c: Commitment): string[] | null {
  if (c.funder === null) return null;
  const keys = partyKeys(c.funder);
  const country = countryCode(c.funder_country);
  if (country) keys.push(`c:${country}`);
  return keys;
}

/**
 * Clusters reports so that every member of a cluster is the same deal as every other. Each report
 * joins the first cluster (in order of creation) all of whose members agree with it. Only clusters
 * that can agree are compared: an index by amount bucket and funder (a report or cluster without a
 * funder is compared across funders; one without a usable amount across amounts).
 */
function clusterReports(ordered: readonly Report[]): Report[][] {
  const clusters: Report[][] = [];
  const index = new Map<string, Set<number>>();
  // Clusters none of whose members states an amount: the only ones a report without a usable
  // amount key can join (an amount with no currency agrees with no other amount: compareReports).
  const withoutAmount = new Set<number>();
  const put = (key: string, clusterIndex: number) => {
    let set = index.get(key);
    if (!set) index.set(key, (set = new Set()));
    set.add(clusterIndex);
  };
  const add = (clusterIndex: number, report: Report) => {
    const keys = amountKeys(report);
    if (pointOf(report.commitment) !== null) withoutAmount.delete(clusterIndex);
    const funders = funderKeys(report.commitment) ?? ['*'];
    for (const key of keys) {
      for (const funder of funders) put(`${key}|${funder}`, clusterIndex);
      put(`${key}|any`, clusterIndex);
    }
  };
  for (const report of ordered) {
    const keys = amountKeys(report);
    let candidates: number[];
    if (pointOf(report.commitment) === null) {
      candidates = clusters.map((_, i) => i);
    } else if (keys.length === 0) {
      candidates = [...withoutAmount];
    } else {
      const funders = funderKeys(report.commitment);
      const suffixes = funders === null ? ['any'] : [...funders, '*'];
      const found = new Set<number>(withoutAmount);
      for (const key of keys) {
        for (const near of neighbours(key)) {
          for (const suffix of suffixes) for (const i of index.get(`${near}|${suffix}`) ?? []) found.add(i);
        }
      }
      candidates = [...found].sort((x, y) => x - y);
    }
    const home = candidates.find((i) => clusters[i]!.every((m) => compareReports(m, report) === 'same'));
    if (home !== undefined) {
      clusters[home]!.push(report);
      add(home, report);
    } else {
      clusters.push([report]);
      withoutAmount.add(clusters.length - 1);
      add(clusters.length - 1, report);
    }
  }
  return clusters;
}

/**
 * Groups of deals that may conflict. Two reports can only be told to be "the same deal with another
 * amount" when both name the funder and the project (see compareReports): deals are grouped by
 * funder (its country, else its name) and project (normalised), and deals without either are not
 * compared. Spelling variants of one project across articles fall in different groups: a missed
 * warning, never a wrong merge.
 */
function conflictGroups(deals: readonly MergedDeal[]): number[][] {
  const groups = new Map<string, number[]>();
  deals.forEach((deal, i) => {
    if (deal.row.funder === null || deal.row.project === null) return;
    const key = `${countryCode(deal.row.funder_country) ?? normaliseText(deal.row.funder)}\u0000${normaliseText(deal.row.project)}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

function conflictBetween(a: MergedDeal, b: MergedDeal): readonly [Report, Report] | undefined {
  for (const x of a.members) for (const y of b.members) if (compareReports(x, y) === 'conflict') return [x, y];
  return undefined;
}

/** How many conflicting amounts a check names before it says "and N more". */
const LISTED_CONFLICTS = 8;

export function dedupeReports(reports: readonly Report[]): { deals: MergedDeal[]; checks: Check[] } {
  const ordered = [...reports].sort(byReportDate);
  const deals = clusterReports(ordered).map(mergeCluster);

  // One check per funder and project, naming every deal whose amount disagrees with another's:
  // a corpus that reports one project many ways gets one warning to settle, not one per pair.
  const checks: Check[] = [];
  for (const group of conflictGroups(deals)) {
    const conflicted = new Set<number>();
    for (const i of group) {
      if (conflicted.has(i)) continue;
      const j = group.find((k) => k !== i && conflictBetween(deals[i]!, deals[k]!) !== undefined);
      if (j === undefined) continue;
      conflicted.add(i);
      conflicted.add(j);
    }
    if (conflicted.size < 2) continue;
    const members = group.filter((i) => conflicted.has(i)).map((i) => deals[i]!);
    const first = members[0]!.row;
    const amounts = members.slice(0, LISTED_CONFLICTS).map((d) => describeAmount(d.amountFrom.commitment));
    if (members.length > LISTED_CONFLICTS) amounts.push(`and ${members.length - LISTED_CONFLICTS} more`);
    checks.push(
      makeCheck(
        'conflicting_amount',
        'warning',
        false,
        messages.reconcile.conflictingAmount(first.funder ?? 'unknown funder', first.project ?? 'unknown project', amounts.join(' vs ')),
        members.map((d) => d.row.commitment_id),
      ),
    );
  }
  return { deals, checks };
}
