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
 * - Two funders agree only when their values agree (partiesAgree), two recipients likewise, two
 *   instruments only when of one family. Each distinct funder or recipient value of a run is
 *   compared once with the values that share one of its keys (partyKeys) and keeps those that
 *   agree (PartyValues); clusters are stored under their members' values, and a report looks under
 *   every value that agrees with its own. A report or member that leaves one of these fields empty
 *   agrees with any value of it.
 * - A report must agree with every member, so for the amount a cluster needs to be found through
 *   one member only, and for each field through one member only (which may be another): it is
 *   indexed at the amount keys of its first member with any (its anchor), under the field's value
 *   (or family) of every member that has the field, and, while no member has the field, under the
 *   field's STAR. Every cluster is also indexed by amount alone (ANY), for reports that state none
 *   of the fields. (Indexed at every member's amount keys, it was found by reports near any one
 *   member, which a report 5% from one and 10% from another could not join.)
 * - A cluster no member of which has an amount can take a report of any amount, so its amount
 *   says nothing: such clusters are indexed by the field values of their members alone (and by a
 *   field's STAR while no member has the field), and leave that index when a member with an
 *   amount joins (from then on the amount index finds them). A report looks there too, for each
 *   field it states. (Trying them all for every report made the work grow with the square of the
 *   corpus: a large corpus has more of them, for longer.)
 *
 * A report then tries the clusters found through every field it states (the intersection), which
 * keeps the candidates few even when one funder lends one amount to many recipients.
 *
 * A report without an amount (few are) agrees with any amount, so for each field it states it
 * tries the clusters no member of which has the field and those with a member sharing one of its
 * keys, the intersection over its fields (every cluster when it states none), and agrees with a
 * member only when both or neither name a project. (Through the funder alone, such a report tried
 * about 250 clusters at 40,000 articles, 44% of them of another instrument.)
 */
import { partyIndexKeys } from './names.ts';
import { amountsAllowSame, comparisonKey, fieldsAgree, makeProfile, partiesAgree, type Profile, type Report } from './sameDeal.ts';

/**
 * Where two reports can agree on the amount: amounts that agree are within 5% of each other (see
 * amounts.ts), so their logarithms are at most AGREE_LOG apart. Amounts are stored in buckets of
 * one scale on a log scale (same-currency reports compare raw amounts, a scale per currency;
 * cross-currency ones USD amounts), and a report looks in the buckets that overlap its own
 * logarithm plus or minus AGREE_LOG: two of them, or three (the buckets are narrower than that
 * window), where looking in the bucket and both its neighbours always read three and took in
 * amounts up to 12% away. Zero agrees only with zero, and a negative figure only with a negative
 * one, so the sign is part of the scale.
 */
const BUCKET_WIDTH = 0.06;
/**
 * -ln(0.95) = 0.0512933 (a 5% difference) rounded up: the margin (7e-6) is far above the rounding
 * error of a logarithm and a division, so no amount that agrees is ever left out.
 */
const AGREE_LOG = 0.0513;
export interface AmountKey {
  scale: string;
  /** Where the amount is stored. */
  bucket: number;
  /** The first and last buckets a report looks in, relative to its own (with buckets wider than AGREE_LOG: -1 or 0, and 0 or 1). */
  from: number;
  to: number;
}
function amountKey(unit: string, x: number): AmountKey {
  if (x === 0) return { scale: `${unit} 0`, bucket: 0, from: 0, to: 0 };
  const log = Math.log(Math.abs(x));
  const bucket = Math.floor(log / BUCKET_WIDTH);
  return {
    scale: `${unit} ${x > 0 ? '+' : '-'}`,
    bucket,
    from: Math.floor((log - AGREE_LOG) / BUCKET_WIDTH) - bucket,
    to: Math.floor((log + AGREE_LOG) / BUCKET_WIDTH) - bucket,
  };
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
    const same = keys.find((k) => k.scale === key.scale && k.bucket === key.bucket);
    // One bucket, stored once, read around both figures.
    if (same) {
      same.from = Math.min(same.from, key.from);
      same.to = Math.max(same.to, key.to);
    } else keys.push(key);
  }
  return keys;
}

