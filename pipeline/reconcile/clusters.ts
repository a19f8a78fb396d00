/**
 * Clusters reports so that every member of a cluster is the same deal as every other (complete
 * linkage, so an empty field never chains two different deals together). Reports are taken in
 * order; each joins the first cluster, in order of creation, all of whose members agree with it,
 * or starts a new one.
 *
 * Trying every cluster for every report is quadratic, so a report with an amount tries only the
 * clusters an index gives it, in order of creation. The index keys are necessary conditions of
 * agreement (sameDeal.ts), so no cluster the report could join is left out and the clusters are
 * the same as when every cluster is tried:
 *
 * - Two amounts agree only within 5% of each other: amount buckets (amountKeys). A member with an
 *   amount but no currency agrees with no report with an amount, so it gives no key.
 * - Two funders agree only when they share a funder key (funderKeys). A report or member without a
 *   funder agrees with any funder.
 * - A report must agree with every member, so a cluster needs to be found through one member only:
 *   it is indexed under the amount and funder keys of its members that have both, and, until it
 *   has such a member, under the amount keys of its members with an amount but no funder (STAR).
 *   Every cluster is also indexed by amount alone (ANY), for reports without a funder.
 * - A cluster no member of which has an amount can take a report of any amount: those are tried
 *   for every report.
 *
 * A report without an amount (few are) tries, in order, the clusters with no funder and those
 * with a member sharing a funder key (every cluster when it names no funder itself), and agrees
 * with a member only when both or neither name a project.
 */
import { partyIndexKeys } from './names.ts';
import { compareProfiles, makeProfile, type Profile, type Report } from './sameDeal.ts';

/**
 * Where two reports can agree on the amount: amounts that agree are within 5% of each other (see
 * amounts.ts), so on a log scale in buckets wider than log(1/0.95) they fall in the same or a
 * neighbouring bucket of one scale. Same-currency reports compare raw amounts (a scale per
 * currency), cross-currency ones USD amounts. Zero agrees only with zero, and a negative figure
 * only with a negative one, so the sign is part of the scale.
 */
const BUCKET_WIDTH = 0.06;
export interface AmountKey {
  scale: string;
  bucket: number;
}
function amountKey(unit: string, x: number): AmountKey {
  if (x === 0) return { scale: `${unit} 0`, bucket: 0 };
  return { scale: `${unit} ${x > 0 ? '+' : '-'}`, bucket: Math.floor(Math.log(Math.abs(x)) / BUCKET_WIDTH) };
}
export function amountKeys(p: Profile): AmountKey[] {
  const keys: AmountKey[] = [];
  if (p.point !== null && p.currency !== null) keys.push(amountKey(p.currency, p.point));
  if (p.usdPoint !== null) keys.push(amountKey('USD~', p.usdPoint));
  return keys;
}

/**
 * Keys of who funds: two funders agree (sameDeal.ts) when they are the same party, and then share a
 * party key (partyIndexKeys), or when one is named by its country and the other's funder_country is that
 * country. The second case is directional: a member is stored under `is:` its funder-as-country and
 * `of:` its funder_country, and a report looks for `is:` its funder_country and `of:` its
 * funder-as-country, so that two organisations of one country are not candidates of each other.
 */
export interface FunderKeys {
  stored: string[];
  probe: string[];
}
const partyKeysOf = new Map<string, FunderKeys>();
export function funderKeys(p: Profile): FunderKeys | null {
  const funder = p.commitment.funder;
  if (funder === null) return null;
  let party = partyKeysOf.get(funder);
  if (!party) partyKeysOf.set(funder, (party = partyIndexKeys(funder)));
  const stored = [...party.stored];
  const probe = [...party.probe];
  if (p.funderAsCountry !== null) {
    stored.push(`is:${p.funderAsCountry}`);
    probe.push(`of:${p.funderAsCountry}`);
  }
  if (p.funderCountryCode !== null) {
    stored.push(`of:${p.funderCountryCode}`);
    probe.push(`is:${p.funderCountryCode}`);
  }
  return { stored, probe };
}

// Index entries that are not funder keys (party keys all carry a prefix, so these cannot clash).
const ANY = 'any';
const STAR = '*';

/** Clusters by amount key and funder key, each list in ascending order (the order clusters are tried in). */
class ClusterIndex {
  private readonly scales = new Map<string, Map<number, Map<string, number[]>>>();

  add(key: AmountKey, token: string, cluster: number): void {
    let buckets = this.scales.get(key.scale);
    if (!buckets) this.scales.set(key.scale, (buckets = new Map()));
    let tokens = buckets.get(key.bucket);
    if (!tokens) buckets.set(key.bucket, (tokens = new Map()));
    const list = tokens.get(token);
    if (list) insertSorted(list, cluster);
    else tokens.set(token, [cluster]);
  }

  remove(key: AmountKey, token: string, cluster: number): void {
    const list = this.scales.get(key.scale)?.get(key.bucket)?.get(token);
    if (list) removeSorted(list, cluster);
  }

