/**
 * One row per deal: commitments reported by several articles (or twice by one) are merged.
 *
 * Which reports are the same deal is sameDeal.ts's rule; clusters.ts groups them so that every
 * member of a cluster is the same deal as every other (complete linkage, so an empty field never
 * chains two different deals together). Each cluster becomes one deal here.
 *
 * When everything agrees but the amounts, across different articles, the reports are NOT merged
 * and a `conflicting_amount` check is raised: one of them is wrong, and a reader should decide.
 */
import type { Check, Commitment, Status } from '../tables.ts';
import * as messages from '../messages.ts';
import { pointOf, qualifierRank } from './amounts.ts';
import { makeCheck } from './checkId.ts';
import { clusterProfiles } from './clusters.ts';
import { countryCode } from './countries.ts';
import { NO_USD, type UsdAmounts } from './fx.ts';
import { comparisonKey, compareAgreeing, fieldKey, fieldsAgree, type Profile, type Report } from './sameDeal.ts';
import { statusRank } from './status.ts';
import { normaliseText } from './text.ts';

export { compareReports, type Report, type Verdict } from './sameDeal.ts';

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

/**
 * The evidence ids of the primary report, then of the members in order, each once: what
 * unique([primary, ...members].flatMap((m) => m.commitment.evidence_id.split(';').map((s) => s.trim())))
 * gives, without the arrays (an id list is nearly always one id, and there is one per report).
 */
function evidenceOf(primary: Report, members: readonly Report[]): string[] {
  const seen = new Set<string>();
  const addIds = (ids: string) => {
    for (const part of ids.split(';')) {
      const id = part.trim();
      if (id !== '') seen.add(id);
    }
  };
  addIds(primary.commitment.evidence_id);
  for (const m of members) addIds(m.commitment.evidence_id);
  return [...seen];
}

type Fillable = Exclude<keyof Commitment, 'commitment_id' | 'article_id' | 'evidence_id' | 'quote'>;

/**
 * The report whose receiver the deal takes, with its `recipient_source`: the status report's when its sentences
 * named one, else the oldest report's whose sentences did, else one filled from its article (extract/
 * articleRecipient.ts), the status report's first. A receiver one article names outranks one another article
 * only implied.
 */
function recipientReport(members: readonly Report[], primary: Report): Report {
  const named = (m: Report) => m.commitment.recipient !== null && m.commitment.recipient_source !== 'article';
  if (named(primary)) return primary;
  return members.find(named) ?? (primary.commitment.recipient !== null ? primary : members.find((m) => m.commitment.recipient !== null) ?? primary);
}