/**
 * Keys of a party (funder or recipient), by which PartyValues finds the values one may agree with:
 * two parties agree (sameDeal.ts) when they are the same party, and then share a party key
 * (partyIndexKeys), or when one is named by its country and the other's country column is that
 * country. The second case is directional: a value is stored under `is:` its party-as-country and
 * `of:` its country column, and looks for `is:` its country column and `of:` its party-as-country,
 * so that two organisations of one country are not candidates of each other.
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
const entry = (field: Field, key: string) => `${field}|${key}`;

/** A field's index entries for a report: those it is stored under, and those it looks up (its STAR included). */
interface FieldEntries {
  stored: readonly string[];
  probe: readonly string[];
}
const STAR_ENTRY: Record<Field, string> = { funder: entry('funder', STAR), recipient: entry('recipient', STAR), family: entry('family', STAR) };

// The instrument family has a handful of values, each its own key: its entries are built once
// per value, so the strings are reused rather than made again per report.
const familyEntries = new Map<string, FieldEntries>();
function familyEntriesOf(family: string): FieldEntries {
  let known = familyEntries.get(family);
  if (!known) familyEntries.set(family, (known = { stored: [entry('family', family)], probe: [entry('family', family), STAR_ENTRY.family] }));
  return known;
}

/**
 * One distinct value of a party field (a name with its country codes) in a run: the clusters with
 * a member of that value are stored under the value itself, and a report looks them up under every
 * value that agrees with its own (partiesAgree, as fieldsAgree asks it). Stored under their keys
 * instead, a cluster was under each of its name's keys (its whole name, each distinctive word,
 * initials, with and without its country: 8 for "Export-Import Bank of the United States"), and a
 * report read the same clusters in as many lists at every step of its search, a cost that grew
 * with the corpus (at 100,000 bench articles the search's intersection walk was 19 s of 44).
 */
interface PartyValue {
  name: string;
  asCountry: string | null;
  column: string | null;
  /** The value's own entry, and the entries a report of it looks up: those of the values that agree with it (itself among them) and the field's STAR. Grows as agreeing values appear. */
  resolved: { stored: readonly EntryLists[]; probe: EntryLists[] };
}

/**
 * The values of one party field seen so far in a run, each with the values it agrees with. A new
 * value is compared with the values sharing one of its keys (partyKeys: any two values that agree
 * share one), once, so a corpus makes one comparison per pair of similar names, not per report.
 */
class PartyValues {
  private readonly values = new Map<string, PartyValue>();
  /** Values by the keys they are stored under. */
  private readonly byStored = new Map<string, PartyValue[]>();
  private readonly star: EntryLists;

  constructor(
    private readonly field: Field,
    private readonly index: ClusterIndex,
  ) {
    this.star = index.entry(STAR_ENTRY[field]);
  }

  of(name: string, asCountry: string | null, column: string | null): ResolvedEntries {
    const id = `${name}\u0000${asCountry ?? ''}\u0000${column ?? ''}`;
    let value = this.values.get(id);
    if (value) return value.resolved;
    const own = this.index.entry(`${this.field}|${id}`);
    value = { name, asCountry, column, resolved: { stored: [own], probe: [own, this.star] } };
    const keys = partyKeys(name, asCountry, column)!;
    // The values stored under one of this one's probe keys, each compared once: any value that
    // agrees is among them (partyKeys), and agreement is symmetric, so the values this one would
    // find by its stored keys under theirs are the same.
    const seen = new Set<PartyValue>();
    const compare = (other: PartyValue) => {
      if (seen.has(other)) return;
      seen.add(other);
      if (!partiesAgree(other.name, name, other.asCountry, asCountry, other.column, column)) return;
      // Agreement is symmetric: each finds the other's clusters.
      value.resolved.probe.push(other.resolved.stored[0]!);
      other.resolved.probe.push(own);
    };
    for (const key of keys.probe) for (const other of this.byStored.get(key) ?? []) compare(other);
    for (const key of new Set(keys.stored)) {
      const list = this.byStored.get(key);
      if (list) list.push(value);
      else this.byStored.set(key, [value]);
    }
    this.values.set(id, value);
    return value.resolved;
  }
}

