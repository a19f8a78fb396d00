/**
 * One fact told twice in an article (headline, bullet summary, body) becomes one row with several
 * evidence ids. Mentions merge when their figures are the same and nothing else contradicts
 * (parties, instrument, metric, place). The merged row keeps the most informative fields: body
 * over headline, a stated qualifier ("over") over a bare figure, the firmer status, a named
 * organisation over a country; its quote is the sentence of its best mention, and its id is the
 * id of its first mention in the article (stable whatever else changes).
 */
import type { Cell, Commitment, Evidence, Job, Project, Projection, Qualifier } from '../tables.ts';
import { bounds, qualifierInformation } from './qualifiers.ts';
import { firmer } from './status.ts';

export interface FactMention<Row> {
  row: Row;
  evidence: Evidence;
  /** Sentence position in the article. */
  position: number;
  headline: boolean;
  /** The figure's own conversion in brackets ("5.7 trillion won ($4.3 billion)"): a headline may give that one. */
  converted?: { currency: string | null; value: number | null };
  /** Its funder was taken from a neighbouring sentence (a tranche's whole names a better one). */
  funderBorrowed?: boolean;
  /** Its status is only a headline's "X to invest": any status the body states comes first. */
  statusFromHeadlineTo?: boolean;
}

const filled = (row: object) => Object.values(row).filter((v: Cell) => v !== null && v !== '').length;
const score = <R extends object>(m: FactMention<R>) => (m.headline ? 0 : 1000) + filled(m.row);

/** Group mentions (greedily, in article order) and fold each group into one row. */
export function mergeMentions<Row extends object>(
  mentions: readonly FactMention<Row>[],
  same: (a: Row, b: Row, eitherHeadline: boolean, am: FactMention<Row>, bm: FactMention<Row>) => boolean,
  fold: (best: Row, group: readonly FactMention<Row>[]) => Row,
  idKey: keyof Row & string,
): Row[] {
  const ordered = [...mentions].sort((a, b) => a.evidence.start - b.evidence.start);
  const groups: FactMention<Row>[][] = [];
  for (const m of ordered) {
    const group = groups.find((g) => g.every((x) => same(x.row, m.row, x.headline || m.headline, x, m)));
    if (group) group.push(m);
    else groups.push([m]);
  }
  return groups.map((group) => {
    const ranked = rankMentions(group);
    const best: Record<string, unknown> = { ...(ranked[0]!.row as Record<string, unknown>) };
    for (const m of ranked.slice(1)) {
      for (const [k, v] of Object.entries(m.row)) if ((best[k] === null || best[k] === '') && v !== null) best[k] = v;
    }
    best[idKey] = group[0]!.row[idKey];
    best.evidence_id = [...new Set(group.map((m) => m.evidence.evidence_id))].join(';');
    best.quote = ranked[0]!.evidence.sentence;
    return fold(best as Row, ranked);
  });
}

/**
 * A group's mentions, best first: by score (body over headline, then more fields filled), then in
 * article order. Each mention's score is worked out once, not at every comparison of the sort;
 * the sort is stable, so the order is the one the comparison of scores gave.
 */
export function rankMentions<Row extends object>(group: readonly FactMention<Row>[]): FactMention<Row>[] {
  if (group.length === 1) return [group[0]!];
  const scored = group.map((m) => ({ m, s: score(m) }));
  scored.sort((a, b) => b.s - a.s || a.m.evidence.start - b.m.evidence.start);
  return scored.map((x) => x.m);
}

export const sameNumber = (a: number | null, b: number | null) => a === null || b === null ? a === b : Math.abs(a - b) <= Math.abs(a) * 1e-9;
const compatible = (a: string | null, b: string | null) => a === null || b === null || a === b;
/** Two party values name a party in common ("A; B" and "B"), or either is unknown. */
export const overlaps = (a: string | null, b: string | null) =>
  a === null || b === null || a === b || a.split(/;\s*/).some((x) => b.split(/;\s*/).includes(x));