  /** The lists of the key's bucket and its two neighbours, for each token. */
  near(key: AmountKey, tokens: readonly string[], into: (readonly number[])[]): void {
    const buckets = this.scales.get(key.scale);
    if (!buckets) return;
    for (let b = key.bucket - 1; b <= key.bucket + 1; b++) {
      const byToken = buckets.get(b);
      if (!byToken) continue;
      for (const token of tokens) {
        const list = byToken.get(token);
        if (list) into.push(list);
      }
    }
  }
}

function insertSorted(list: number[], value: number): void {
  // New clusters have the highest index, so this is nearly always an append.
  if (list[list.length - 1]! < value) {
    list.push(value);
    return;
  }
  const at = lowerBound(list, value);
  if (list[at] !== value) list.splice(at, 0, value);
}

function removeSorted(list: number[], value: number): void {
  const at = lowerBound(list, value);
  if (list[at] === value) list.splice(at, 1);
}

function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The smallest number in any of the ascending lists that passes `test`, trying each number once and
 * in ascending order, and stopping at the first that passes: a report usually finds its cluster
 * long before the end of its candidates.
 */
export function firstInUnion(lists: readonly (readonly number[])[], test: (value: number) => boolean): number | undefined {
  const at = new Array<number>(lists.length).fill(0);
  for (;;) {
    let next = Infinity;
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l]!;
      const i = at[l]!;
      if (i < list.length && list[i]! < next) next = list[i]!;
    }
    if (next === Infinity) return undefined;
    if (test(next)) return next;
    for (let l = 0; l < lists.length; l++) if (lists[l]![at[l]!] === next) at[l]!++;
  }
}

interface Cluster {
  members: Profile[];
  /** Whether some member names a project, and whether some member does not. */
  withProject: boolean;
  withoutProject: boolean;
  /** The amount keys it is indexed under with STAR, while no member has both an amount key and a funder. */
  starKeys: AmountKey[] | null;
}

function joins(cluster: Cluster, p: Profile): boolean {
  // A report without an amount agrees only with members that, like it, do or do not name a project.
  if (p.point === null && (p.commitment.project === null ? cluster.withProject : cluster.withoutProject)) return false;
  for (const m of cluster.members) if (compareProfiles(m, p) !== 'same') return false;
  return true;
}

export function clusterReports(ordered: readonly Report[]): Report[][] {
  return clusterProfiles(ordered).map((members) => members.map((m) => m.report));
}

/** clusterReports, with each member's profile. */
export function clusterProfiles(ordered: readonly Report[]): Profile[][] {
  const clusters: Cluster[] = [];
  const index = new ClusterIndex();
  // Clusters none of whose members has an amount, ascending.
  const withoutAmount: number[] = [];
  // For reports without an amount: clusters by the funder keys of their members, and those none of
  // whose members has a funder (which agree with any funder).
  const byFunder = new Map<string, number[]>();
  const withoutFunder: number[] = [];

  const add = (at: number, p: Profile, keys: readonly AmountKey[], funders: FunderKeys | null) => {
    const cluster = clusters[at]!;
    cluster.members.push(p);
    if (p.commitment.project === null) cluster.withoutProject = true;
    else cluster.withProject = true;
    if (p.point !== null) removeSorted(withoutAmount, at);
    if (funders) {
      removeSorted(withoutFunder, at);
      for (const token of funders.stored) {
        const list = byFunder.get(token);
        if (list) insertSorted(list, at);
        else byFunder.set(token, [at]);
      }
    }
    for (const key of keys) {
      index.add(key, ANY, at);
      if (funders) for (const token of funders.stored) index.add(key, token, at);
    }
    if (keys.length > 0 && funders) {
      // Found through this member from now on: the STAR entries are no longer needed.
      for (const key of cluster.starKeys ?? []) index.remove(key, STAR, at);
      cluster.starKeys = null;
    } else if (keys.length > 0 && cluster.starKeys !== null) {
      for (const key of keys) index.add(key, STAR, at);
      cluster.starKeys.push(...keys);
    }
  };

  for (const report of ordered) {
    const p = makeProfile(report);
    const keys = amountKeys(p);
    const funders = funderKeys(p);
    const fits = (i: number) => joins(clusters[i]!, p);
    let home: number | undefined;
    if (p.point === null && funders === null) {
      for (let i = 0; i < clusters.length && home === undefined; i++) if (fits(i)) home = i;
    } else if (p.point === null) {
      const lists: (readonly number[])[] = [withoutFunder];
      for (const token of funders!.probe) {
        const list = byFunder.get(token);
        if (list) lists.push(list);
      }
      home = firstInUnion(lists, fits);
    } else {
      const lists: (readonly number[])[] = [withoutAmount];
      const tokens = funders === null ? [ANY] : [...funders.probe, STAR];
      for (const key of keys) index.near(key, tokens, lists);
      home = firstInUnion(lists, fits);
    }
    if (home === undefined) {
      home = clusters.length;
      clusters.push({ members: [], withProject: false, withoutProject: false, starKeys: [] });
      withoutAmount.push(home);
      withoutFunder.push(home);
    }
    add(home, p, keys, funders);
  }
  return clusters.map((c) => c.members);
}