/**
 * The clusters stored under one index entry, each list ascending (the order clusters are tried in):
 * by amount slot (see slotOf), those without an amount, and those with a member stored under it
 * whatever its amount, for reports without an amount.
 */
interface EntryLists {
  /** By the slot's scale, then its bucket. */
  byScale: (BucketLists | undefined)[];
  amountless: number[];
  members: number[];
}

/**
 * One entry's lists of one scale, by bucket (`lists[bucket - base]`, with the slot's bucket part):
 * a look-up reads two or three neighbouring buckets, and these are neighbouring cells of one array,
 * where a map would be searched three times.
 */
interface BucketLists {
  base: number;
  lists: (number[] | undefined)[];
}

const SLOTS_PER_SCALE = 65536;

/** A report's entries for one field, resolved to their lists. */
interface ResolvedEntries {
  stored: readonly EntryLists[];
  probe: readonly EntryLists[];
}

/**
 * The lists of one run. Entries are resolved once per distinct field value, so a report's look-ups
 * are in small maps of numbers (an entry's slots) rather than in one large map of strings.
 */
class ClusterIndex {
  private readonly lists = new Map<string, EntryLists>();
  private readonly resolved = new Map<FieldEntries, ResolvedEntries>();
  private readonly scales = new Map<string, number>();

  entry(token: string): EntryLists {
    let lists = this.lists.get(token);
    if (!lists) this.lists.set(token, (lists = { byScale: [], amountless: [], members: [] }));
    return lists;
  }

  resolve(entries: FieldEntries): ResolvedEntries {
    let known = this.resolved.get(entries);
    if (!known) {
      known = { stored: entries.stored.map((t) => this.entry(t)), probe: entries.probe.map((t) => this.entry(t)) };
      this.resolved.set(entries, known);
    }
    return known;
  }

  /**
   * An amount key as one number: its scale's number in this run, then its bucket. A finite non-zero
   * double has |log x| <= 745, so |bucket| < 12,500 < 2^15 and neighbouring buckets of one scale
   * are neighbouring slots of it. A NaN bucket (a NaN amount, which agrees with nothing) gives a
   * NaN slot, which look-ups skip, as the bucket loop of a look-up never reached a NaN bucket.
   */
  slotOf(key: AmountKey): number {
    let scale = this.scales.get(key.scale);
    if (scale === undefined) this.scales.set(key.scale, (scale = this.scales.size));
    return scale * SLOTS_PER_SCALE + SLOTS_PER_SCALE / 2 + key.bucket;
  }
}

function addAt(entry: EntryLists, slot: number, cluster: number): void {
  if (Number.isNaN(slot)) return;
  const scale = Math.floor(slot / SLOTS_PER_SCALE);
  const bucket = slot - scale * SLOTS_PER_SCALE;
  while (entry.byScale.length <= scale) entry.byScale.push(undefined);
  let row = entry.byScale[scale];
  if (!row) entry.byScale[scale] = row = { base: bucket, lists: [] };
  if (bucket < row.base) {
    row.lists = new Array<number[] | undefined>(row.base - bucket).fill(undefined).concat(row.lists);
    row.base = bucket;
  }
  const at = bucket - row.base;
  while (row.lists.length <= at) row.lists.push(undefined);
  const list = row.lists[at];
  if (list) insertSorted(list, cluster);
  else row.lists[at] = [cluster];
}