/**
 * "€200m loan for Alexandria metro" (a headline) and "to co-finance the Abu Qir metro line in
 * Alexandria": one mention's sentence names the other's project, so the two name one project.
 */
function namesOthersProject(m: FactMention<Commitment>, other: Commitment): boolean {
  // ("for the Akzhal tungsten project" names the headline's "Tungsten Project": case aside.)
  return other.project !== null && m.row.project !== null && m.evidence.sentence.toLowerCase().includes(other.project.toLowerCase());
}

/** A headline whose verb says its subject receives: "Vietnam secures $15.5bn deal". */
const RECEIVING_HEADLINE = /\b(?:secures?|secured|gets?|got|wins?|won|receives?|received|lands?|landed|taps?|tapped|bags?|bagged)\b/i;

/** Significant digits a figure is written with: 2 for 1.5e9, 3 for 1.46e9. */
function significantDigits(x: number): number {
  return Number(x.toPrecision(15)).toExponential().replace(/e.*$/, '').replace(/[.-]/g, '').replace(/0+$/, '').length || 1;
}

/**
 * A headline's "$1.5bn" for the body's "$1.46 billion": one figure is the other rounded to its own
 * precision, with two or more significant digits (a bare "$1bn" rounds too much to tell) and within 5%.
 */
function roundedInHeadline(a: number | null, b: number | null): boolean {
  if (a === null || b === null || a <= 0 || b <= 0 || Math.abs(a - b) > 0.05 * Math.max(a, b)) return false;
  const rounds = (fine: number, coarse: number) => {
    const digits = significantDigits(coarse);
    return digits >= 2 && digits < significantDigits(fine) && Number(fine.toPrecision(digits)) === coarse;
  };
  return rounds(a, b) || rounds(b, a);
}

/**
 * The merged rows with each whole's kind of money as its parts allow: a whole whose parts are of two
 * or more specific kinds, its own one of them, is of none ("28 billion yen in aid: a 20 billion yen
 * loan, 5.5 billion yen in grants ..." is no grant as a whole, nor is a headline's "$500m Saudi loan,
 * grant" a loan): unknown, rather than the kind of one part. Kinds that hold others by nature (a debt
 * package, financing, an investment) are left as they are. The same rows when no whole changes.
 */
export function withMixedWholes(rows: Commitment[]): Commitment[] {
  const kindsOf = new Map<string, Set<Commitment['instrument']>>();
  for (const r of rows) {
    if (r.part_of === null || r.instrument === null || BROAD_INSTRUMENTS.has(r.instrument)) continue;
    const kinds = kindsOf.get(r.part_of);
    if (kinds) kinds.add(r.instrument);
    else kindsOf.set(r.part_of, new Set([r.instrument]));
  }
  if (![...kindsOf.values()].some((k) => k.size >= 2)) return rows;
  return rows.map((r) => {
    const kinds = kindsOf.get(r.commitment_id);
    return kinds !== undefined && kinds.size >= 2 && r.instrument !== null && kinds.has(r.instrument) ? { ...r, instrument: null } : r;
  });
}

/** The point a figure states: value, else the bound it gives. */
const point = (value: number | null, low: number | null, high: number | null) => value ?? low ?? high;
/** A commitment's size for comparing parts and wholes: its amount, else the bound it gives. */
export const amountPoint = (c: Commitment) => point(c.amount, c.amount_low, c.amount_high);

/** The mentions with each one `changes` names given those columns (new mentions, new rows); the same array when it names none. */
export function withChanges(mentions: readonly FactMention<Commitment>[], changes: ReadonlyMap<FactMention<Commitment>, Partial<Commitment>>): readonly FactMention<Commitment>[] {
  if (changes.size === 0) return mentions;
  return mentions.map((m) => {
    const change = changes.get(m);
    return change === undefined ? m : { ...m, row: { ...m.row, ...change } };
  });
}