function mergeCluster(members: Report[]): MergedDeal {
  const first = members[0]!;
  const primary = statusReport(members);
  const amountFrom = amountReport(members, primary);
  // What the status report leaves empty is filled from the others, oldest first.
  const fill = <K extends Fillable>(key: K): Commitment[K] => {
    const own = primary.commitment[key];
    if (own !== null) return own;
    const donor = members.find((m) => m.commitment[key] !== null);
    return donor ? donor.commitment[key] : own;
  };
  const status: Status | null = primary.commitment.status;
  const sameStatus = members.filter((m) => m.commitment.status === status && m.published !== null);
  const evidence = evidenceOf(primary, members);
  const articleIds = unique(members.map((m) => m.commitment.article_id));
  const amount = amountFrom.commitment;
  const usd = amountFrom.usd ?? NO_USD;
  const receiver = recipientReport(members, primary).commitment;
  // One literal with every column, not a spread of the commitment with columns added: V8 builds
  // an object with keys added to a spread copy many times slower, and there is one per deal.
  return {
    row: {
      commitment_id: first.commitment.commitment_id,
      article_id: first.commitment.article_id,
      funder: fill('funder'),
      funder_type: fill('funder_type'),
      funder_country: fill('funder_country'),
      recipient: receiver.recipient,
      recipient_country: receiver.recipient_country ?? fill('recipient_country'),
      recipient_source: receiver.recipient_source,
      project: fill('project'),
      amount: amount.amount,
      amount_low: amount.amount_low,
      amount_high: amount.amount_high,
      currency: amount.currency,
      qualifier: amount.qualifier,
      instrument: fill('instrument'),
      status: fill('status'),
      sector: fill('sector'),
      stake_percent: fill('stake_percent'),
      part_of: fill('part_of'),
      evidence_id: evidence.join(';'),
      quote: primary.commitment.quote,
      article_ids: articleIds.join(';'),
      merged_ids: members.map((m) => m.commitment.commitment_id).join(';'),
      source_count: articleIds.length,
      first_reported: members.find((m) => m.published !== null)?.published ?? null,
      status_date: sameStatus[0]?.published ?? primary.published,
      amount_usd: usd.amount_usd,
      amount_usd_low: usd.amount_usd_low,
      amount_usd_high: usd.amount_usd_high,
      fx_rate: usd.fx_rate,
      fx_date: usd.fx_date,
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
 * Groups of deals that may conflict. Two reports can only be told to be "the same deal with another
 * amount" when both name the funder and the project (see sameDeal.ts): deals are grouped by
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

/**
 * The members of a cluster that can be in conflict with another deal's, as few as give the same
 * answer: a conflict needs a project and an amount on both sides (compareProfiles); and members of
 * one comparison key (sameDeal.ts) differ only in their article, which counts only in being another
 * article than the other side's, so per key the first member and the first of another article do.
 * A deal told by a thousand articles is then a handful of members here.
 */
function conflictMembers(members: readonly Profile[]): Profile[] {
  const byKey = new Map<string, Profile[]>();
  for (const m of members) {
    if (m.commitment.project === null || m.point === null) continue;
    const key = comparisonKey(m);
    const kept = byKey.get(key);
    if (!kept) byKey.set(key, [m]);
    else if (kept.length === 1 && kept[0]!.commitment.article_id !== m.commitment.article_id) kept.push(m);
  }
  return [...byKey.values()].flat();
}

/**
 * The deals of a group whose amount disagrees with another deal's: each deal with at least one
 * member in conflict with a member of another deal. A conflict needs every field but the amount to
 * agree (fieldsAgree), which is asked once per pair of field keys, not per pair of members; and a
 * deal stops looking at its first partner (the partner is marked too), so a group of many deals
 * that disagree with each other costs about one look per deal, not one per pair.
 */
function conflictedDeals(group: readonly number[], clusters: readonly (readonly Profile[])[]): Set<number> {
  const byField = new Map<string, { deal: number; member: Profile }[]>();
  const ownMembers = new Map<number, Profile[]>();
  for (const deal of group) {
    const members = conflictMembers(clusters[deal]!);
    ownMembers.set(deal, members);
    for (const member of members) {
      const key = fieldKey(member);
      const list = byField.get(key);
      if (list) list.push({ deal, member });
      else byField.set(key, [{ deal, member }]);
    }
  }
  // Whether two field keys agree, asked only when a search reaches them (most stop early).
  const agree = new Map<string, Map<string, boolean>>();
  const agreeing = (a: string, b: string, x: Profile, y: Profile): boolean => {
    let row = agree.get(a);
    if (!row) agree.set(a, (row = new Map()));
    let known = row.get(b);
    if (known === undefined) row.set(b, (known = fieldsAgree(x, y)));
    return known;
  };
  const conflicted = new Set<number>();
  for (const deal of group) {
    if (conflicted.has(deal)) continue;
    search: for (const x of ownMembers.get(deal)!) {
      const own = fieldKey(x);
      for (const [key, entries] of byField) {
        if (!agreeing(own, key, x, entries[0]!.member)) continue;
        for (const y of entries) {
          // (Their fields agree: every member of `entries` has the field key `key`.)
          if (y.deal === deal || compareAgreeing(x, y.member) !== 'conflict') continue;
          conflicted.add(deal);
          conflicted.add(y.deal);
          break search;
        }
      }
    }
  }
  return conflicted;
}

/** How many conflicting amounts a check names before it says "and N more". */
const LISTED_CONFLICTS = 8;

export function dedupeReports(reports: readonly Report[]): { deals: MergedDeal[]; checks: Check[] } {
  const ordered = [...reports].sort(byReportDate);
  const clusters = clusterProfiles(ordered);
  const deals = clusters.map((members) => mergeCluster(members.map((m) => m.report)));

  // One check per funder and project, naming every deal whose amount disagrees with another's:
  // a corpus that reports one project many ways gets one warning to settle, not one per pair.
  const checks: Check[] = [];
  for (const group of conflictGroups(deals)) {
    const conflicted = conflictedDeals(group, clusters);
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