function removeAt(entry: EntryLists, slot: number, cluster: number): void {
  if (Number.isNaN(slot)) return;
  const scale = Math.floor(slot / SLOTS_PER_SCALE);
  const row = scale < entry.byScale.length ? entry.byScale[scale] : undefined;
  const at = slot - scale * SLOTS_PER_SCALE - (row?.base ?? 0);
  const list = row && at >= 0 && at < row.lists.length ? row.lists[at] : undefined;
  if (list) removeSorted(list, cluster);
}

/** A report's amount key as it looks up: its slot, and the buckets around it it reads (AmountKey). */
interface Probe {
  slot: number;
  from: number;
  to: number;
}

/** Adds to `unions` the entry's lists of the probe's buckets. */
function pushNear(unions: Unions, entry: EntryLists, probe: Probe): void {
  const slot = probe.slot;
  const scale = Math.floor(slot / SLOTS_PER_SCALE);
  if (!(scale < entry.byScale.length)) return; // (a NaN slot too)
  const row = entry.byScale[scale];
  if (!row) return;
  const at = slot - scale * SLOTS_PER_SCALE - row.base;
  const lists = row.lists;
  for (let i = Math.max(at + probe.from, 0), end = Math.min(at + probe.to + 1, lists.length); i < end; i++) {
    const list = lists[i];
    if (list) unions.push(list);
  }
}