/** The mentions with `part_of` set where `partOf` names a whole; the same array when it names none. */
export function withPartOf(mentions: readonly FactMention<Commitment>[], partOf: ReadonlyMap<FactMention<Commitment>, string>): readonly FactMention<Commitment>[] {
  if (partOf.size === 0) return mentions;
  return withChanges(mentions, new Map([...partOf].map(([m, whole]) => [m, { part_of: whole }])));
}

/**
 * The whole's kind of money for a part that names none. A whole is export credit because an
 * export-credit agency is among its lenders ("signed financing worth $1.2bn with JBIC, the EIB and
 * banks"); another lender's share of it is financing, as the whole would be without the agency (the
 * agency's own government, "India" for "Export-Import Bank of India", is no other lender).
 */
function wholesInstrumentFor(part: Commitment, whole: Commitment): Commitment['instrument'] {
  const otherLender = part.funder !== null && part.funder !== whole.funder && part.funder_type !== 'export_credit_agency' && (part.funder_country === null || part.funder_country !== whole.funder_country);
  return whole.instrument === 'export_credit' && otherLender ? 'financing' : whole.instrument;
}

/** A part that names only its whole's receiver's country ("Türkiye" for "Egeli Enerji"): the whole's receiver is finer. */
export function coarserReceiver(part: Commitment, whole: Commitment): boolean {
  return part.recipient !== null && whole.recipient !== null && part.recipient !== whole.recipient && part.recipient === whole.recipient_country;
}

/**
 * A part with its whole's recipient, kind of money and status where it names none (a recipient: or only the
 * whole's recipient's country, coarserReceiver; a kind: or only a generic kind where the whole names a
 * specific one): "The package includes €3.5bn from the EIB" goes where the package goes, as the package does. Its funder stays
 * its own (a breakdown names each giver); tranchesAcross.ts gives a tranche its whole's funder too.
 */
export function withWholesTerms(row: Commitment, whole: Commitment): Commitment {
  // ("Seoul will provide $340 million and $180 million, respectively" of "loan agreements worth $520 million": a
  // generic word, "funded", "provide", says less of a part than its whole's kind.)
  const generic = row.instrument !== null && GENERIC_INSTRUMENTS.has(row.instrument) && whole.instrument !== null && !BROAD_INSTRUMENTS.has(whole.instrument);
  // ("the remaining $250 million will be invested by state gold miner AzerGold" of what "Azerbaijan will invest":
  // a giver of no known country within a government's package is of that government's country.)
  const ofGovernment = row.funder !== null && row.funder_country === null && whole.funder_type === 'government' && whole.funder_country !== null;
  const coarser = coarserReceiver(row, whole);
  if (row.recipient !== null && row.instrument !== null && row.status !== null && !generic && !ofGovernment && !coarser) return row;
  const out = { ...row, instrument: row.instrument === null || generic ? wholesInstrumentFor(row, whole) : row.instrument, status: row.status ?? whole.status };
  if (ofGovernment) out.funder_country = whole.funder_country;
  if (out.recipient === null || coarser) Object.assign(out, { recipient: whole.recipient, recipient_country: whole.recipient_country });
  return out;
}

/**
 * The mentions with each part linked to its whole (`wholes`: part → whole's row), taking the whole's
 * terms where it names none, and the whole's funder when it names no giver at all: what a whole
 * "includes" with no giver of its own ("The money includes £300m for the AfDB's climate fund") is
 * the whole's giver's money.
 */
export function withWholes(mentions: readonly FactMention<Commitment>[], wholes: ReadonlyMap<FactMention<Commitment>, Commitment>): readonly FactMention<Commitment>[] {
  if (wholes.size === 0) return mentions;
  return mentions.map((m) => {
    const whole = wholes.get(m);
    if (whole === undefined) return m;
    const row = { ...withWholesTerms(m.row, whole), part_of: whole.commitment_id };
    // (A giver the part took from a neighbour, not its own words, gives way to the whole's too.)
    if (row.funder === null || m.funderBorrowed === true) Object.assign(row, { funder: whole.funder, funder_type: whole.funder_type, funder_country: whole.funder_country });
    return { ...m, row };
  });
}

