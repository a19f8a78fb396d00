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
 * - Two funders agree only when they share a funder key, two recipients only when they share a
 *   recipient key (partyKeys), two instruments only when of one family. A report or member that
 *   leaves one of these fields empty agrees with any value of it.
 * - A report must agree with every member, so for each field a cluster needs to be found through
 *   one member only: it is indexed under the amount keys together with the field's keys of every
 *   member that has both, and, until it has such a member, under the amount keys of its members
 *   with an amount but not the field (the field's STAR). Every cluster is also indexed by amount
 *   alone (ANY), for reports that state none of the fields.
 * - A cluster no member of which has an amount can take a report of any amount, so its amount
 *   says nothing: such clusters are indexed by the field keys of their members alone (and by a
 *   field's STAR while no member has the field), and leave that index when a member with an
 *   amount joins (from then on the amount index finds them). A report looks there too, for each
 *   field it states. (Trying them all for every report made the work grow with the square of the
 *   corpus: a large corpus has more of them, for longer.)
 *
 * A report then tries the clusters found through every field it states (the intersection), which
 * keeps the candidates few even when one funder lends one amount to many recipients.
 *
 * A report without an amount (few are) tries, in order, the clusters with no funder and those
 * with a member sharing a funder key (every cluster when it names no funder itself), and agrees
 * with a member only when both or neither name a project.
 */
import { partyIndexKeys } from './names.ts';
import { comparisonKey, compareProfiles, makeProfile, type Profile, type Report } from './sameDeal.ts';

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
/**
 * A figure in US dollars is put on the scale of USD values (of any currency): a report then finds
 * more candidates, never fewer, and a dollar report's two keys (its figure, its USD value) are
 * mostly one, so it looks up half as many lists.
 */
const USD_SCALE = 'USD~';
export function amountKeys(p: Profile): AmountKey[] {
  const keys: AmountKey[] = [];
  if (p.point !== null && p.currency !== null) keys.push(amountKey(p.currency === 'USD' ? USD_SCALE : p.currency, p.point));
  if (p.usdPoint !== null) {
    const key = amountKey(USD_SCALE, p.usdPoint);
    if (!keys.some((k) => k.scale === key.scale && k.bucket === key.bucket)) keys.push(key);
  }
  return keys;
}

/**
 * Keys of a party (funder or recipient): two parties agree (sameDeal.ts) when they are the same
 * party, and then share a party key (partyIndexKeys), or when one is named by its country and the
 * other's country column is that country. The second case is directional: a member is stored under
 * `is:` its party-as-country and `of:` its country column, and a report looks for `is:` its country
 * column and `of:` its party-as-country, so that two organisations of one country are not
 * candidates of each other.
 */
export interface BlockingKeys {
  stored: string[];
  probe: string[];
}
const partyKeysOf = new Map<string, BlockingKeys>();
export function partyKeys(party: string | null, asCountry: string | null, countryColumn: string | null): BlockingKeys | null {
  if (party === null) return null;
  let keys = partyKeysOf.get(party);
  if (!keys) partyKeysOf.set(party, (keys = partyIndexKeys(party)));
  const stored = [...keys.stored];
  const probe = [...keys.probe];
  if (asCountry !== null) {
    stored.push(`is:${asCountry}`);
    probe.push(`of:${asCountry}`);
  }
  if (countryColumn !== null) {
    stored.push(`of:${countryColumn}`);
    probe.push(`is:${countryColumn}`);
  }
  return { stored, probe };
}

// Index entries: a field's key is prefixed by the field; STAR and ANY are not keys of any field.
const FIELDS = ['funder', 'recipient', 'family'] as const;
type Field = (typeof FIELDS)[number];
const ANY = 'any';
const STAR = '*';
const ANY_ENTRY = [ANY];
const entry = (field: Field, key: string) => `${field}|${key}`;

/** A field's index entries for a report: those it is stored under, and those it looks up (its STAR included). */
interface FieldEntries {
  stored: readonly string[];
  probe: readonly string[];
}
const STAR_ENTRY: Record<Field, string> = { funder: entry('funder', STAR), recipient: entry('recipient', STAR), family: entry('family', STAR) };

// Reports repeat the same names: their entries are built once per distinct value, so the strings
// (and the hashes the index computes for them) are reused rather than made again per report.
const entriesOf: Record<Field, Map<string, FieldEntries>> = { funder: new Map(), recipient: new Map(), family: new Map() };
function entries(field: Field, value: string, make: () => BlockingKeys): FieldEntries {
  let known = entriesOf[field].get(value);
  if (!known) {
    const keys = make();
    known = { stored: keys.stored.map((k) => entry(field, k)), probe: [...keys.probe.map((k) => entry(field, k)), STAR_ENTRY[field]] };
    entriesOf[field].set(value, known);
  }
  return known;
}

/** The fields clusters are indexed by, each with its entries for a report (null when it leaves the field empty). */
function fieldEntries(p: Profile): Record<Field, FieldEntries | null> {
  const c = p.commitment;
  const party = (field: Field, name: string | null, asCountry: string | null, column: string | null) =>
    name === null ? null : entries(field, `${name}\u0000${asCountry ?? ''}\u0000${column ?? ''}`, () => partyKeys(name, asCountry, column)!);
  return {
    funder: party('funder', c.funder, p.funderAsCountry, p.funderCountryCode),
    recipient: party('recipient', c.recipient, p.recipientAsCountry, p.recipientCountryCode),
    family: p.family === null ? null : entries('family', p.family, () => ({ stored: [p.family!], probe: [p.family!] })),
  };
}

/** Clusters by amount key and field key, each list in ascending order (the order clusters are tried in). */
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

/** The first index at or after `from` whose value is at least `x` (galloping, then binary search). */
function seekIn(list: readonly number[], x: number, from: number): number {
  let step = 1;
  let hi = from;
  while (hi < list.length && list[hi]! < x) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, list.length);
  while (from < hi) {
    const mid = (from + hi) >>> 1;
    if (list[mid]! < x) from = mid + 1;
    else hi = mid;
  }
  return from;
}

/** A union of ascending lists, read in ascending order. */
class Union {
  private readonly at: number[];
  constructor(private readonly lists: readonly (readonly number[])[]) {
    this.at = lists.map(() => 0);
  }
  /** Moves past everything below `x`; the smallest value left (Infinity when none). */
  seek(x: number): number {
    let head = Infinity;
    for (let l = 0; l < this.lists.length; l++) {
      const list = this.lists[l]!;
      let i = this.at[l]!;
      if (i < list.length && list[i]! < x) this.at[l] = i = seekIn(list, x, i);
      if (i < list.length && list[i]! < head) head = list[i]!;
    }
    return head;
  }
}

/**
 * The smallest number that is in every union (each a set of ascending lists) and passes `test`,
 * trying the common numbers in ascending order and stopping at the first that passes: a report
 * usually finds its cluster long before the end of its candidates. Each union skips ahead to the
 * largest head of the others, so numbers in one union only cost little.
 */
export function firstInIntersection(
  unions: readonly (readonly (readonly number[])[])[],
  test: (value: number) => boolean,
): number | undefined {
  const readers = unions.map((lists) => new Union(lists));
  let x = 0;
  for (;;) {
    let settled = false;
    while (!settled) {
      settled = true;
      for (const reader of readers) {
        const head = reader.seek(x);
        if (head === Infinity) return undefined;
        if (head > x) {
          x = head;
          settled = false;
        }
      }
    }
    if (test(x)) return x;
    x++;
  }
}

interface Cluster {
  members: Profile[];
  /**
   * One member per comparison key (sameDeal.ts): a report agrees with every member exactly when it
   * agrees with these, since members of one key get the same verdict. One deal reported a thousand
   * times is then compared a handful of times per report, not a thousand.
   */
  distinct: Profile[];
  keys: Set<string>;
  /** Whether some member names a project, and whether some member does not. */
  withProject: boolean;
  withoutProject: boolean;
  /** Per field, the amount keys it is indexed under with the field's STAR, while no member has both an amount key and the field. */
  starKeys: Record<Field, AmountKey[] | null>;
  /** While no member has an amount: the entries it is stored under in the index of such clusters (null after). */
  amountlessEntries: Set<string> | null;
}

function joins(cluster: Cluster, p: Profile): boolean {
  // A report without an amount agrees only with members that, like it, do or do not name a project.
  if (p.point === null && (p.commitment.project === null ? cluster.withProject : cluster.withoutProject)) return false;
  for (const m of cluster.distinct) if (compareProfiles(m, p) !== 'same') return false;
  return true;
}

export function clusterReports(ordered: readonly Report[]): Report[][] {
  return clusterProfiles(ordered).map((members) => members.map((m) => m.report));
}

/** clusterReports, with each member's profile. */
export function clusterProfiles(ordered: readonly Report[]): Profile[][] {
  const clusters: Cluster[] = [];
  const index = new ClusterIndex();
  // Clusters none of whose members has an amount, ascending; and by field entry (the STARs included).
  const withoutAmount: number[] = [];
  const amountless = new Map<string, number[]>();
  const addAmountless = (token: string, at: number) => {
    const list = amountless.get(token);
    if (list) insertSorted(list, at);
    else amountless.set(token, [at]);
  };
  // For reports without an amount: clusters by the funder keys of their members, and those none of
  // whose members has a funder (which agree with any funder).
  const byFunder = new Map<string, number[]>();
  const withoutFunder: number[] = [];

  const add = (at: number, p: Profile, keys: readonly AmountKey[], fields: Record<Field, FieldEntries | null>) => {
    const cluster = clusters[at]!;
    cluster.members.push(p);
    const key = comparisonKey(p);
    if (!cluster.keys.has(key)) {
      cluster.keys.add(key);
      cluster.distinct.push(p);
    }
    if (p.commitment.project === null) cluster.withoutProject = true;
    else cluster.withProject = true;
    const stored = cluster.amountlessEntries;
    if (p.point !== null) {
      removeSorted(withoutAmount, at);
      if (stored !== null) {
        for (const token of stored) removeSorted(amountless.get(token)!, at);
        cluster.amountlessEntries = null;
      }
    } else if (stored !== null) {
      for (const field of FIELDS) {
        const own = fields[field];
        if (!own) continue;
        for (const token of own.stored) {
          if (stored.has(token)) continue;
          stored.add(token);
          addAmountless(token, at);
        }
        // Found through this member's keys from now on.
        if (stored.delete(STAR_ENTRY[field])) removeSorted(amountless.get(STAR_ENTRY[field])!, at);
      }
    }
    const funders = fields.funder;
    if (funders) {
      removeSorted(withoutFunder, at);
      for (const token of funders.stored) {
        const list = byFunder.get(token);
        if (list) insertSorted(list, at);
        else byFunder.set(token, [at]);
      }
    }
    if (keys.length === 0) return;
    for (const key of keys) index.add(key, ANY, at);
    for (const field of FIELDS) {
      const own = fields[field];
      const stars = cluster.starKeys[field];
      if (own) {
        for (const key of keys) for (const token of own.stored) index.add(key, token, at);
        // Found through this member from now on: the STAR entries are no longer needed.
        for (const key of stars ?? []) index.remove(key, STAR_ENTRY[field], at);
        cluster.starKeys[field] = null;
      } else if (stars !== null) {
        for (const key of keys) index.add(key, STAR_ENTRY[field], at);
        stars.push(...keys);
      }
    }
  };

  for (const report of ordered) {
    const p = makeProfile(report);
    const keys = amountKeys(p);
    const fields = fieldEntries(p);
    const fits = (i: number) => joins(clusters[i]!, p);
    let home: number | undefined;
    if (p.point === null && fields.funder === null) {
      for (let i = 0; i < clusters.length && home === undefined; i++) if (fits(i)) home = i;
    } else if (p.point === null) {
      const lists: (readonly number[])[] = [withoutFunder];
      for (const token of fields.funder!.probe) {
        // (The funder's STAR is not stored here: clusters with no funder are in withoutFunder.)
        const list = byFunder.get(token);
        if (list) lists.push(list);
      }
      home = firstInIntersection([lists], fits);
    } else {
      const unions: (readonly number[])[][] = [];
      for (const field of FIELDS) {
        const own = fields[field];
        if (!own) continue;
        const lists: (readonly number[])[] = [];
        for (const token of own.probe) {
          const list = amountless.get(token);
          if (list) lists.push(list);
        }
        for (const key of keys) index.near(key, own.probe, lists);
        unions.push(lists);
      }
      if (unions.length === 0) {
        const lists: (readonly number[])[] = [withoutAmount];
        for (const key of keys) index.near(key, ANY_ENTRY, lists);
        unions.push(lists);
      }
      home = firstInIntersection(unions, fits);
    }
    if (home === undefined) {
      home = clusters.length;
      const stars = FIELDS.map((field) => STAR_ENTRY[field]);
      clusters.push({
        members: [],
        distinct: [],
        keys: new Set(),
        withProject: false,
        withoutProject: false,
        starKeys: { funder: [], recipient: [], family: [] },
        amountlessEntries: new Set(stars),
      });
      withoutAmount.push(home);
      for (const token of stars) addAmountless(token, home);
      withoutFunder.push(home);
    }
    add(home, p, keys, fields);
  }
  return clusters.map((c) => c.members);
}