function insertSorted(list: number[], value: number): void {
  // New clusters have the highest index, so this is nearly always an append.
  if (list.length === 0 || list[list.length - 1]! < value) {
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

/**
 * Unions of ascending lists, gathered one report at a time into buffers that are reused: a run
 * makes one search per report, and arrays and readers built for each were garbage to collect.
 * Lists are added to the union being gathered; `close` ends it.
 */
export class Unions {
  private readonly lists: (readonly number[])[] = [];
  /** Where each union's lists end in `lists`. */
  private readonly ends: number[] = [];
  /** Each list's read position. */
  private readonly at: number[] = [];
  /** Each union's smallest value at or after its lists' positions, as last read (-1: not read yet). */
  private readonly heads: number[] = [];
  private count = 0;
  private unions = 0;

  clear(): void {
    this.count = 0;
    this.unions = 0;
  }

  /** Adds a list to the union being gathered (an empty one adds no candidate and is left out). */
  push(list: readonly number[]): void {
    if (list.length === 0) return;
    this.lists[this.count] = list;
    this.at[this.count] = 0;
    this.count++;
  }

  close(): void {
    this.ends[this.unions++] = this.count;
  }

  get size(): number {
    return this.unions;
  }

  /**
   * The smallest number that is in every union and passes `test`, trying the common numbers in
   * ascending order and stopping at the first that passes: a report usually finds its cluster long
   * before the end of its candidates. Each union skips ahead to the largest head of the others, so
   * numbers in one union only cost little. (No union: undefined.)
   */
  first(test: (value: number) => boolean): number | undefined {
    const { lists, ends, at, heads, unions } = this;
    if (unions === 0) return undefined;
    for (let u = 0; u < unions; u++) heads[u] = -1;
    let x = 0;
    for (;;) {
      let settled = false;
      while (!settled) {
        settled = true;
        for (let u = 0; u < unions; u++) {
          // A union whose head is at least x has no list below x, so the head stands (the union
          // that set x, and every union once they agree, is not read again).
          if (heads[u]! >= x) continue;
          // Move this union past everything below x; its smallest value left is its head.
          let head = Infinity;
          for (let l = u === 0 ? 0 : ends[u - 1]!, end = ends[u]!; l < end; l++) {
            const list = lists[l]!;
            let i = at[l]!;
            if (i < list.length && list[i]! < x) at[l] = i = seekIn(list, x, i);
            if (i < list.length && list[i]! < head) head = list[i]!;
          }
          if (head === Infinity) return undefined;
          heads[u] = head;
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
}

/**
 * The smallest number that is in every union (each a set of ascending lists) and passes `test`
 * (what a report's search does, with its lists gathered in a Unions).
 */
export function firstInIntersection(
  unions: readonly (readonly (readonly number[])[])[],
  test: (value: number) => boolean,
): number | undefined {
  const gathered = new Unions();
  for (const lists of unions) {
    for (const list of lists) gathered.push(list);
    gathered.close();
  }
  return gathered.first(test);
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
  /**
   * The amount slots the cluster is indexed by: those of its first member with an amount key (null
   * until then). A report that can join agrees with that member too, so its look-up reaches one
   * of them; indexing the slots of every member found it for reports near any one member only.
   */
  anchor: readonly number[] | null;
  /** Per field, the entries its members are stored under: the cluster is in each one's `members` list and at the anchor's slots (none: it is in `withoutField`). */
  fieldLists: Record<Field, Set<EntryLists>>;
  /** Per field, whether it is indexed under the field's STAR at the anchor's slots (no member has the field). */
  starred: Record<Field, boolean>;
  /** While no member has an amount: the entries whose `amountless` lists hold it (null after). */
  amountlessEntries: Set<EntryLists> | null;
}

function joins(cluster: Cluster, p: Profile): boolean {
  // A report without an amount agrees only with members that, like it, do or do not name a project.
  if (p.point === null && (p.commitment.project === null ? cluster.withProject : cluster.withoutProject)) return false;
  // compareProfiles(m, p) is 'same' exactly when the amounts allow it and the fields agree; the
  // amounts, the cheaper question and the one most candidates fail, are asked of every member first.
  for (const m of cluster.distinct) if (!amountsAllowSame(m, p)) return false;
  for (const m of cluster.distinct) if (!fieldsAgree(m, p)) return false;
  return true;
}

export function clusterReports(ordered: readonly Report[]): Report[][] {
  return clusterProfiles(ordered).map((members) => members.map((m) => m.report));
}

/** clusterReports, with each member's profile. */
export function clusterProfiles(ordered: readonly Report[]): Profile[][] {
  const clusters: Cluster[] = [];
  const index = new ClusterIndex();
  const any = index.entry(ANY);
  const star: Record<Field, EntryLists> = {
    funder: index.entry(STAR_ENTRY.funder),
    recipient: index.entry(STAR_ENTRY.recipient),
    family: index.entry(STAR_ENTRY.family),
  };
  // Clusters none of whose members has an amount, ascending (by entry: EntryLists.amountless).
  const withoutAmount: number[] = [];
  // For reports without an amount, per field: clusters none of whose members has the field (which
  // agree with any value of it); by the field's entry: EntryLists.members.
  const withoutField: Record<Field, number[]> = { funder: [], recipient: [], family: [] };
  const unions = new Unions();
  const funders = new PartyValues('funder', index);
  const recipients = new PartyValues('recipient', index);

  const add = (at: number, p: Profile, slots: readonly number[], fields: Record<Field, ResolvedEntries | null>) => {
    const cluster = clusters[at]!;
    cluster.members.push(p);
    const key = comparisonKey(p);
    // A member of a comparison key the cluster already has reads as that key's first member: the
    // same amount keys, field entries, funder and project, so everything below is already done for
    // them (each step only adds what is missing or removes what is there), and is skipped.
    if (cluster.keys.has(key)) return;
    cluster.keys.add(key);
    cluster.distinct.push(p);
    if (p.commitment.project === null) cluster.withoutProject = true;
    else cluster.withProject = true;
    const stored = cluster.amountlessEntries;
    if (p.point !== null) {
      removeSorted(withoutAmount, at);
      if (stored !== null) {
        for (const lists of stored) removeSorted(lists.amountless, at);
        cluster.amountlessEntries = null;
      }
    } else if (stored !== null) {
      for (const field of FIELDS) {
        const own = fields[field];
        if (!own) continue;
        for (const lists of own.stored) {
          if (stored.has(lists)) continue;
          stored.add(lists);
          insertSorted(lists.amountless, at);
        }
        // Found through this member's keys from now on.
        if (stored.delete(star[field])) removeSorted(star[field].amountless, at);
      }
    }
    // Every field entry of every member, once: in its `members` list (for reports without an
    // amount) and at the anchor's slots (for reports with one).
    const anchor = cluster.anchor;
    for (const field of FIELDS) {
      const own = fields[field];
      if (!own) continue;
      const known = cluster.fieldLists[field];
      // The first member with the field: the cluster no longer agrees with any value of it.
      if (known.size === 0) removeSorted(withoutField[field], at);
      for (const lists of own.stored) {
        if (known.has(lists)) continue;
        known.add(lists);
        insertSorted(lists.members, at);
        if (anchor) for (const slot of anchor) addAt(lists, slot, at);
      }
      // Found through this member's keys from now on: the STAR entries are no longer needed.
      if (cluster.starred[field]) {
        for (const slot of anchor!) removeAt(star[field], slot, at);
        cluster.starred[field] = false;
      }
    }
    if (anchor !== null || slots.length === 0) return;
    cluster.anchor = slots;
    for (const slot of slots) addAt(any, slot, at);
    for (const field of FIELDS) {
      const known = cluster.fieldLists[field];
      if (known.size === 0) {
        for (const slot of slots) addAt(star[field], slot, at);
        cluster.starred[field] = true;
      } else for (const lists of known) for (const slot of slots) addAt(lists, slot, at);
    }
  };

  for (const report of ordered) {
    const p = makeProfile(report);
    const probes = amountKeys(p).map((key): Probe => ({ slot: index.slotOf(key), from: key.from, to: key.to }));
    const slots = probes.map((probe) => probe.slot);
    const c = p.commitment;
    const fields: Record<Field, ResolvedEntries | null> = {
      funder: c.funder === null ? null : funders.of(c.funder, p.funderAsCountry, p.funderCountryCode),
      recipient: c.recipient === null ? null : recipients.of(c.recipient, p.recipientAsCountry, p.recipientCountryCode),
      family: p.family === null ? null : index.resolve(familyEntriesOf(p.family)),
    };
    const fits = (i: number) => joins(clusters[i]!, p);
    let home: number | undefined;
    if (p.point === null && !FIELDS.some((field) => fields[field] !== null)) {
      for (let i = 0; i < clusters.length && home === undefined; i++) if (fits(i)) home = i;
    } else {
      unions.clear();
      if (p.point === null) {
        for (const field of FIELDS) {
          const own = fields[field];
          if (!own) continue;
          unions.push(withoutField[field]);
          // (A field's STAR holds no cluster here: clusters without the field are in withoutField.)
          for (const lists of own.probe) unions.push(lists.members);
          unions.close();
        }
      } else {
        for (const field of FIELDS) {
          const own = fields[field];
          if (!own) continue;
          for (const lists of own.probe) unions.push(lists.amountless);
          for (const probe of probes) for (const lists of own.probe) pushNear(unions, lists, probe);
          unions.close();
        }
        if (unions.size === 0) {
          unions.push(withoutAmount);
          for (const probe of probes) pushNear(unions, any, probe);
          unions.close();
        }
      }
      home = unions.first(fits);
    }
    if (home === undefined) {
      home = clusters.length;
      clusters.push({
        members: [],
        distinct: [],
        keys: new Set(),
        withProject: false,
        withoutProject: false,
        anchor: null,
        fieldLists: { funder: new Set(), recipient: new Set(), family: new Set() },
        starred: { funder: false, recipient: false, family: false },
        amountlessEntries: new Set(FIELDS.map((field) => star[field])),
      });
      withoutAmount.push(home);
      for (const field of FIELDS) insertSorted(star[field].amountless, home);
      for (const field of FIELDS) withoutField[field].push(home);
    }
    add(home, p, slots, fields);
  }
  return clusters.map((c) => c.members);
}