/** The most informative qualifier of a group, and bounds recomputed for it. */
function bestQualifier<R>(group: readonly FactMention<R>[], pick: (r: R) => Qualifier | null): Qualifier | null {
  let best: Qualifier | null = null;
  for (const m of group) {
    const q = pick(m.row);
    if (qualifierInformation(q) > qualifierInformation(best)) best = q;
  }
  return best;
}

type SameName = (a: string, b: string) => boolean;
const exactName: SameName = (a, b) => a === b;
const sameProject = (a: string | null, b: string | null, same: SameName) => a === null || b === null || same(a, b);

/** Kinds that say little of money: a word such as "provide" or "fund" read as financing; a more specific reading wins. */
export const GENERIC_INSTRUMENTS: ReadonlySet<string> = new Set(['investment', 'financing', 'other']);
/** Kinds of money that hold others by nature: no part of another kind makes such a whole mixed (withMixedWholes). */
const BROAD_INSTRUMENTS: ReadonlySet<string | null> = new Set([...GENERIC_INSTRUMENTS, 'debt_package']);
// A headline's "facility" and the body's "export credit" (or "loan" and "debt package") can be one debt; so can two
// readings in the body by lenders in common, or unknown ("has signed a $1.35bn project finance package", "The $1.35bn financing").
const DEBT = new Set(['loan', 'export_credit', 'debt_package']);
/** A party described, not named: "Saudi fund", "Chinese state banks" (the last word lower-case). */
const DESCRIBED_PARTY = /\s[a-z][\w-]*$/;
const sameDebt = (a: string | null, b: string | null) => a !== null && b !== null && DEBT.has(a) && DEBT.has(b);

export function mergeCommitments(mentions: readonly FactMention<Commitment>[], sameName: SameName = exactName): Commitment[] {
  const funderFits = (a: Commitment, b: Commitment) =>
    overlaps(a.funder, b.funder) || a.funder === b.funder_country || b.funder === a.funder_country;
  // "It also approved $500m for Uganda" after "$500m for Kenya": the same figure for another country
  // is another commitment (unless one reading is a headline's, whose parties are the weakest).
  const otherCountries = (a: Commitment, b: Commitment) =>
    a.recipient_country !== null && b.recipient_country !== null && a.recipient_country !== b.recipient_country;
  // Parties read from a terse headline ("X to lend Y $1bn") are the weakest reading: the body's win.
  // A headline's "up to $600m" is the body's "between $400m and $600m"; so is a headline's bare top ("Swiss
  // firm eyes CFA 120 billion cement plant" over "between CFA 100 billion and CFA 120 billion").
  const upToTop = (range: Commitment, upTo: Commitment) =>
    range.qualifier === 'range' && (upTo.qualifier === 'up_to' || upTo.qualifier === 'exact') && sameNumber(range.amount_high, upTo.amount ?? upTo.amount_high);
  const sameAmount = (a: Commitment, b: Commitment, eitherHeadline: boolean) =>
    (sameNumber(point(a.amount, a.amount_low, a.amount_high), point(b.amount, b.amount_low, b.amount_high)) && (a.qualifier === 'range') === (b.qualifier === 'range')) ||
    (eitherHeadline && (upToTop(a, b) || upToTop(b, a) || roundedInHeadline(a.amount, b.amount)));
  // "Hyundai, LG to build $4.3bn plant" over "5.7 trillion won ($4.3 billion)": a headline gives the body's conversion.
  // (Or its rounding: "Beijing to lend Kyrgyzstan $1.5bn" over "10.4 billion yuan (about $1.46 billion)".)
  const givesConversion = (m: FactMention<Commitment>, other: Commitment) =>
    m.converted !== undefined &&
    m.converted.currency === other.currency &&
    m.converted.value !== null &&
    (sameNumber(m.converted.value, point(other.amount, other.amount_low, other.amount_high)) || roundedInHeadline(m.converted.value, other.amount));
  // "Masdar commits $1 billion to Spanish renewables" over "Masdar ... would invest a further 1 billion
  // euros": a headline written in dollars for the body's sum in another currency, by the same funder.
  const dollarsInHeadline = (m: FactMention<Commitment>, other: Commitment) =>
    m.headline &&
    m.row.currency === 'USD' &&
    other.currency !== null &&
    other.currency !== 'USD' &&
    m.row.funder !== null &&
    other.funder !== null &&
    funderFits(m.row, other) &&
    sameNumber(point(m.row.amount, m.row.amount_low, m.row.amount_high), point(other.amount, other.amount_low, other.amount_high));
  // "TotalEnergies will take a 25% share of the venture. It will pay about $1.5bn for its share": a
  // stake told without its price, then its price, next to each other, by one buyer: one purchase.
  const stakePriced = (stake: Commitment, priced: Commitment, sm: FactMention<Commitment>, pm: FactMention<Commitment>) =>
    stake.amount === null &&
    stake.amount_low === null &&
    stake.amount_high === null &&
    stake.stake_percent !== null &&
    priced.instrument === 'equity' &&
    (priced.amount !== null || priced.amount_high !== null) &&
    (priced.stake_percent === null || priced.stake_percent === stake.stake_percent) &&
    stake.funder !== null &&
    priced.funder !== null &&
    funderFits(stake, priced) &&
    overlaps(stake.recipient, priced.recipient) &&
    Math.abs(sm.position - pm.position) <= 1;
  // "two loans totalling $1bn, $500m for climate resilience and $500m for jobs": two figures of one sentence are two sums.
  const sameSentenceApart = (am: FactMention<Commitment>, bm: FactMention<Commitment>) =>
    am.position === bm.position && am.headline === bm.headline && am.evidence.start !== bm.evidence.start;
  const same = (a: Commitment, b: Commitment, eitherHeadline: boolean, am: FactMention<Commitment>, bm: FactMention<Commitment>) =>
    !sameSentenceApart(am, bm) &&
    (stakePriced(a, b, am, bm) ||
    stakePriced(b, a, bm, am) ||
    ((a.amount !== null || a.amount_low !== null || a.amount_high !== null) &&
    ((sameAmount(a, b, eitherHeadline) && compatible(a.currency, b.currency)) ||
      (eitherHeadline && (givesConversion(am, b) || givesConversion(bm, a) || dollarsInHeadline(am, b) || dollarsInHeadline(bm, a)))) &&
    (eitherHeadline || funderFits(a, b)) &&
    (eitherHeadline || !otherCountries(a, b)) &&
    (compatible(a.instrument, b.instrument) || GENERIC_INSTRUMENTS.has(a.instrument ?? '') || GENERIC_INSTRUMENTS.has(b.instrument ?? '') || ((eitherHeadline || overlaps(a.funder, b.funder)) && sameDebt(a.instrument, b.instrument))) &&
    (sameProject(a.project, b.project, sameName) || (eitherHeadline && (namesOthersProject(am, b) || namesOthersProject(bm, a))))));
  const rows = mergeMentions(mentions, same, (row, group) => {
    // ("SDR 375 million (about US$500 million)" beside a bullet's "about US$500 million": a telling in another
    // currency is a conversion, whose "about" is the conversion's, not the sum's.)
    const own = group.filter((m) => m.row.currency === row.currency);
    const qualifier = bestQualifier(own.length > 0 ? own : group, (r) => r.qualifier);
    // (A headline's "to invest" says only that it is planned: the body's own word comes first.)
    const firmest = (ms: readonly FactMention<Commitment>[]) => ms.reduce<Commitment['status']>((s, m) => firmer(s, m.row.status), null);
    const status = firmest(group.filter((m) => !m.statusFromHeadlineTo)) ?? firmest(group);
    // A named organisation beats a country as funder; a description ("Saudi fund", "Chinese
    // investors", its last word lower-case) names no one and does not.
    const org = group.find((m) => m.row.funder && m.row.funder_country && m.row.funder !== m.row.funder_country && !DESCRIBED_PARTY.test(m.row.funder));
    // (A debt package told elsewhere as export credit or a loan is the package: it holds them.)
    const kinds = group.map((m) => m.row.instrument);
    const instrument = (kinds.includes('debt_package') && kinds.every((i) => i === null || GENERIC_INSTRUMENTS.has(i) || DEBT.has(i)) ? 'debt_package' : kinds.find((i) => i && !GENERIC_INSTRUMENTS.has(i))) ?? row.instrument;
    const merged: Commitment = { ...row, status, instrument };
    // Parties travel whole: a multilateral lender (no country) must not pick up the country of a
    // headline's "Georgia signs loan" reading, nor a recipient the country of another one.
    // The body's reading first: a headline's parties are the weakest.
    const funderFrom = (group.find((m) => !m.headline && m.row.funder !== null) ?? group.find((m) => m.row.funder !== null))?.row;
    const recipientFrom = (group.find((m) => !m.headline && m.row.recipient !== null) ?? group.find((m) => m.row.recipient !== null))?.row;
    merged.funder = funderFrom?.funder ?? null;
    merged.funder_type = funderFrom?.funder_type ?? null;
    merged.funder_country = funderFrom?.funder_country ?? null;
    merged.recipient = recipientFrom?.recipient ?? null;
    merged.recipient_country = recipientFrom?.recipient_country ?? null;
    // "Vietnam has agreed a $15.5bn partnership with the G7" in the body, "Vietnam secures $15.5bn deal with G7" in
    // the headline: the parties swapped, the headline's verb of receiving tells which way the money goes.
    const swapped = group.find(
      (m) => m.headline && RECEIVING_HEADLINE.test(m.evidence.sentence) && m.row.recipient !== null && m.row.recipient === merged.funder && merged.recipient !== null && (m.row.funder === null || m.row.funder === merged.recipient),
    );
    if (swapped) {
      // The body's counterparty gives (a recipient column carries no type: the funder's stays unknown).
      Object.assign(merged, { funder: merged.recipient, funder_type: null, funder_country: merged.recipient_country });
      Object.assign(merged, { recipient: swapped.row.recipient, recipient_country: swapped.row.recipient_country });
    }
    // "Reliance Retail Ventures" in the body, "India's Reliance Retail unit" in the headline: an
    // organisation of no known country receives in the one country another reading names as receiving.
    if (merged.recipient !== null && merged.recipient_country === null) {
      const countries = new Set(group.filter((m) => m.row.recipient !== null && m.row.recipient === m.row.recipient_country).map((m) => m.row.recipient_country));
      if (countries.size === 1) merged.recipient_country = [...countries][0]!;
    }
    // "OTP Bank" in the body, "Hungary's OTP" in the headline: the short name's country is the full name's.
    if (merged.funder !== null && merged.funder_country === null) {
      const short = group.find((m) => m.row.funder !== null && m.row.funder_country !== null && m.row.funder !== merged.funder && merged.funder!.startsWith(`${m.row.funder} `));
      if (short) merged.funder_country = short.row.funder_country;
    }
    // "Qatar; Egypt" signing in the body, "Qatar ... with Egypt" in the headline: the reading that tells giver from receiver.
    if (merged.funder !== null && merged.funder.includes('; ')) {
      const names = merged.funder.split('; ');
      const split = group.find((m) => m.row.funder !== null && m.row.recipient !== null && names.includes(m.row.funder) && names.includes(m.row.recipient));
      if (split) {
        Object.assign(merged, { funder: split.row.funder, funder_type: split.row.funder_type, funder_country: split.row.funder_country });
        Object.assign(merged, { recipient: split.row.recipient, recipient_country: split.row.recipient_country });
      }
    }
    if (org && (row.funder === null || row.funder === org.row.funder_country)) {
      merged.funder = org.row.funder;
      merged.funder_type = org.row.funder_type;
      merged.funder_country = org.row.funder_country;
    }
    // A range keeps its own ends (a headline's "up to" reading must not fill in a point amount).
    const range = group.find((m) => m.row.qualifier === 'range');
    if (range) Object.assign(merged, { qualifier: 'range', amount: range.row.amount, amount_low: range.row.amount_low, amount_high: range.row.amount_high });
    else if (qualifier && qualifier !== 'range' && merged.amount !== null) {
      const b = bounds(qualifier, merged.amount);
      Object.assign(merged, { qualifier, amount_low: b.low, amount_high: b.high });
    }
    return merged;
  }, 'commitment_id');
  return linkParts(pointPartsAtMergedRows(rows, mentions));
}

/**
 * A part linked in its sentence ("the $3.5bn package includes $1.25bn from EXIM") names its whole
 * by the whole's mention id; after merging, that mention may be folded into a row with another
 * id. Point each such link at the row that holds the whole's mention (its evidence), or drop it
 * when the part and the whole became one row.
 */
function pointPartsAtMergedRows(rows: readonly Commitment[], mentions: readonly FactMention<Commitment>[]): Commitment[] {
  if (!rows.some((r) => r.part_of !== null)) return [...rows];
  const evidenceOfMention = new Map(mentions.map((m) => [m.row.commitment_id, m.evidence.evidence_id]));
  const rowOfEvidence = new Map(rows.flatMap((r) => r.evidence_id.split(';').map((id) => [id, r.commitment_id] as const)));
  return rows.map((r) => {
    if (r.part_of === null) return r;
    const evidence = evidenceOfMention.get(r.part_of);
    const whole = evidence === undefined ? undefined : rowOfEvidence.get(evidence);
    return { ...r, part_of: whole === undefined || whole === r.commitment_id ? null : whole };
  });
}

/**
 * Within one article, a loan, export credit or financing for a project is part of the largest
 * debt package stated for that same project in the same currency, when it is smaller than it.
 */
export function linkParts(rows: readonly Commitment[]): Commitment[] {
  return rows.map((c) => {
    if (c.part_of || c.project === null || amountPoint(c) === null) return c;
    if (!['loan', 'export_credit', 'financing', 'debt_package'].includes(c.instrument ?? '')) return c;
    const parents = rows.filter(
      (p) => p !== c && p.instrument === 'debt_package' && p.project === c.project && p.currency === c.currency && (amountPoint(p) ?? 0) > (amountPoint(c) ?? 0),
    );
    if (parents.length === 0) return c;
    const parent = parents.reduce((a, b) => ((amountPoint(b) ?? 0) > (amountPoint(a) ?? 0) ? b : a));
    return { ...c, part_of: parent.commitment_id };
  });
}

export function mergeJobs(mentions: readonly FactMention<Job>[], sameName: SameName = exactName): Job[] {
  const told = toldWithParts(mentions);
  // A total told with its parts ("2,000 in Balochistan and 3,000 in Sindh, 5,000 in all") is in
  // the parts' places, which its row does not name: it is not the same fact as an equal figure
  // placed elsewhere ("5,000 jobs in Kenya"), only as one with no place.
  const place = (a: Job, b: Job) => (told.has(a) && a.location === null ? b.location === null : compatible(a.location, b.location));
  // A range ("2,000-3,000 jobs") has no count: its ends say which figure it is.
  const sameFigure = (a: Job, b: Job) =>
    a.count !== null || b.count !== null ? sameNumber(a.count, b.count) : sameNumber(a.count_low, b.count_low) && sameNumber(a.count_high, b.count_high);
  const same = (a: Job, b: Job) =>
    sameFigure(a, b) && place(a, b) && place(b, a) && compatible(a.kind, b.kind) && sameProject(a.project, b.project, sameName);
  return mergeMentions(mentions, same, (row, group) => {
    const qualifier = bestQualifier(group, (r) => r.qualifier);
    if (!qualifier || row.count === null) return row;
    const b = bounds(qualifier, row.count);
    return { ...row, qualifier, count_low: b.low, count_high: b.high };
  }, 'job_id');
}

/** The rows of stated totals whose sentence also names two or more other job figures. */
function toldWithParts(mentions: readonly FactMention<Job>[]): Set<Job> {
  const others = new Map<number, number>();
  for (const m of mentions) if (m.row.kind !== 'total') others.set(m.position, (others.get(m.position) ?? 0) + 1);
  return new Set(mentions.filter((m) => m.row.kind === 'total' && (others.get(m.position) ?? 0) >= 2).map((m) => m.row));
}

const MONEY_METRICS = new Set(['export_value', 'investment_unlocked', 'other']);

/** A commodity's words, singular, without the words that only say what kind of figure it is. */
function commodityWords(commodity: string): Set<string> {
  const words = commodity.toLowerCase().split(/[^a-z]+/).filter((w) => w !== '' && !COMMODITY_FILLER.has(w));
  return new Set(words.map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)));
}
const COMMODITY_FILLER = new Set(['energy', 'power', 'capacity', 'of', 'the', 'a', 'and', 'new']);

/**
 * A headline's commodity told shorter than the body's: "5 GW of renewables" is "5 gigawatts of
 * renewable energy", "200,000 tonnes of copper" is "... of copper concentrate" (the words of one
 * are among the other's).
 */
function sameCommodityTold(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const [x, y] = [commodityWords(a), commodityWords(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return small.size > 0 && [...small].every((w) => large.has(w));
}

export function mergeProjections(mentions: readonly FactMention<Projection>[], sameName: SameName = exactName): Projection[] {
  const same = (a: Projection, b: Projection, eitherHeadline: boolean) =>
    sameNumber(point(a.value, a.value_low, a.value_high), point(b.value, b.value_low, b.value_high)) &&
    a.unit === b.unit &&
    (a.metric === b.metric || (MONEY_METRICS.has(a.metric) && MONEY_METRICS.has(b.metric))) &&
    (compatible(a.commodity, b.commodity) || (eitherHeadline && sameCommodityTold(a.commodity, b.commodity))) &&
    sameProject(a.project, b.project, sameName);
  return mergeMentions(mentions, same, (row, group) => {
    // export_value names what the money is; investment_unlocked only says it follows.
    const metric = group.some((m) => m.row.metric === 'export_value') ? 'export_value' : row.metric;
    const qualifier = bestQualifier(group, (r) => r.qualifier);
    const merged = { ...row, metric };
    if (qualifier && qualifier !== 'range' && merged.value !== null) {
      const b = bounds(qualifier, merged.value);
      Object.assign(merged, { qualifier, value_low: b.low, value_high: b.high });
    }
    return merged;
  }, 'projection_id');
}

export function mergeProjects(mentions: readonly FactMention<Project>[], sameName: (a: string, b: string) => boolean): Project[] {
  const same = (a: Project, b: Project) => sameName(a.name, b.name);
  return mergeMentions(mentions, same, (row, group) => {
    // The name as most often written is the name; the other spellings are aliases.
    const counts = new Map<string, number>();
    for (const m of group) counts.set(m.row.name, (counts.get(m.row.name) ?? 0) + 1);
    const names = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const name = names[0]![0];
    const aliases = names.slice(1).map(([n]) => n);
    const withCost = group.find((m) => m.row.cost !== null);
    return {
      ...row,
      name,
      aliases: aliases.length ? aliases.join(';') : null,
      cost: withCost?.row.cost ?? null,
      currency: withCost?.row.currency ?? null,
      quote: withCost?.evidence.sentence ?? row.quote,
    };
  }, 'project_id');
}
