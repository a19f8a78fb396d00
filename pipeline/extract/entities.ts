/**
 * Who and where: finds countries, organisations and places in a text, from the reference tables in
 * data/reference/ (countries, organizations, places) plus organisations the tables do not know
 * ("Kestrel Minerals", "the XYZ Development Corporation (XDC)").
 *
 * The reference is compiled once into a token trie: a text is split into word and punctuation
 * tokens, and at each token the trie gives the longest known name starting there. That keeps a
 * lookup linear in the text whatever the size of the reference (a regex alternation of a few
 * thousand names is tried name by name at every position).
 */
import type { FunderType } from '../tables.ts';
import { freezeRows, memoPerOwner, memoTable } from './memo.ts';
import { eachMatch } from './matches.ts';

export interface CountryRef {
  name: string;
  iso2: string;
  iso3: string;
  demonyms: string[];
  capitals: string[];
  aliases: string[];
  currency: string | null;
}
export interface OrganizationRef {
  name: string;
  aliases: string[];
  type: FunderType;
  country: string | null;
}
/** A province, state, region or city; users extend data/reference/places.csv. */
export interface PlaceRef {
  name: string;
  country: string;
  kind: string;
  /** Where the row comes from ("ISO 3166-2:PK"); optional. */
  source?: string;
}
export interface EntityReference {
  countries: CountryRef[];
  organizations: OrganizationRef[];
  places: PlaceRef[];
}

/** `area`: a region money may go to ('Central Asia', 'West Africa'), of no one country. */
export type EntityKind = 'country' | 'organization' | 'place' | 'area' | 'unknown_organization';
export type EntityVia = 'name' | 'alias' | 'demonym' | 'capital' | 'acronym' | 'capitalised';

export interface EntityMention {
  /** Offsets into the text given (UTF-16 code units). */
  start: number;
  end: number;
  surface: string;
  kind: EntityKind;
  /** "United States", "International Finance Corporation"; the surface when ambiguous and unresolved. */
  canonical: string;
  /** government for a country named as such; null for a demonym ("Chinese investors" are not the state); 'other' or a guess from the head word for unknown organisations. */
  type: FunderType | null;
  /** The country it belongs to, null when unknown. */
  country: string | null;
  via: EntityVia;
}

interface Candidate {
  /** 'region' names (the South China Sea, the Washington Post) only shadow the country inside them. */
  kind: 'country' | 'organization' | 'place' | 'area' | 'region';
  canonical: string;
  type: FunderType | null;
  country: string | null;
  via: EntityVia;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Names ending at this node, with the tokens as written in the reference (for the case check). */
  ends: { tokens: string[]; candidate: Candidate }[];
}

export interface EntityIndex {
  readonly root: TrieNode;
  /** Countries by canonical name. */
  readonly countries: ReadonlyMap<string, CountryRef>;
  /** Places by lower-cased name (a name may belong to several countries: "Punjab"). */
  readonly places: ReadonlyMap<string, readonly PlaceRef[]>;
  /** Upper-case words that are never an organisation's acronym: ISO codes, currencies, months, jargon. */
  readonly notAcronyms: ReadonlySet<string>;
}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

export interface Token {
  /** The token with typographic apostrophes and hyphens made plain and diacritics removed. */
  text: string;
  start: number;
  end: number;
}

// Tokens outside ASCII are few and repeat (curly quotes, dashes, a country's own spelling).
const plainForms = memoTable<string>();

/** Plain form of a token: ’ → ', ‐ → -, and no diacritics ("Türkiye" → "Turkiye"). */
export function plain(s: string): string {
  // Most tokens are ASCII: skip the costly normalisation for them.
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  return plainForms.get(s) ?? plainForms.set(s, plainOf(s));
}

function plainOf(s: string): string {
  return s
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒]/g, '-')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

/**
 * Word tokens (runs of letters, marks and digits) and single punctuation marks, as
 * /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu would find them (entities.tokenize.test.ts holds the two
 * equal), read character by character: this runs on every sentence of every article, and a
 * Unicode-property regex costs several times a table lookup for the ASCII text most news is in.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let kind: number;
    let width = 1;
    if (c < 128) kind = ASCII_KIND[c]!;
    else {
      width = pairWidth(text, i, c);
      kind = charKind(text.slice(i, i + width));
    }
    if (kind === SPACE) {
      i += width;
      continue;
    }
    if (kind === PUNCT) {
      const mark = text.slice(i, i + width);
      out.push({ text: c < 128 ? mark : plain(mark), start: i, end: i + width });
      i += width;
      continue;
    }
    const start = i;
    let ascii = c < 128;
    i += width;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (ASCII_KIND[d] !== WORD) break;
        i++;
        continue;
      }
      const w = pairWidth(text, i, d);
      if (charKind(text.slice(i, i + w)) !== WORD) break;
      ascii = false;
      i += w;
    }
    const word = text.slice(start, i);
    out.push({ text: ascii ? word : plain(word), start, end: i });
  }
  return out;
}

const WORD = 0;
const SPACE = 1;
const PUNCT = 2;
const ASCII_KIND: readonly number[] = Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  return WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : PUNCT;
});

/** 2 for a surrogate pair (one code point in two code units), else 1. */
function pairWidth(text: string, i: number, c: number): number {
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

// Kinds of the characters outside ASCII met so far, by code point (the same few recur).
const kinds = new Map<string, number>();

/** WORD, SPACE or PUNCT for one code point outside ASCII. */
function charKind(ch: string): number {
  let kind = kinds.get(ch);
  if (kind === undefined) {
    kind = WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : PUNCT;
    // Bounded: a text in another script must not grow it without end.
    if (kinds.size < 65536) kinds.set(ch, kind);
  }
  return kind;
}

/** Hyphens are ignored when matching names, so "Export-Import" = "Export Import" and "Congo-Kinshasa" = "Congo Kinshasa". */
const isSkippable = (t: string) => t === '-';
const fold = (t: string) => t.toLowerCase();

/** A text token matches a reference token written the same, or in capitals ("PAKISTAN"), or capitalised where the reference has a lower-case connector ("Bank Of China"). */
function sameToken(textTok: string, refTok: string): boolean {
  if (textTok === refTok) return true;
  if (textTok.length > 1 && textTok === refTok.toUpperCase() && /\p{Lu}/u.test(textTok)) return true;
  return refTok === refTok.toLowerCase() && textTok === refTok.charAt(0).toUpperCase() + refTok.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Building the index
// ---------------------------------------------------------------------------------------------

const isAcronym = (s: string) => /^[A-Z][A-Za-z&-]{1,7}$/.test(s) && s.replace(/[^A-Z]/g, '').length >= 2 && s === s.toUpperCase();

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'SEPT', 'OCT', 'NOV', 'DEC', 'JUNE', 'JULY'];
// Upper-case words in economic news that name no organisation.
/** Stock exchanges a company is listed on ("ASX-listed Kéniéba Resources", "(ASX:TLM)"): a market, never a party. */
const STOCK_EXCHANGES = ['ASX', 'JSE', 'LSE', 'TSX', 'TSXV', 'NYSE', 'NASDAQ', 'AIM', 'SGX', 'HKEX', 'PSX', 'DSE', 'NSE', 'BSE', 'NGX', 'GSE', 'BRVM', 'KSE', 'SSE', 'SZSE', 'TASE'];
const IS_STOCK_EXCHANGE = new Set(STOCK_EXCHANGES);

const JARGON = [
  'CEO', 'CFO', 'COO', 'CTO', 'CIO', 'MD', 'GDP', 'GNP', 'GNI', 'AI', 'IT', 'ID', 'TV', 'PM', 'AM', 'FY', 'OK', 'LNG', 'LPG', 'CNG',
  'EV', 'EVS', 'MW', 'GW', 'KW', 'KWH', 'MWH', 'GWH', 'TWH', 'KM', 'BN', 'MN', 'MLN', 'BLN', 'FDI', 'SEZ', 'SEZS', 'PPP', 'ESG',
  'COP', 'IPO', 'VAT', 'HQ', 'BBL', 'BPD', 'MT', 'MTPA', 'TCF', 'MMCFD', 'EPC', 'MOU', 'MOUS', 'MOA', 'NDA', 'SME', 'SMES',
  'IPP', 'IPPS', 'PPA', 'SPV', 'JV', 'CAPEX', 'OPEX', 'EBITDA', 'ROI', 'YOY', 'QOQ', 'UTC', 'GMT', 'AD', 'BC', 'OPINION',
  'UPDATE', 'NEWS', 'PHOTO', 'VIDEO', 'FILE', 'READ', 'MORE', 'NEW', 'THE', 'AND', 'FOR', 'WITH', 'II', 'III', 'IV', 'VI',
  'VII', 'VIII', 'IX', 'XI', 'XII', 'XX', 'XXI', 'ODA', 'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'DR', 'MR', 'MRS', 'MS',
  'PHD', 'UAV', 'GPS', 'SMS', 'PDF', 'FAQ', 'API', 'ICT', 'R&D', 'M&A', 'Q&A', 'FOB', 'CIF', 'LC', 'LCS',
  // Nigerian and Indian press for a government of no named country ("FG, China Development Bank in final talks").
  'FG', 'FGN', 'GOI', 'FEC', 'LCE', 'FID', 'FIDS', 'EIA', 'ESIA', 'PPP', 'BOT', 'BOO',
  // Lenders' instruments, never a party ("arrangements under the EFF and ECF", "a DPO").
  'EFF', 'ECF', 'RSF', 'SBA', 'RCF', 'RFI', 'PRGT', 'FCL', 'PLL', 'SCF', 'PCI', 'DPO', 'DPF', 'DPL', 'IPF', 'MFA',
  // The CFA franc's names ("CFA 40 billion", "FCFA 45 billion"): a currency, never a party.
  'CFA', 'FCFA',
  // News agencies credited in a dateline or byline ("Leyla Huseynova – APA", "APA reports"): a source, never a party.
  'AP', 'AFP', 'APA', 'PTI', 'IANS', 'ANI', 'UNI', 'TASS', 'WAM', 'SPA', 'KUNA', 'QNA', 'MENA', 'BSS', 'APP', 'NNA', 'IRNA',
  'ISNA', 'SANA', 'BNA', 'ONA', 'PNA', 'KPL', 'VNA', 'BERNAMA', 'ANTARA', 'ANGOP', 'MAP', 'APS', 'TAP',
  ...STOCK_EXCHANGES,
];

function insert(root: TrieNode, name: string, candidate: Candidate): void {
  const tokens = tokenize(name).map((t) => t.text).filter((t) => !isSkippable(t));
  if (tokens.length === 0) return;
  let node = root;
  for (const t of tokens) {
    const key = fold(t);
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map(), ends: [] };
      node.next.set(key, child);
    }
    node = child;
  }
  node.ends.push({ tokens, candidate });
}

/** Compile the reference once; the index is never changed afterwards. */
/** A name's legal word shortened as wire copy shortens it: "Abu Dhabi National Oil Co.", "X Corp.", "Y Ltd". */
export function shortLegalForms(name: string): string[] {
  const m = /^(.+)\s(Company|Corporation|Limited|Incorporated)$/.exec(name);
  if (!m) return [];
  const short = { Company: 'Co', Corporation: 'Corp', Limited: 'Ltd', Incorporated: 'Inc' }[m[2] as 'Company'];
  return [`${m[1]} ${short}`];
}

export function buildEntityIndex(ref: EntityReference): EntityIndex {
  const root: TrieNode = { next: new Map(), ends: [] };
  const countries = new Map<string, CountryRef>();
  const notAcronyms = new Set<string>([...MONTHS, ...JARGON]);
  for (const c of ref.countries) {
    countries.set(c.name, c);
    notAcronyms.add(c.iso2.toUpperCase());
    notAcronyms.add(c.iso3.toUpperCase());
    if (c.currency) notAcronyms.add(c.currency.toUpperCase());
    const gov = (via: EntityVia): Candidate => ({ kind: 'country', canonical: c.name, type: 'government', country: c.name, via });
    insert(root, c.name, gov('name'));
    for (const a of c.aliases) insert(root, a, gov('alias'));
    for (const k of c.capitals) insert(root, k, gov('capital'));
    for (const d of c.demonyms) insert(root, d, { kind: 'country', canonical: c.name, type: null, country: c.name, via: 'demonym' });
  }
  for (const o of ref.organizations) {
    const org = (via: EntityVia): Candidate => ({ kind: 'organization', canonical: o.name, type: o.type, country: o.country, via });
    insert(root, o.name, org('name'));
    for (const a of o.aliases) insert(root, a, org(isAcronym(a) ? 'acronym' : 'alias'));
    // A listed acronym is an organisation even if it looks like a code: "SACE" is not filtered out.
    for (const short of shortLegalForms(o.name)) insert(root, short, org('alias'));
  }
  for (const r of AREAS) insert(root, r, { kind: 'area', canonical: r, type: null, country: null, via: 'name' });
  for (const [group, area] of AREA_GROUPS) insert(root, group, { kind: 'area', canonical: area, type: null, country: null, via: 'name' });
  for (const r of REGIONS) insert(root, r, { kind: 'region', canonical: r, type: null, country: null, via: 'name' });
  const places = new Map<string, PlaceRef[]>();
  for (const p of ref.places) {
    insert(root, p.name, { kind: 'place', canonical: p.name, type: null, country: p.country, via: 'name' });
    const key = plain(p.name).toLowerCase();
    places.set(key, [...(places.get(key) ?? []), p]);
  }
  return { root, countries, places, notAcronyms };
}

// ---------------------------------------------------------------------------------------------
// Finding mentions
// ---------------------------------------------------------------------------------------------

export interface FindOptions {
  /** Nearby text (title, previous sentences) whose countries settle ambiguous names like "EXIM". */
  context?: readonly string[];
}

interface RawMatch {
  startTok: number;
  endTok: number; // exclusive
  candidates: readonly Candidate[];
}

/**
 * A number for the first three characters of a word (and how many there are, up to three), when
 * they are ASCII; -1 otherwise. `lower` folds A-Z as toLowerCase does: for ASCII, lower-casing is
 * one character for one, so the key of a word lower-cased is the key of the word with `lower`.
 */
export function prefixKey(word: string, lower: boolean): number {
  const n = Math.min(3, word.length);
  let key = n;
  for (let i = 0; i < n; i++) {
    let c = word.charCodeAt(i);
    if (c >= 128) return -1;
    if (lower && c >= 65 && c <= 90) c += 32;
    key = key * 128 + c;
  }
  return key;
}


/** Longest reference name starting at token i, if any (the caller has checked that token i can start one). `folded` keeps the tokens' lookup keys. */
function matchAt(tokens: readonly Token[], folded: (string | undefined)[], i: number, root: TrieNode): RawMatch | null {
  let node = root;
  let best: RawMatch | null = null;
  let j = i;
  const seen: string[] = [];
  while (j < tokens.length) {
    const tok = tokens[j]!;
    if (isSkippable(tok.text) && j > i) {
      j++;
      continue;
    }
    const child = node.next.get((folded[j] ??= fold(tok.text)));
    if (!child) break;
    node = child;
    seen.push(tok.text);
    j++;
    if (node.ends.length > 0) {
      const ok = node.ends.filter((e) => e.tokens.length === seen.length && e.tokens.every((t, k) => sameToken(seen[k]!, t)));
      // Every name ending here fits (the usual case): their distinct candidates are the node's, worked out once.
      if (ok.length > 0) best = { startTok: i, endTok: j, candidates: ok.length === node.ends.length ? distinctAt(node) : distinct(ok.map((e) => e.candidate)) };
    }
  }
  return best;
}

const VIA_RANK: Record<EntityVia, number> = { name: 0, alias: 1, acronym: 2, capital: 3, demonym: 4, capitalised: 5 };
const KIND_RANK = { country: 0, organization: 1, place: 2, area: 3, region: 4 } as const;

// Regions money goes to ("a €12bn package for Central Asia"): areas, matched as a whole, so "Latin
// America" is not the United States. A recipient of no one country.
const AREAS = [
  'Latin America', 'South America', 'North America', 'Central America', 'Middle East', 'Southeast Asia', 'South Asia',
  'Central Asia', 'East Asia', 'West Africa', 'East Africa', 'Southern Africa', 'North Africa', 'Sub-Saharan Africa', 'Central Africa',
  'Western Europe', 'Eastern Europe', 'Central Europe', 'Horn of Africa', 'Western Balkans', 'Sahel', 'Caucasus', 'South Caucasus',
];
// A continent's or region's countries named by its adjective ("climate finance for African countries"):
// the area, as a recipient. (The adjective alone names no one: "African farmers", "the African Union".)
const AREA_GROUP_NOUNS = ['countries', 'nations', 'states', 'economies', 'governments'];
const AREA_ADJECTIVES: readonly (readonly [adjective: string, area: string])[] = [
  ['African', 'Africa'], ['Asian', 'Asia'], ['European', 'Europe'], ['Latin American', 'Latin America'], ['Caribbean', 'Caribbean'],
  ['Central Asian', 'Central Asia'], ['Southeast Asian', 'Southeast Asia'], ['South Asian', 'South Asia'], ['West African', 'West Africa'],
  ['East African', 'East Africa'], ['Pacific island', 'Pacific Islands'], ['Pacific Island', 'Pacific Islands'], ['Balkan', 'Western Balkans'],
];
const AREA_GROUPS = AREA_ADJECTIVES.flatMap(([adjective, area]) => AREA_GROUP_NOUNS.map((noun) => [`${adjective} ${noun}`, area] as const));
// Names that contain a country's name or demonym and name no party: matched as a whole, so "the
// South China Sea" is not China. They yield no mention. (Airlines that invest, "Qatar Airways",
// "Turkish Airlines", are organisations of the reference.)
const REGIONS = [
  'Americas', 'Asia Pacific', 'South China Sea', 'East China Sea',
  'Korean Peninsula', 'Arabian Peninsula', 'Indian Ocean', 'Indian subcontinent', 'Persian Gulf', 'Arabian Gulf', 'Gulf of Mexico',
  'Gulf of Guinea', 'Arab world', 'Washington Post', 'Chinese New Year', 'American Express',
  'Saudi Pro League', 'Dutch disease', 'French fries', 'Indian Premier League', 'South Korean won', 'Chinese yuan', 'Japanese yen',
  'Indian rupee', 'Pakistani rupee', 'Saudi riyal', 'Russian rouble', 'Russian ruble', 'Turkish lira', 'Egyptian pound', 'Nigerian naira',
  'Kenyan shilling', 'South African rand', 'Brazilian real', 'Mexican peso', 'US dollar', 'U.S. dollar', 'American dollar',
  'Canadian dollar', 'Australian dollar', 'Hong Kong dollar', 'Singapore dollar', 'UAE dirham', 'Emirati dirham', 'Swiss franc',
  'British pound', 'Azerbaijani manat', 'Kazakh tenge', 'Uzbek som', 'Indonesian rupiah', 'Malaysian ringgit', 'Thai baht',
];

/** One candidate per (kind, canonical), the most direct way of naming it first. */
// distinct() of all the names ending at a node, by node: the same answer for every text, never changed (frozen).
const distinctByNode = new WeakMap<TrieNode, readonly Candidate[]>();

function distinctAt(node: TrieNode): readonly Candidate[] {
  let known = distinctByNode.get(node);
  if (!known) {
    known = Object.freeze(distinct(node.ends.map((e) => e.candidate)));
    distinctByNode.set(node, known);
  }
  return known;
}

function distinct(all: readonly Candidate[]): Candidate[] {
  // A region shares its name with nothing that matters: "Gulf" alone is not listed, so a region never competes.
  const cands = all.some((c) => c.kind !== 'region') ? all.filter((c) => c.kind !== 'region') : all;
  const byKey = new Map<string, Candidate>();
  for (const c of cands) {
    const key = `${c.kind}\u0000${c.canonical}\u0000${c.country ?? ''}`;
    const prev = byKey.get(key);
    if (!prev || VIA_RANK[c.via] < VIA_RANK[prev.via]) byKey.set(key, c);
  }
  return [...byKey.values()].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || VIA_RANK[a.via] - VIA_RANK[b.via]);
}

// First tokens of the reference names as written, per index. A text token in lower case matches a
// reference token only when written the same (sameToken), so a lower-case word that starts no name
// ("the", "will", "invest": most words) is passed over without a lookup.
const firstTokens = new WeakMap<EntityIndex, Set<string>>();

function firstTokensOf(index: EntityIndex): Set<string> {
  let known = firstTokens.get(index);
  if (!known) {
    known = new Set();
    const stack: TrieNode[] = [index.root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      for (const end of node.ends) known.add(end.tokens[0]!);
      for (const child of node.next.values()) stack.push(child);
    }
    firstTokens.set(index, known);
  }
  return known;
}

/**
 * Cheap tests before the trie walk of the name scan, which would lower-case every capitalised word:
 * every way a text token can be written and match a reference name's first token (sameToken): as
 * written, in capitals, or capitalised where the reference has it in lower case. A name can start
 * only at a token in this set, as every match needs sameToken of its first token: so a token not
 * in it is passed over with one lookup, without the lower-casing and trie lookup of matchAt. (A
 * token with a non-ASCII letter after plain() is looked up like any other.)
 */
function startFormsOf(index: EntityIndex): { forms: Set<string>; prefixes: Set<number> } {
  // The prefix keys (prefixKey) of the forms pass over most words by a number before any string lookup.
  let known = startForms.get(index);
  if (!known) {
    const forms = new Set<string>();
    for (const ref of firstTokensOf(index)) {
      forms.add(ref);
      const upper = ref.toUpperCase();
      if (upper.length > 1 && /\p{Lu}/u.test(upper)) forms.add(upper);
      if (ref === ref.toLowerCase()) forms.add(ref.charAt(0).toUpperCase() + ref.slice(1));
    }
    known = { forms, prefixes: new Set([...forms].map((w) => prefixKey(w, false)).filter((k) => k >= 0)) };
    startForms.set(index, known);
  }
  return known;
}

const startForms = new WeakMap<EntityIndex, { forms: Set<string>; prefixes: Set<number> }>();

/** Whether a name of the index may start at a token written so: one Set lookup (tested against sameToken over every first token). */
export function mayStartName(token: string, index: EntityIndex): boolean {
  return startFormsOf(index).forms.has(token);
}

/** The first tokens of the index's names as written in the reference (for tests). */
export function nameFirstTokens(index: EntityIndex): ReadonlySet<string> {
  return firstTokensOf(index);
}

function knownMatches(tokens: readonly Token[], index: EntityIndex): RawMatch[] {
  const out: RawMatch[] = [];
  const starts = startFormsOf(index);
  // Lookup keys, made when first needed.
  const folded: (string | undefined)[] = new Array<string | undefined>(tokens.length);
  let i = 0;
  while (i < tokens.length) {
    const text = tokens[i]!.text;
    // Most tokens start no name: a number looked up, or one string lookup, nothing allocated.
    const key = prefixKey(text, false);
    if ((key >= 0 && !starts.prefixes.has(key)) || !starts.forms.has(text)) {
      i++;
      continue;
    }
    const m = matchAt(tokens, folded, i, index.root);
    if (m) {
      out.push(m);
      i = m.endTok;
    } else i++;
  }
  return out;
}

/** Countries named without ambiguity in some texts, in order of appearance. */
function countriesIn(matches: readonly RawMatch[]): string[] {
  const out: string[] = [];
  for (const m of matches) {
    // Every candidate of one country (a set of their countries of size one), read without making the set.
    const c = m.candidates[0]?.country;
    if (c && m.candidates.every((x) => x.country === c)) out.push(c);
  }
  return out;
}

/** Pick the candidate a name means here: the one whose country is named nearby, else a country over anything else. */
function settle(cands: readonly Candidate[], nearby: readonly string[], inText: number = nearby.length): Candidate | null {
  if (cands.length === 1) return cands[0]!;
  // A country's own name ("Georgia") yields to a place of that name only if the text itself says so.
  const pool = cands.some((c) => c.kind === 'country') ? nearby.slice(0, inText) : nearby;
  for (const country of pool) {
    const hit = cands.filter((c) => c.country === country);
    if (hit.length > 0) return hit[0]!;
  }
  const countries = cands.filter((c) => c.kind === 'country');
  if (countries.length === 1) return countries[0]!;
  return null;
}

/** Legal forms of Central Europe, the Nordics and Asia ("Daesung Materials Hungary Kft.", "Hai Phong LNG Power JSC"): heads of a name, and its legal words. */
const MORE_LEGAL_FORMS = ['JSC', 'Kft', 'Zrt', 'Nyrt', 'Oy', 'Oyj', 'KG', 'Pvt', 'OOO', 'Sdn'];
/**
 * Companies named after their trade: traders and streamers ("Vantor Commodities", "Kolberg Trading", "Auric Royalties"),
 * makers and service firms ("Bokamoso Alloys", "Kgalagadi Basin Manganese", "Hanon Systems"). Each heads a company's name.
 */
const TRADE_HEADS = [
  'Commodities', 'Trading', 'Royalties', 'Royalty', 'Streaming',
  'Alloys', 'Manganese', 'Chrome', 'Phosphates', 'Fertilizers', 'Fertilisers', 'Glass', 'Foods', 'Farms', 'Agro', 'Dairy', 'Mills',
  'Apparels', 'Garments', 'Batteries', 'Materials', 'Technologies', 'Systems', 'Solutions', 'Electronics', 'Semiconductor',
  'Semiconductors', 'Pharma', 'Healthcare', 'Hotels', 'Properties', 'Developers', 'Infrastructure', 'Renewables', 'Automotive',
  'Tyres', 'Tires', 'Cables', 'Plastics', 'Packaging', 'Telecoms', 'Networks', 'Microfinance', 'Leasing',
];
const IS_TRADE_HEAD = new Set(TRADE_HEADS);
/** An appositive saying a company is another's unit: " a subsidiary of", " the local unit of", " a wholly owned affiliate of". */
// ("GlobalWafers America, the U.S. subsidiary of": the unit's country may qualify the noun.)
const UNIT_APPOSITIVE = /^\s+(?:an?|the|its)\s+(?:(?:local|wholly[- ]owned|majority[- ]owned|[\p{Ll}-]+|[\p{Lu}][\p{L}.]*)\s+)?(?:subsidiary|unit|arm|affiliate)\s+of\b/u;
const ORG_HEADS = new Set([
  'Bank', 'Bancorp', 'Fund', 'Funds', 'Group', 'Corporation', 'Corp', 'Company', 'Co', 'Holdings', 'Holding', 'Minerals', 'Mining',
  'Energy', 'Capital', 'Partners', 'Authority', 'Agency', 'Ltd', 'Limited', 'Inc', 'Incorporated', 'PLC', 'Plc', 'SA', 'AG',
  'LLC', 'LLP', 'GmbH', 'NV', 'BV', 'SpA', 'AB', 'ASA', 'Investments', 'Resources', 'Petroleum', 'Industries', 'Enterprises',
  'Ventures', 'Trust', 'Securities', 'Insurance', 'Petrochemicals', 'Metals', 'Steel', 'Power', 'Motors', 'Telecom',
  'Airlines', 'Airways', 'Logistics', 'Construction', 'Engineering', 'Exim', 'Eximbank', 'Consortium', 'Ports', 'Foundation',
  'Electricity', 'Utilities', 'Railways', 'Telecommunications', 'Grid', 'International', 'Exchange', 'Airports',
  'Bhd', 'Berhad', 'Tbk', 'Pte', 'PJSC', 'QSC', 'QPSC', 'SAOG', 'KSC', 'KSCP', 'SAE', 'SARL', 'SRL', 'Srl', 'Ltda',
  ...MORE_LEGAL_FORMS,
  // Miners and makers named after what they produce: "Jiangxi Copper", "Zijin Gold", "Dangote Cement".
  'Copper', 'Gold', 'Nickel', 'Cement', 'Chemicals', 'Pharmaceuticals', 'Shipping', 'Lithium', 'Cobalt', 'Uranium', 'Aluminium',
  'Aluminum', 'Zinc', 'Silver', 'Platinum', 'Graphite', 'Tyre', 'Tire', 'Solar', 'Textiles', 'Tekstil', 'Refining', 'Earths', 'Gas',
  ...TRADE_HEADS,
  // "Indian Farmers Fertiliser Cooperative".
  'Cooperative', 'Co-operative',
  // The trades as other languages write them in names English news keeps: "Eesti Energia", "Magyar Telekom", "Aksa Enerji"
  // (companies' names, as typeFromName reads them).
  'Energia', 'Energía', 'Energie', 'Enerji', 'Telekom',
]);
/**
 * Heads that end a company's name only in a run without "of" or "for": "Gulf Energy Development" is
 * a company, "Ministry of Economic Development" a ministry (read as none, as ministries are).
 */
const PLAIN_RUN_HEADS = new Set(['Development']);
// (And the forms of Malaysia, Indonesia, Singapore, the Gulf, Egypt and francophone and Latin countries: "Iskandar Cloud
// Holdings Bhd", "PT Adaro Energy Tbk", "Emirates Telecommunications PJSC", "Omantel SAOG", "Orascom SAE", "X SARL".)
/** A legal form in dotted letters right after its first letter: ".V." of "B.V.", ".A." of "S.A.", ".p.A." of "S.p.A.". */
const DOTTED_LEGAL_AFTER = /^\.(?:[A-Za-z]\.){1,3}/;
/** Legal words a name may take after a comma: "Mizuho Bank, Ltd.", "Acme Holdings, Inc." */
const COMMA_LEGAL: ReadonlySet<string> = new Set(['Ltd', 'Limited', 'Inc', 'LLC', 'Co', 'Corp', 'PLC', 'Plc', 'SA', 'AG', 'NV']);
/** Legal words written abbreviated, with a full stop, before another: "Co. Ltd.", "Corp. Ltd." */
export const ABBREVIATED_LEGAL: ReadonlySet<string> = new Set(['Co', 'Corp', 'Inc', 'Ltd', 'Pty', 'Bhd']);
const LEGAL_SUFFIXES = new Set(['Ltd', 'Limited', 'Inc', 'Incorporated', 'PLC', 'Plc', 'SA', 'AG', 'LLC', 'LLP', 'GmbH', 'NV', 'BV', 'SpA', 'AB', 'ASA', 'Co', 'Corp', 'Bhd', 'Berhad', 'Tbk', 'Pte', 'PJSC', 'JSC', 'QSC', 'QPSC', 'SAOG', 'KSC', 'KSCP', 'SAE', 'SAS', 'SARL', 'SRL', 'Srl', 'SAB', 'SpA', 'Ltda', 'SAC', 'SAA', ...MORE_LEGAL_FORMS]);
/** Heads that take "for" and a place into their name ("General Authority for the Suez Canal Economic Zone", "Fund for Ukraine"). */
const PUBLIC_BODY_HEADS = new Set(['Authority', 'Agency', 'Fund', 'Bank', 'Corporation', 'Trust', 'Foundation', 'Commission', 'Council', 'Board']);
// ("Banco del Valle Sula", "Caixa de Depósitos", "Banco do Brasil": Spanish and Portuguese ones too.)
/**
 * Head words that open a name in French, Spanish, Portuguese and Italian ("Compagnie Ivoirienne de Production
 * Solaire", "Empresa Nacional de Electricidad", "Banco Santander"): a run of two words or more they open is an organisation.
 */
// (And legal forms written first: "PrJSC Ukrhydroenergo", "PJSC Naftogaz", "PT PLN".)
/** First words that name a bank: "Banco Santander", "Sparkasse Zwickau" (leading heads, and a bank's type: typeFromName). */
const BANK_LEADING_WORDS: readonly string[] = ['Banque', 'Banco', 'Banca', 'Caisse', 'Cassa', 'Sparkasse', 'Landesbank', 'Volksbank', 'Raiffeisenbank'];
const LEADING_HEADS: ReadonlySet<string> = new Set(['PrJSC', 'PJSC', 'JSC', 'OJSC', 'CJSC', 'PT', 'Compagnie', 'Société', 'Societe', 'Groupe', ...BANK_LEADING_WORDS, 'Empresa', 'Compañía', 'Companhia', 'Sociedad', 'Sociedade', 'Grupo', 'Banco', 'Fondo', 'Fonds', 'Fundación', 'Fundação', 'Società', 'Corporación', 'Corporação', 'Financiera', 'Agroexportadora', 'Inversiones', 'Constructora', 'Minera', 'Compagnie', 'Compania']);
/** Head words that end a name: after one, "and" and a name of two words or more start another organisation. */
const NAME_ENDS: ReadonlySet<string> = new Set(['Bank', 'Group', 'Holdings', 'Holding', 'Corporation', 'Company', 'Limited', 'Ltd', 'PLC', 'Plc', 'Inc', 'Fund']);
const CONNECTORS = new Set(['of', 'and', '&', 'for', 'de', 'du', 'la', 'al', 'el', 'the', 'del', 'do', 'da', 'dos', 'das', 'des', 'y', 'e']);
/** The "of" of Spanish, Portuguese, French and Italian names: "Banco Provincia del Neuquén", "Vale do Jequitinhonha Lítio". */
const ROMANCE_OF: ReadonlySet<string> = new Set(['de', 'del', 'do', 'da', 'dos', 'das', 'du', 'des', 'di']);
const ROMANCE_ARTICLES: ReadonlySet<string> = new Set(['la', 'las', 'los', 'le', 'les']);
/** Words before a clause's opening name that are no part of it: "Rival Amazon Web Services", "Peer Microsoft". */
const RIVAL_BEFORE = new Set(['Rival', 'Peer', 'Competitor', 'Fellow']);
const LEADING_NOISE = new Set([...RIVAL_BEFORE, 'The', 'A', 'An', 'Its', 'Their', 'Our', 'This', 'That', 'These', 'Both', 'Lenders', 'Including', 'By', 'From', 'With', 'And', 'But', 'While', 'When', 'If', 'As', 'At', 'In', 'On', 'For', 'To']);

/** Whether a reference match is a company (or a state company) and nothing else: "Vale", "LG Energy Solution", "Siemens". */
function isListedCompany(m: RawMatch): boolean {
  return m.candidates.every((c) => c.kind === 'organization' && (c.type === 'company' || c.type === 'state_company'));
}

/** Whether a place or country of one match, a space away, comes right before the run at `i` ("Zhejiang Lingtai"). */
function placeOpensName(tokens: readonly Token[], covered: readonly (RawMatch | null)[], text: string, i: number): boolean {
  const before = i > 0 ? covered[i - 1] : null;
  return before !== null && before !== undefined && text.slice(tokens[i - 1]!.end, tokens[i]!.start) === ' ' && before.candidates.every((c) => c.kind === 'place' || c.kind === 'country');
}

/** How many word tokens [s, e] holds (a dotted legal form's full stops are no words: "Kestrel Renewables B.V" is four). */
function wordsIn(tokens: readonly Token[], s: number, e: number): number {
  let n = 0;
  for (let k = s; k <= e; k++) if (/^[\p{L}\d]/u.test(tokens[k]!.text)) n++;
  return n;
}

/** Whether the run [i, j] opens, past a leading "The", with a head word such as "Banco" or "Société". */
function opensWithRomanceHead(tokens: readonly Token[], i: number, j: number): boolean {
  const k = LEADING_NOISE.has(tokens[i]!.text) && i < j ? i + 1 : i;
  return LEADING_HEADS.has(tokens[k]!.text);
}

/** Whether a run of a name's tokens holds a connector ("of", "for", "and", ...). */
function runHasConnector(tokens: readonly Token[], s: number, end: number): boolean {
  for (let k = s; k <= end; k++) if (CONNECTORS.has(tokens[k]!.text)) return true;
  return false;
}

/** An organisation the reference does not know: its tokens, a country name it took in, and the type its role noun gives. */
interface UnknownOrg {
  s: number;
  e: number;
  absorbed: RawMatch | null;
  /** A known place or country the name ends in ("General Authority for the Suez Canal Economic Zone"): part of the name, and its country. */
  tail?: RawMatch;
  /** For a name introduced by its role ("Indian miner Vedanta"): the type the role gives, and the country that introduced it. */
  type?: FunderType;
  country?: string | null;
  /** Found only by a country's possessive before it ("France's Alstom will invest"): a person's name, if the context gives it a title (see personsNamed). */
  possessed?: true;
  /** Found as the name that opens its sentence and gives money ("Oracle will invest"): a company, unless the article introduced it otherwise. */
  opener?: true;
}

const NOT_ORG_LAST = /^(?:Facility|Facilities|Arrangement|Operation|Operations|Programme|Programmes|Program|Programs|Initiative|Project|Projects|Plan|Partnership|Agreement|Strategy|Policy|Framework|Mechanism|Zone|Zones|Corridor|Scheme|Window|Instrument|Trust|Account|Line|Tranche|Bond|Bonds|Act|Law|Decree|Summit|Forum|Conference|Park|Area|Region|Province|District|Line)$/;
/**
 * A run of capitalised words [s, runEnd], or the run and a known country or place right after it, followed by an
 * acronym in brackets that spells their initials ("Compagnie Ivoirienne de Production Solaire (CIPS)", "Distribuție
 * Energie Electrică Romania (DEER)"): the end of the name (exclusive) and the place it takes in, or null.
 */
function spelledOut(tokens: readonly Token[], covered: readonly (RawMatch | null)[], text: string, s: number, runEnd: number): { e: number; tail: RawMatch | null } | null {
  let e = runEnd + 1;
  let tail: RawMatch | null = null;
  const next = covered[e];
  if (next && next.startTok === e && text.slice(tokens[runEnd]!.end, tokens[e]!.start) === ' ' && next.candidates.some((c) => c.kind === 'country' || c.kind === 'place')) {
    tail = next;
    e = next.endTok;
  }
  if (tokens[e]?.text !== '(' || tokens[e + 2]?.text !== ')') return null;
  const acronym = tokens[e + 1]!.text;
  if (!/^[A-Z]{2,6}$/.test(acronym)) return null;
  // (A programme, facility or place spelled out is no organisation: "Extended Credit Facility (ECF)", "Savannah
  // Agro-Industrial Processing Zones (SAPZ)", "Just Energy Transition Partnership (JETP)".)
  if (tail === null && NOT_ORG_LAST.test(tokens[e - 1]!.text)) return null;
  const initials = initialsOf(tokens, s, e);
  // (Two words at least: a one-word name and its acronym need no spelling out. "Office National de l'Électricité et de
  // l'Eau Potable (ONEE)": an acronym of three letters or more may leave out the last word, as its owner does.)
  const spelled = initials === acronym || (acronym.length >= 3 && initials.length === acronym.length + 1 && initials.startsWith(acronym));
  return e - s >= 2 && initials.length >= 2 && spelled ? { e, tail } : null;
}

/**
 * A known country or place right before a run of capitalised words, then an acronym in brackets that spells the
 * initials of all of them ("Pakistan State Oil (PSO)", "Ghana Cocoa Board (COCOBOD)" is no such spelling): the place
 * opens the name. The place's match and the end of the name (exclusive), or null.
 */
function spelledFromPlace(tokens: readonly Token[], covered: readonly (RawMatch | null)[], text: string, s: number, runEnd: number): { place: RawMatch; e: number } | null {
  const place = s > 0 ? covered[s - 1] : null;
  if (!place || place.endTok !== s || text.slice(tokens[s - 1]!.end, tokens[s]!.start) !== ' ' || !place.candidates.some((c) => c.kind === 'country' || c.kind === 'place')) return null;
  const e = runEnd + 1;
  if (tokens[e]?.text !== '(' || tokens[e + 2]?.text !== ')' || NOT_ORG_LAST.test(tokens[runEnd]!.text)) return null;
  const acronym = tokens[e + 1]!.text;
  if (!/^[A-Z]{3,6}$/.test(acronym)) return null;
  return initialsOf(tokens, place.startTok, e) === acronym ? { place, e } : null;
}

/** The initials of the capitalised words of tokens [from, to): what a bracketed acronym after them would spell. */
function initialsOf(tokens: readonly Token[], from: number, to: number): string {
  let initials = '';
  for (let k = from; k < to; k++) if (/^\p{Lu}/u.test(tokens[k]!.text)) initials += tokens[k]!.text[0]!.toUpperCase();
  return initials;
}

/** Role nouns that introduce a company's name by themselves, with no country before them. */
const START_UP_TRADES: ReadonlySet<string> = new Set(['startup', 'start-up', 'fintech', 'insurtech', 'proptech', 'agritech', 'agtech', 'edtech', 'healthtech', 'scaleup', 'scale-up', 'unicorn']);

/** Role nouns that introduce a company's name after its country ("Indian miner Vedanta"), with the funder type each gives. */
/** Role nouns of sport, which name a club with no country before them. */
const SPORTS_ROLES: ReadonlySet<string> = new Set(['club', 'franchise']);
const ROLE_NOUNS: ReadonlyMap<string, FunderType> = new Map([
  ...['company', 'firm', 'group', 'conglomerate', 'carmaker', 'automaker', 'miner', 'developer', 'builder', 'contractor', 'operator', 'producer',
    'maker', 'manufacturer', 'giant', 'utility', 'refiner', 'trader', 'house', 'retailer', 'shipper', 'airline', 'startup', 'start-up', 'steelmaker',
    'chipmaker', 'drugmaker', 'major', 'supplier', 'exporter', 'importer', 'insurer', 'telco', 'distributor',
    // ("Bengaluru-based agritech platform KisanKart": a business named by what it runs; "Serie B club Sampdoria": a
    // sports club, a company its buyers put money into.)
    'platform', ...SPORTS_ROLES,
    // ("Nigerian fintech Moniflo", "SA insurtech Sekela": the trades of the start-up press.)
    ...START_UP_TRADES, 'logistics', 'e-commerce'].map((w) => [w, 'company'] as const),
  ...['lender', 'bank'].map((w) => [w, 'bank'] as const),
  // ("Jaipur-based microlender Satya Kiran Finance": a retail lender, a company that borrows from the lenders the
  // extractor knows as such.)
  ...['microlender', 'microfinancier', 'nbfc'].map((w) => [w, 'company'] as const),
  // ("Canadian asset manager Brookfield", "Dutch pension fund APG".)
  ...['investor', 'fund', 'manager'].map((w) => [w, 'other'] as const),
  // ("Ghana's cocoa regulator Cocobod", "Egypt's canal authority SCZone": public bodies.)
  ...['regulator', 'authority', 'agency', 'board'].map((w) => [w, 'other'] as const),
  // "US-based Lightrock", "Dubai-based Amea Power": a name after its home's "-based".
  ['based', 'other'],
]);

/**
 * Lower-case role words ending in a role noun, right before a name ("to industrial real estate developer Grupo Nordika"):
 * the words that introduce a company with no country before them, read past to what comes before (not a verb of buying:
 * "will buy e-bike distributor X" keeps "buy" before them).
 */
export const ROLE_WORDS_BEFORE_NAME = new RegExp(String.raw`\s(?:(?!(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased)\s)[\p{Ll}-]+\s+){0,3}?(?:${[...ROLE_NOUNS.keys()].filter((w) => w !== 'based').join('|')})\s+$`, 'u');

/** A head word of an organisation's name ("Bharti Enterprises"): the literal gate of names found again by their first word. */
const ORG_HEAD_WORD = new RegExp(String.raw`[a-z]\s+(?:${[...ORG_HEADS].join('|')})\b`);
/** A capitalised word after a possessive ("Kenya's Safaricom"): the literal gate of names a country's possessive introduces. */
const POSSESSIVE_THEN_NAME = /['’]s\s+\p{Lu}/u;
/** A role noun followed by a capitalised word: the only texts roleBefore can find a company in. */
// (No /u and no \b: the plain form is several times cheaper, and a stray match only costs a scan.)
const ROLE_THEN_NAME = new RegExp(String.raw`(?:${[...ROLE_NOUNS.keys()].join('|')})\s[A-Z\u00c0-\u024f]`);

const AGENT_WORDS: ReadonlySet<string> = new Set(['by', 'from', 'with']);

/**
 * The first token of the lower-case word ending at token `j`, its parts joined by hyphens written with no space ("auto-parts",
 * "waste-to-energy"): role words are counted as words, not as tokens ("Spanish auto-parts maker Gestamp").
 */
function hyphenatedStart(tokens: readonly Token[], j: number): number {
  let k = j;
  while (k >= 2 && tokens[k - 1]!.text === '-' && tokens[k - 2]!.end === tokens[k - 1]!.start && tokens[k - 1]!.end === tokens[k]!.start && /^[a-z]/.test(tokens[k - 2]!.text)) k -= 2;
  return k;
}

/**
 * The role noun ending right before token `at` and the token it starts at: a hyphenated one is one word, as the tokens
 * split it ("German battery start-up Nordbatt GmbH", "Kenyan e-commerce Jumia").
 */
function roleNounBefore(tokens: readonly Token[], at: number): { noun: string; start: number } | null {
  if (at <= 0) return null;
  const start = hyphenatedStart(tokens, at - 1);
  // (Most role nouns are one token: joined only when hyphens make several.)
  const whole = start === at - 1 ? tokens[at - 1]!.text : tokens.slice(start, at).map((t) => t.text).join('');
  if (ROLE_NOUNS.has(whole)) return { noun: whole, start };
  // ("Swedish battery-maker Northvolt": else its last part, the word it ends.)
  return ROLE_NOUNS.has(tokens[at - 1]!.text) ? { noun: tokens[at - 1]!.text, start } : null;
}

/**
 * The type a role noun right before token `at` gives, when a country introduces it: a demonym or a
 * country's possessive, then up to three lower-case words, the last of them the role noun.
 */
function roleBefore(tokens: readonly Token[], covered: readonly (RawMatch | null)[], at: number): { type: FunderType; country: string | null } | null {
  const noun = roleNounBefore(tokens, at);
  if (noun === null) return null;
  const role = ROLE_NOUNS.get(noun.noun)!;
  let k = noun.start - 1;
  // "Dubai-based port operator Gulf Gateway": a home's "-based", then role words.
  if (tokens[at - 1]!.text !== 'based') {
    let j = k;
    for (let words = 0; j >= 2 && words < 2 && tokens[j]!.text !== 'based' && /^[a-z][a-z-]*$/.test(tokens[j]!.text) && !covered[j]; words++) j = hyphenatedStart(tokens, j) - 1;
    if (j >= 2 && j < k + 1 && tokens[j]!.text === 'based') {
      const home = roleBefore(tokens, covered, j + 1);
      if (home !== null && ROLE_NOUNS.get('based') === home.type) return { type: role, country: home.country };
    }
  }
  // "-based" follows its place right away ("US-based"), with no words between.
  if (tokens[at - 1]!.text === 'based') {
    if (k < 1 || tokens[k]!.text !== '-' || tokens[k]!.start !== tokens[k - 1]!.end) return null;
    k--;
    const home = covered[k];
    // A place the reference does not know ("Toronto-based"): an organisation of no known country.
    if (!home) return /^[A-Z][a-z]+$/.test(tokens[k]!.text) ? { type: role, country: null } : null;
    // A country, or a city of one ("Dubai-based").
    const placed = home.candidates.filter((c) => c.kind === 'country' || (c.kind === 'place' && c.country));
    if (home.endTok !== k + 1 || placed.length === 0) return null;
    const homes = new Set(placed.map((c) => c.country));
    return { type: role, country: homes.size === 1 ? [...homes][0]! : null };
  }
  const possessiveS = (j: number) => j >= 1 && tokens[j]!.text.toLowerCase() === 's' && tokens[j - 1]!.text === "'";
  const wordsEnd = k;
  for (let words = 0; k >= 0 && words < 3 && /^[a-z][a-z-]*$/.test(tokens[k]!.text) && !covered[k] && !possessiveS(k) && !AGENT_WORDS.has(tokens[k]!.text); words++) k = hyphenatedStart(tokens, k) - 1;
  // ("will be invested by state gold miner AzerGold": after "by", a state's role words introduce a name of no known country.)
  if (k >= 0 && k < wordsEnd && AGENT_WORDS.has(tokens[k]!.text) && /^(?:state|state-owned|state-run|national)$/.test(tokens[k + 1]!.text)) return { type: role, country: null };
  // ("State-owned electricity company PT PLN has secured": a state's company named by its role, of no country told.)
  if (k >= 1 && tokens[k]!.text === '-' && /^(?:State|state)$/.test(tokens[k - 1]!.text) && /^(?:owned|run|controlled)$/.test(tokens[k + 1]?.text ?? '')) return { type: role === 'company' ? 'state_company' : role, country: null };
  if (possessiveS(k)) k -= 2;
  const match = k >= 0 ? covered[k] : null;
  // ("Electric two- and three-wheeler financing startup VoltLend": the start-up press's trades introduce a name
  // of no known country.)
  // (So do a sports club's and a franchise's: "Serie B club Sampdoria", "IPL franchise Punjab Kings".)
  if (!match || match.endTok !== k + 1 || !match.candidates.some((c) => c.kind === 'country')) return START_UP_TRADES.has(noun.noun) || SPORTS_ROLES.has(noun.noun) ? { type: role, country: null } : null;
  const countries = new Set(match.candidates.filter((c) => c.kind === 'country').map((c) => c.country));
  return { type: role, country: countries.size === 1 ? [...countries][0]! : null };
}


/** The funder type an unknown organisation's own name makes plain; 'other' when it does not. */
export function typeFromName(name: string): FunderType {
  // "Bank of Industry": the head word before "of" or "for" names the kind, as the last word does otherwise.
  const words = name.replace(/\s+(?:of|for)\s.*$/, '').split(/[\s-]+/);
  // ("Kestrel Renewables B.V": a legal form in dotted letters is read without its stops.)
  const last = (words[words.length - 1] ?? '').replace(/\./g, '');
  if (/\bExport[- ]Import\b|\bExim(bank)?\b|\bExport Credit\b/i.test(name)) return 'export_credit_agency';
  if (/\bDevelopment (Bank|Fund|Finance)\b/i.test(name)) return 'development_bank';
  if (/\b(Sovereign|Wealth)\b/.test(name) && /\b(Fund|Authority|Investment)\b/.test(name)) return 'sovereign_fund';
  if (last === 'Bank' || last === 'Bancorp' || BANK_WORD.test(last)) return 'bank';
  // ("Compagnie Ivoirienne de Production Solaire", "Banco Santander": a Romance head word opens the name.)
  const first = name.split(/\s+/)[0] ?? '';
  if (BANK_LEADING_WORDS.includes(first) || COMPOUND_BANK_HEAD.test(last)) return 'bank';
  if (/^(?:Compagnie|Soci[ée]t[ée]|Groupe|Grupo|Empresa|Compa[ñn]h?[ií]a|Sociedade?|Societ[àa]|Corporaci[óo]n|Corpora[çc][ãa]o)$/.test(first)) return 'company';
  if (LEGAL_SUFFIXES.has(last) || IS_TRADE_HEAD.has(last) || /^(Company|Corporation|Holdings?|Minerals|Mining|Resources|Industries|Enterprises|Petroleum|Metals|Steel|Motors|Airlines|Airways|Construction|Engineering|Ports|Power|Energy|Gas|Energia|Energía|Energie|Enerji|Telekom)$/.test(last))
    return 'company';
  return 'other';
}

/** Words before "Board" that name a company's or a lender's own board, not a body of its own. */
const GOVERNING_BOARD = new Set(['Executive', 'Supervisory', 'Management', 'Advisory', 'Editorial', 'Governing', 'Directors', 'The', 'Its']);
/**
 * Words that make a two-word name an organisation's own committee ("Investment Committee", "Credit Committee") or a
 * government's cabinet or assembly, which the rules for governments read ("Swiss Federal Council", "State Council").
 */
const OWN_COMMITTEE = new Set([
  'Investment', 'Audit', 'Credit', 'Risk', 'Steering', 'Organising', 'Organizing', 'Standing', 'Select', 'Central',
  'Federal', 'State', 'National', 'Executive', 'Legislative', 'Privy', 'City', 'Municipal', 'Provincial', 'Regional', 'Security',
]);
/** Head words of a body that decides: a board, a committee, a council, a commission. */
const DECIDING_BODIES = new Set(['Board', 'Committee', 'Council', 'Commission']);
/** Head words of a local government named by its place: "York County", "Delta Township" (it gives incentives, receives grants). */
export const LOCAL_BODY_HEADS: ReadonlySet<string> = new Set(['County', 'Township', 'Parish', 'Borough']);
/** A local government's name, its head word last: "York County", "Delta Township". */
export const LOCAL_BODY_NAME = new RegExp(String.raw`\s(?:${[...LOCAL_BODY_HEADS].join('|')})$`);

/**
 * "Rwanda Development Board", "Public Sector Pension Investment Board", "Economic Investment Committee": a name of two
 * or more words ending in "Board" (or "Committee", "Council", "Commission") is a body of its own (a lender's "Executive
 * Board", its "Investment Committee" or a "Board of Directors" is not).
 */
function namedBoard(tokens: readonly Token[], s: number, last: number): boolean {
  const head = tokens[last]!.text;
  if (!DECIDING_BODIES.has(head) || last <= s || GOVERNING_BOARD.has(tokens[last - 1]!.text)) return false;
  // ("the Public Utilities Commission of Sri Lanka": a body named by its country after "of" is left to the rules for countries.)
  return head === 'Board' || (!(last === s + 1 && OWN_COMMITTEE.has(tokens[s]!.text)) && tokens[last + 1]?.text !== 'of');
}

/** After a name's last token, up to two lower-case words and then "fund": "... infrastructure fund". */
function fundAfter(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 3 && k < tokens.length; k++) {
    const t = tokens[k]!.text;
    if (t === 'fund' || t === 'funds') return true;
    if (!/^[a-z][a-z-]*$/.test(t)) return false;
  }
  return false;
}

/** Right after a name: a company officer's title, lower-case ("chief executive Helen Marsh", "CEO", "chairman"). */
const OFFICER_AFTER = /^\s+(?:chief\s+(?:executive|financial\s+officer|operating\s+officer)|CEO|chairman|chairwoman|managing\s+director|founder)\b/;
/** Role nouns that fit a person as well as an organisation ("a fund manager", "a property developer", "a commodities trader"). */
const FITS_A_PERSON = new Set(['investor', 'fund', 'manager', 'developer', 'builder', 'trader', 'house', 'major', 'importer', 'regulator', 'authority', 'agency', 'board']);

/**
 * Nouns of a company's trade that an appositive after its name may give: "Moriyama Electric, the
 * Osaka-based maker of small motors", "Hanseo Materials, a South Korean producer of copper foil".
 * (Not the role nouns that fit a person as well: "Smith, a fund manager at ...".)
 */
const TRADE_NOUNS_AFTER: ReadonlyMap<string, FunderType> = new Map([
  // ("the Osaka-based maker of": "-based" introduces a name before it, never after.)
  ...[...ROLE_NOUNS].filter(([w]) => w !== 'based'),
  // (Nouns an appositive gives a company that seldom introduce a name before it.)
  ...['provider', 'marketplace', 'platform', 'subsidiary', 'unit'].map((w) => [w, 'company'] as const),
]);
/** The types of party that lend or invest as their business: a name so typed signs as a lender, not as a borrower. */
export const FINANCIER_TYPES: readonly (FunderType | null)[] = ['development_bank', 'export_credit_agency', 'bank', 'sovereign_fund'];

/**
 * The type and country an appositive gives a name: its trade's type, unless the name itself says it is a lender ("Bank of
 * Ayudhya (Krungsri), a unit of Japan's MUFG," stays a bank), and its country.
 */
function appositiveFacts(appositive: { type: FunderType; country: string | null } | null, name: string): { type?: FunderType; country?: string } {
  if (appositive === null) return {};
  return { ...(FINANCIER_TYPES.includes(typeFromName(name)) ? {} : { type: appositive.type }), ...(appositive.country ? { country: appositive.country } : {}) };
}
/** A short name given in brackets after a name: "ICF", "Krungsri". */
const SHORT_NAME = String.raw`[A-Z][A-Za-z]{1,9}`;
const SHORT_NAME_TOKEN = new RegExp(String.raw`^${SHORT_NAME}$`);
/** A name's last word, then an abbreviated legal word's full stop or a short name in brackets, before the comma of an appositive. */
const ACRONYM_BEFORE_COMMA = new RegExp(String.raw`^(\w+)(?:\.| \(${SHORT_NAME}\)),`);
/** A name, a comma, an article and a trade noun within a few words: the only texts roleAfter can find a company in. */
const NAME_THEN_TRADE = new RegExp(String.raw`[A-Za-z], (?:a|an|the) [^,;.]{0,60}?\b(?:${[...TRADE_NOUNS_AFTER.keys()].join('|')})\b`);

/**
 * The type and country an appositive right after token `last` gives the name before it: a comma,
 * "a", "an" or "the", up to five words (a demonym, "Osaka-based", "South Korean", "battery pack"),
 * then a trade noun (TRADE_NOUNS_AFTER) ending the phrase or followed by "of", "to", "for", "in",
 * "that", "which", "based" or a comma. The country is the appositive's country, demonym or place's
 * (of one country only), else unknown.
 */
function roleAfter(tokens: readonly Token[], covered: readonly (RawMatch | null)[], last: number): { type: FunderType; country: string | null } | null {
  last = beforeAppositiveComma(tokens, last);
  if (tokens[last + 1]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[last + 2]?.text ?? '')) return null;
  const countries = new Set<string>();
  for (let k = last + 3; k < tokens.length && k <= last + 9; k++) {
    const t = tokens[k]!.text;
    const type = TRADE_NOUNS_AFTER.get(t);
    // ("a Danish data centre developer": a noun that fits a person as well is a company's trade only after two or more words.)
    if (type !== undefined && !(FITS_A_PERSON.has(t) && k - (last + 3) < 2)) {
      const next = tokens[k + 1]?.text;
      if (next !== undefined && !/^(?:of|to|for|in|that|which|based|with|backed|owned|controlled|listed|founded|headquartered|,|\.|;)$/.test(next)) return null;
      return { type, country: countries.size === 1 ? [...countries][0]! : null };
    }
    // The appositive's head comes before any preposition ("a fund manager at the bank" is a person's job).
    if (t === ',' || t === ';' || t === '.' || /^(?:at|of|to|for|in|with|from|on|by|and|who|which|that)$/.test(t)) return null;
    const m = covered[k];
    if (m) for (const c of m.candidates) if ((c.kind === 'country' || c.kind === 'place') && c.country) countries.add(c.country);
  }
  return null;
}

/** Right after a one-word name: a verb of giving money, its subject ("will invest", "plans to lend", "has acquired"). */
const GIVING_VERB_AFTER = /^\s+(?:(?:will|would|has|have|had|is|to|also|now|then|plans\s+to|aims\s+to|agreed\s+to|intends\s+to|is\s+to|said\s+it\s+(?:will|would))\s+)*(?:(?:invest|lend|inject|pour|spend|pledge|commit|acquire|buy|bought|provide|finance|fund|put|plough|sink|pump|pay|paid)\w*\b|(?:build|builds|set\s+up|sets\s+up)\s+(?:an?\s+)?(?:[$€£¥₹]|\d)|(?:take|takes|took)\s+an?\s+[^.;]{0,25}?\bstake\b)/i;
/** Right after a name, a verb of receiving money: "Kenya's Safaricom gets KSh15bn from IFC". */
const RECEIVING_VERB_AFTER = /^\s+(?:(?:has|have|had|is|also|now)\s+)*(?:gets|got|receives|received|secures|secured|wins|won|lands|landed|raises|raised|borrows|borrowed|obtains|obtained|bags|bagged|taps|tapped)\b/i;
/** Capitalised words that open a clause without naming anyone: pronouns, group nouns, determiners. */
/** "said on Wednesday it will", "announced that it would": what an organisation says of itself (a person says "he" or "she"). */
const SAID_IT_AFTER = /^\s+(?:said|says|announced|confirmed)\s+(?:on\s+[A-Z][a-z]+\s+|(?:last|this)\s+(?:week|month|year)\s+|in\s+a\s+statement\s+)?(?:that\s+)?it\s+(?:will|would|plans|planned|intends|aims|is|was|has|had|agreed|expects)\b/;
const NOT_A_NAME = /^(?:It|Its|They|Their|He|She|We|I|You|This|That|These|Those|There|Here|Both|Each|All|Some|Many|Most|Others?|Together|Investors?|Lenders?|Banks?|Companies|Company|Firms?|Officials?|Donors?|Governments?|Authorities|Partners?|Developers?|Shareholders?|Backers?|Funds?|Creditors?|Analysts?|Sources?|Which|Who|What|Also|However|Meanwhile|Separately|Under|Now|Then|And|But|Or|So|Yet|If|When|While|After|Before|As|In|On|At|For|To|By|With|From|Of|The|A|An)$/;

/** Words that open a clause as a public body or an office, not a company: "Treasury will provide", "Parliament will fund". */
const PUBLIC_SUBJECT = /^(?:Treasury|Parliament|Congress|Cabinet|Senate|Assembly|Ministry|Minister|President|Premier|Prime|Chancellor|Governor|Mayor|State|States|Province|Provinces|City|Council|Commission|Agency|Government|Govt|Gov't|Administration|Washington|Beijing|Brussels|Moscow|Tokyo|Delhi|Riyadh|Abu|Officials|Authorities|People|Residents|Farmers|Workers|Households|Users|Customers|Buyers|Sellers|Consumers|Exporters|Importers|Manufacturers|Producers|Operators|Startups|Corporates|Multinationals|Japanese|Chinese|American|European|Foreign|Local|Private|Public|Domestic|Global|International|National|Federal|Regional|Several|Other|Such|Every|Any|No|Nobody|Everyone|Someone|Last|Next|First|Second|Third|Earlier|Later|Today|Tomorrow|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Right after a clause's opening name, a verb of giving money with its auxiliaries: "will invest", "to invest", "plans to spend". */
const SUBJECT_GIVES_AFTER = /^\s+(?:(?:will|would|is|are|to|also|now|plans\s+to|aims\s+to|intends\s+to|is\s+to|has\s+agreed\s+to|agreed\s+to|has\s+pledged\s+to|pledged\s+to|is\s+set\s+to|set\s+to|expects\s+to)\s+)+(?:invest|lend|inject|pour|spend|pledge|commit|provide|finance|fund|plough|sink|pump)\w*\s+(?:(?:an?\s+)?(?:additional|further|another|extra|fresh|new|some|about|around|nearly|more\s+than|over|up\s+to|as\s+much\s+as|at\s+least|roughly)\s+)*(?:US\s*|U\.S\.\s*|[A-Z]{1,3}\s*)?[$€£¥₹\d]/;
/** Right after a name, a verb of signing or closing a deal: "has closed a", "signed a $1.7 billion", "has inked". */
const SIGNS_OR_CLOSES_AFTER = /^\s+(?:(?:has|have|had|also|now|just|on\s+\w+day)\s+)*(?:signs|signed|inks|inked|closes|closed|seals|sealed|concludes|concluded|completes|completed)\s+(?:an?|the|its)\s/;
/**
 * Whether the words after a name say it acts on money: gives it (`gives`, the pattern its place in the clause needs), raises
 * it, signs or closes it (`signs`), or "said it will".
 */
function actsOnMoneyAfter(after: string, gives: RegExp, signs: RegExp): boolean {
  return gives.test(after) || SUBJECT_RAISES_AFTER.test(after) || signs.test(after) || SAID_IT_AFTER.test(after);
}
/** Right after a clause's opening name, a verb of signing or closing a sum: "has signed a 2.4 trillion peso financing". */
const SUBJECT_SIGNS_SUM_AFTER = new RegExp(String.raw`${SIGNS_OR_CLOSES_AFTER.source}(?:[\w-]+\s+){0,2}?(?:US\s*|U\.S\.\s*|[A-Z][A-Za-z]{0,2}\s*)?[$€£¥₹₦\d]`);
/** Right after a clause's opening name, a verb of raising money: "raises $42 million", "has secured a ₦30 billion". */
const SUBJECT_RAISES_AFTER = /^\s+(?:(?:has|have|had|also|now|just|reportedly)\s+)*(?:raises|raised|secures|secured|closes|closed|bags|bagged|lands|landed|nets|netted|snags|snagged|receives|received|attracts|attracted)\s+(?:(?:an?|another|further|fresh|new|additional|about|around|nearly|over|more\s+than|up\s+to)\s+)*(?:US\s*|U\.S\.\s*|[A-Z][A-Za-z]{0,2}\s*)?[$€£¥₹₦\d]/;

/**
 * The token right before the comma that may open an appositive after token `last`: `last` itself, or past an abbreviated
 * legal word's full stop ("Daesung Cell Materials Co., a Seoul-based maker").
 */
function beforeAppositiveComma(tokens: readonly Token[], last: number): number {
  // ("Institut Català de Finances (ICF), the Generalitat's public bank": past its short name in brackets.)
  if (tokens[last + 1]?.text === '(' && tokens[last + 3]?.text === ')' && tokens[last + 4]?.text === ',' && SHORT_NAME_TOKEN.test(tokens[last + 2]!.text)) return last + 3;
  return tokens[last + 1]?.text === '.' && tokens[last + 2]?.text === ',' && ABBREVIATED_LEGAL.has(tokens[last]!.text) ? last + 1 : last;
}

/**
 * The country of the trade an attribution later in the sentence gives its subject: ", the U.S. software maker said",
 * ", the German company added". Null when no such attribution names one country.
 */
function saidByRole(tokens: readonly Token[], covered: readonly (RawMatch | null)[], from: number): string | null {
  for (let k = from + 1; k + 3 < tokens.length; k++) {
    if (tokens[k]!.text !== ',' || tokens[k + 1]!.text !== 'the') continue;
    const countries = new Set<string>();
    for (let j = k + 2; j < tokens.length && j <= k + 7; j++) {
      const t = tokens[j]!.text;
      if (TRADE_NOUNS_AFTER.has(t)) {
        if (SAID_WORD.test(tokens[j + 1]?.text ?? '') && countries.size === 1) return [...countries][0]!;
        break;
      }
      const m = covered[j];
      if (m) {
        // (A name's own full stops, "U.S.", are inside it.)
        for (const c of m.candidates) if (c.kind === 'country' && c.country) countries.add(c.country);
        continue;
      }
      if (/^(?:,|;|\.|at|of|to|for|in|with|from|on|by|and|who|which|that)$/.test(t)) break;
    }
  }
  return null;
}
const SAID_WORD = /^(?:said|says|added|announced|confirmed|told|stated)$/;

/** Whether the run from token s opens its sentence: its first word, after a dateline's dash, or after "Rival". */
function clauseOpener(tokens: readonly Token[], text: string, i: number, s: number): boolean {
  if (s !== i && !(s === i + 1 && RIVAL_BEFORE.has(tokens[i]!.text))) return false;
  if (i === 0) return true;
  const prev = tokens[i - 1]!.text;
  return (prev === '-' || prev === '–' || prev === '—' || prev === '--') && /\s$/.test(text.slice(0, tokens[i]!.start)) && !/\w-$/.test(text.slice(0, tokens[i - 1]!.end));
}

/** The head of a name of two or more words that is a compound naming a bank: "Sächsische Aufbaubank", "Kreissparkasse". */
const COMPOUND_BANK_HEAD = /^\p{Lu}\p{Ll}+(?:bank|kasse)$/u;
/** One word naming a bank: "VPBank", "Vietcombank" (not "Bank" alone). */
const BANK_WORD = /^[A-Z][A-Za-z]{1,20}(?<!^B)[Bb]ank$/;
const CAP_WORD = /^\p{Lu}[\p{L}\p{N}'.]*$/u;
// An ASCII first character other than A-Z settles it without the Unicode regex.
const isCapWord = (t: string) => {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 && CAP_WORD.test(t) : CAP_WORD.test(t);
};

/** Romance words that join a name's words as "and" does: "et", "e", "y". */
const ROMANCE_AND: ReadonlySet<string> = new Set(['et', 'e', 'y']);

/**
 * How many tokens from `k` make a French connector with an elided article, or "and" before "of": "d'", "de l'", "et de",
 * "et de l'", "et d'" (0 if none). An apostrophe counts only written with no space on either side.
 */
function romanceConnector(tokens: readonly Token[], k: number): number {
  let n = 0;
  if (ROMANCE_AND.has(tokens[k]?.text ?? '') && (ROMANCE_OF.has(tokens[k + 1]?.text ?? '') || tokens[k + 1]?.text === 'd')) n = 1;
  const of = tokens[k + n]?.text ?? '';
  if (of === 'd' && tokens[k + n + 1]?.text === "'" && gluedBothSides(tokens, k + n + 1)) return n + 2;
  if (ROMANCE_OF.has(of) && tokens[k + n + 1]?.text === 'l' && tokens[k + n + 2]?.text === "'" && gluedBothSides(tokens, k + n + 2)) return n + 3;
  return n === 1 ? 2 : 0;
}

/**
 * A hyphen or apostrophe inside a name is glued to the words on both sides ("Coca-Cola", "O'Neill"); one with
 * spaces around it is a dash ("LAGOS, Nov 26 - Hoshino Safety Systems", after a dateline).
 */
function gluedBothSides(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return before !== undefined && after !== undefined && before.end === tokens[k]!.start && tokens[k]!.end === after.start;
}

/**
 * "Siemens USA will invest", "Samsung India has signed": a listed company's name, then a country's, then a verb, name
 * the company's unit in that country, of the company's country (the country is part of the name, not a party).
 */
function localUnits(tokens: readonly Token[], matches: readonly RawMatch[], text: string): UnknownOrg[] {
  const out: UnknownOrg[] = [];
  for (let k = 0; k + 1 < matches.length; k++) {
    const company = matches[k]!;
    const country = matches[k + 1]!;
    if (country.startTok !== company.endTok || text.slice(tokens[company.endTok - 1]!.end, tokens[country.startTok]!.start) !== ' ') continue;
    if (!isListedCompany(company)) continue;
    if (!country.candidates.every((c) => c.kind === 'country') || !UNIT_VERB_AFTER.test(text.slice(tokens[country.endTok - 1]!.end, tokens[country.endTok - 1]!.end + 30))) continue;
    out.push({ s: company.startTok, e: country.endTok, absorbed: company, tail: country, type: 'company' });
  }
  return out;
}
const UNIT_VERB_AFTER = /^\s+(?:will|would|has|have|had|is|was|plans?|planned|said|says|announced|signed|agreed|to|invests?|invested|intends|aims|leaders|executives|officials|chief|CEO|president|head|spokes(?:man|woman|person))\b/;

/** Unknown organisations: capitalised phrases ending in an organisation word ("Kestrel Minerals", "Gulf Star Holdings Ltd"). */
function capitalisedOrgs(tokens: readonly Token[], covered: readonly (RawMatch | null)[], text: string): UnknownOrg[] {
  const out: UnknownOrg[] = [];
  let i = 0;
  while (i < tokens.length) {
    // ("INDIA'S Kaveri Copper Resources": a possessive written in capitals, as a lead's first word is, starts no name.)
    if (covered[i] || !isCapWord(tokens[i]!.text) || (tokens[i]!.text === 'S' && i > 0 && tokens[i - 1]!.text === "'" && gluedBothSides(tokens, i - 1))) {
      i++;
      continue;
    }
    // Grow a run of capitalised words joined by connectors, hyphens or apostrophes inside a word.
    let j = i;
    let lastCap = i;
    let romance = 0;
    let tail: RawMatch | undefined;
    while (j + 1 < tokens.length && !covered[j + 1]) {
      const t = tokens[j + 1]!;
      const gapOk = text.slice(tokens[j]!.end, t.start).length <= 1;
      if (!gapOk) break;
      // ("Mizuho Bank, Ltd.": a legal word after a comma is the name's.)
      if (t.text === ',' && isCapWord(tokens[j]!.text) && j + 2 < tokens.length && !covered[j + 2] && COMMA_LEGAL.has(tokens[j + 2]!.text) && text.slice(t.end, tokens[j + 2]!.start) === ' ') {
        j += 2;
        lastCap = j;
        continue;
      }
      // ("Hengli Knit Apparels (BD) Co Ltd", "Yunnan Jinlong Garment (Myanmar) Co Ltd": a country in brackets before the
      // legal words is the name's.)
      if (t.text === '(' && tokens[j + 3]?.text === ')' && tokens[j + 4] !== undefined && /^[A-Z][A-Za-z]{1,20}$/.test(tokens[j + 2]?.text ?? '') && isCapWord(tokens[j]!.text) && text.slice(tokens[j]!.end, t.start) === ' ' && !covered[j + 4] && LEGAL_SUFFIXES.has(tokens[j + 4]!.text) && text.slice(tokens[j + 3]!.end, tokens[j + 4]!.start) === ' ') {
        j += 4;
        lastCap = j;
        continue;
      }
      // ("Hyundai Mobis Co. Ltd.": an abbreviated legal word's full stop does not end the name when another follows.)
      if (t.text === '.' && ABBREVIATED_LEGAL.has(tokens[j]!.text) && j + 2 < tokens.length && !covered[j + 2] && LEGAL_SUFFIXES.has(tokens[j + 2]!.text) && text.slice(t.end, tokens[j + 2]!.start) === ' ') {
        j += 2;
        lastCap = j;
        continue;
      }
      // ("JA Solar Technology Co., Ltd.": nor does a comma after it, as Chinese filings write the legal words.)
      if (t.text === '.' && ABBREVIATED_LEGAL.has(tokens[j]!.text) && tokens[j + 2]?.text === ',' && j + 3 < tokens.length && !covered[j + 3] && LEGAL_SUFFIXES.has(tokens[j + 3]!.text) && text.slice(t.end, tokens[j + 3]!.start) === ', ') {
        j += 3;
        lastCap = j;
        continue;
      }
      if (isCapWord(t.text) || (/^\d+$/.test(t.text) && isCapWord(tokens[j]!.text))) {
        j++;
        lastCap = j;
      } else if (t.text === 'and' && ((j > i && NAME_ENDS.has(tokens[j]!.text) && isCapWord(tokens[j + 3]?.text ?? '')) || LEGAL_SUFFIXES.has(tokens[j]!.text)) && isCapWord(tokens[j + 2]?.text ?? '')) {
        // "Access Bank and Zenith Bank": a name ended by its head word, then "and" and another name, are two; so are
        // names a legal form ends ("Equinor ASA and Polenergia S.A.").
        break;
      } else if (
        (CONNECTORS.has(t.text) || ((t.text === '-' || t.text === "'") && gluedBothSides(tokens, j + 1))) &&
        j + 2 < tokens.length &&
        !covered[j + 2] &&
        isCapWord(tokens[j + 2]!.text) &&
        // ("Iskandar Cloud Holdings Bhd for RM2.1bil": a currency run into its digits after a connector is a sum, not a name;
        // so is one written apart from them, "Reliance New Energy for Rs 8,250 crore".)
        !(CONNECTORS.has(t.text) && (/\d/.test(tokens[j + 2]!.text) || /^[\d$€£¥₹]/.test(tokens[j + 3]?.text ?? '')))
      ) {
        j++;
      } else if ((romance = romanceConnector(tokens, j + 1)) > 0 && !covered[j + 1 + romance] && isCapWord(tokens[j + 1 + romance]?.text ?? '')) {
        // ("Office National de l'Électricité et de l'Eau Potable", "Société Nationale d'Électricité": French elided
        // articles and "et" before "de" join a name's words as "of the" and "and" do.)
        j += romance;
      } else if (
        // ("Pag-asa Rural Bank": a capitalised word hyphened to a lower-case one, the name running on after it.)
        t.text === '-' &&
        gluedBothSides(tokens, j + 1) &&
        isCapWord(tokens[j]!.text) &&
        /^\p{Ll}+$/u.test(tokens[j + 2]?.text ?? '') &&
        // (Not a description: "JSE-listed", "Lagos-based", "state-run", "Chinese-made".)
        !/(?:ed|based|listed|owned|backed|led|run|born|made|style|era|bound|wide|level|focused|linked|type)$/.test(tokens[j + 2]!.text) &&
        j + 3 < tokens.length &&
        !covered[j + 3] &&
        isCapWord(tokens[j + 3]!.text) &&
        text.slice(tokens[j + 2]!.end, tokens[j + 3]!.start) === ' '
      ) {
        j += 2;
      } else if (
        CONNECTORS.has(t.text) &&
        t.text !== 'the' &&
        // ("Sparkasse Zwickau and the Sächsische Aufbaubank": "and the" starts another name, unless it goes on what "of"
        // or "for" began: "Japan Fund for Prosperous and Resilient Asia and the Pacific".)
        (t.text !== 'and' || tokens.slice(i, j + 1).some((k) => k.text === 'of' || k.text === 'for')) &&
        (tokens[j + 2]?.text === 'the' || (ROMANCE_OF.has(t.text) && ROMANCE_ARTICLES.has(tokens[j + 2]?.text ?? ''))) &&
        j + 3 < tokens.length &&
        !covered[j + 3] &&
        isCapWord(tokens[j + 3]!.text)
      ) {
        // "Bank of the South", "Agency for the Development of ...", "Banco de la Nación".
        j += 2;
      } else if (
        tail === undefined &&
        (t.text === 'of' ? ORG_HEADS.has(tokens[j]!.text) : t.text === 'for' ? PUBLIC_BODY_HEADS.has(tokens[j]!.text) : ROMANCE_OF.has(t.text) && opensWithRomanceHead(tokens, i, j))
      ) {
        // ("Banco Provincia del Neuquén": a name its Romance head word opens runs on through "del" and a place.)
        // "General Authority for the Suez Canal Economic Zone", "Industrial Development Corporation of
        // South Africa": a known place or country after an organisation word ends the name.
        const k = tokens[j + 2]?.text === 'the' ? j + 3 : j + 2;
        const place = covered[k];
        // Not a possessive ("Kestrel Holdings of Kenya's railway" is the railway's Kenya).
        if (!place || place.startTok !== k || !place.candidates.every((c) => c.kind === 'place' || c.kind === 'country') || tokens[place.endTok]?.text === "'") break;
        tail = place;
        j = place.endTok - 1;
        lastCap = j;
        // ("Water Authority of Jordan for the Aqaba-Amman project": the country ends the name.)
        break;
      } else break;
    }
    let runEnd = lastCap;
    // ("Kestrel Renewables B.V.", "Acme S.A.": a legal form written in dotted letters is the name's last word.)
    const dotted = tokens[runEnd]!.text.length === 1 ? DOTTED_LEGAL_AFTER.exec(text.slice(tokens[runEnd]!.end, tokens[runEnd]!.end + 8)) : null;
    if (dotted) {
      const stop = tokens[runEnd]!.end + dotted[0].length - 1;
      while (runEnd + 1 < tokens.length && tokens[runEnd + 1]!.end <= stop && !covered[runEnd + 1]) runEnd++;
    }
    // ("Meridian Edge Nigeria Limited": a country or place inside a name, before its legal word, is the name's.)
    if (tail === undefined && runEnd + 1 < tokens.length && covered[runEnd + 1] && text.slice(tokens[runEnd]!.end, tokens[runEnd + 1]!.start) === ' ') {
      const place = covered[runEnd + 1]!;
      const legal = tokens[place.endTok];
      if (place.startTok === runEnd + 1 && place.candidates.every((c) => c.kind === 'place' || c.kind === 'country') && legal !== undefined && !covered[place.endTok] && LEGAL_SUFFIXES.has(legal.text) && text.slice(tokens[place.endTok - 1]!.end, legal.start) === ' ' && runEnd >= i && isCapWord(tokens[runEnd]!.text)) {
        tail = place;
        runEnd = place.endTok;
      }
    }
    // ("a loan from Stanbic Bank Kenya": a bank's local unit, named by its country after "Bank", of that country; "Prospect
    // Lithium Zimbabwe, a subsidiary of China's Zhejiang Huayou Cobalt,": any company's, when an appositive says it is one.)
    let unitHead: string | null = null;
    const headWord = tokens[runEnd]!.text;
    // (With the appositive, any name will do: "GlobalWafers America, the U.S. subsidiary of Taiwan's GlobalWafers Co.".)
    const comma = covered[runEnd + 1] ? tokens[covered[runEnd + 1]!.endTok] : undefined;
    const unitNamed = tail === undefined && comma?.text === ',' && UNIT_APPOSITIVE.test(text.slice(comma.end, comma.end + 40));
    if (tail === undefined && (runEnd > i || unitNamed) && (headWord === 'Bank' || ORG_HEADS.has(headWord) || unitNamed) && covered[runEnd + 1] && text.slice(tokens[runEnd]!.end, tokens[runEnd + 1]!.start) === ' ') {
      const country = covered[runEnd + 1]!;
      const next = tokens[country.endTok];
      // (Any other head is named so only by the unit appositive, already read: `next` is the comma `unitNamed` looked past.)
      const named = headWord === 'Bank' ? next === undefined || (!isCapWord(next.text) && next.text !== "'" && next.text !== '’' && next.text !== '(') : unitNamed;
      if (country.startTok === runEnd + 1 && country.candidates.every((c) => c.kind === 'country') && tokens[country.startTok]!.text !== 'the' && named) {
        tail = country;
        unitHead = headWord;
        runEnd = country.endTok - 1;
      }
    }
    let s = i;
    while (s <= runEnd && LEADING_NOISE.has(tokens[s]!.text)) s++;
    // (The head word is the last before a dotted legal form: "Holdings" of "Acme Holdings S.A.".)
    const head = unitHead ?? tokens[dotted && lastCap > i ? lastCap - 1 : runEnd]!.text;
    const role = s === i ? roleBefore(tokens, covered, s) : null;
    // ("a loan to French renewable energy company Voltalia for the Serra Branca II wind complex": a name a role noun
    // introduces stops before "for" or "the", which start what the money is for; "Kestrel Fund for Development" runs on
    // past its head word.)
    if (role !== null) {
      for (let h = s + 1; h < runEnd; h++) {
        if ((tokens[h]!.text === 'for' || tokens[h]!.text === 'the') && !ORG_HEADS.has(tokens[h - 1]!.text) && !PUBLIC_BODY_HEADS.has(tokens[h - 1]!.text)) {
          runEnd = h - 1;
          break;
        }
      }
    }
    let after: { type: FunderType; country: string | null } | null = null;
    let introducer: { noun: string; start: number } | null = null;
    let group: RawMatch | null = null;
    // "Bank of Industry", "Agency for International Development": a head word, then "of" or "for" and the rest of the name.
    let headBeforeConnector = false;
    // ("Coordinating Council for Economic Development": a public body's head word before "for" too; "Board of Executive
    // Directors" is a lender's own board.)
    for (let h = s; h < runEnd && !headBeforeConnector; h++) headBeforeConnector = (ORG_HEADS.has(tokens[h]!.text) && CONNECTORS.has(tokens[h + 1]!.text) && tokens[h + 1]!.text !== 'and') || (PUBLIC_BODY_HEADS.has(tokens[h]!.text) && tokens[h + 1]!.text === 'for');
    const spelled = s <= runEnd ? spelledOut(tokens, covered, text, s, runEnd) : null;
    const fromPlace = spelled === null && s === i && s <= runEnd ? spelledFromPlace(tokens, covered, text, s, runEnd) : null;
    if (fromPlace !== null) {
      // "Pakistan State Oil (PSO)": a place and the words after it whose initials the acronym spells are one name.
      out.push({ s: fromPlace.place.startTok, e: fromPlace.e, absorbed: fromPlace.place, ...(role ? { type: role.type, country: role.country } : {}) });
    } else if (spelled !== null) {
      // "Distribuție Energie Electrică Romania (DEER)": words whose initials the bracketed acronym after them spells
      // are one name, a country among them included (its country).
      // ("Institut Català de Finances (ICF), the Generalitat's public bank,": an appositive past the acronym gives its trade.)
      const last = spelled.e - 1;
      const appositive = role === null && !spelled.tail && tokens[beforeAppositiveComma(tokens, last) + 1]?.text === ',' && NAME_THEN_TRADE.test(text.slice(tokens[last]!.start, tokens[last]!.end + 80).replace(ACRONYM_BEFORE_COMMA, '$1,')) ? roleAfter(tokens, covered, last) : null;
      out.push({ s, e: spelled.e, absorbed: null, ...(spelled.tail ? { tail: spelled.tail } : {}), ...(role ? { type: role.type, country: role.country } : {}), ...appositiveFacts(appositive, text.slice(tokens[s]!.start, tokens[last]!.end)) });
    } else if (role !== null && wordsIn(tokens, s, runEnd) <= 4 && !ORG_HEADS.has(head)) {
      // "Vietnamese electric carmaker VinFast", "Vietnam's miner Vedanta": a name after a country's role noun.
      out.push({ s, e: runEnd + 1, absorbed: null, type: role.type, country: role.country });
    } else if (placeOpensName(tokens, covered, text, i) && runEnd - s < 4 && (after = roleBefore(tokens, covered, covered[i - 1]!.startTok)) !== null) {
      // "Chinese auto parts manufacturer Zhejiang Lingtai Drivetrain": a role noun's name may open with a place.
      const place = covered[i - 1]!;
      out.push({ s: place.startTok, e: runEnd + 1, absorbed: place, type: after.type, country: after.country });
    } else if (s <= runEnd && (ORG_HEADS.has(head) || unitHead !== null || (runEnd > s && COMPOUND_BANK_HEAD.test(head) && !runHasConnector(tokens, s, runEnd)) || (LOCAL_BODY_HEADS.has(head) && (runEnd > s || (i > 0 && covered[i - 1] !== null))) || headBeforeConnector || (runEnd > s && LEADING_HEADS.has(tokens[s]!.text)) || namedBoard(tokens, s, runEnd) || (PLAIN_RUN_HEADS.has(head) && !runHasConnector(tokens, s, runEnd)) || (dotted !== null && runEnd > s))) {
      // ("Solvento Energia S.A.": a legal form in dotted letters after two words or more makes them a company's name.)
      // A country, demonym or place right before the run is part of the name: "Saudi Electricity Company".
      // ("Vale do Jequitinhonha Lítio SA": so is a company's one-word name before a Romance "of".)
      const romance = s === i && i > 1 && ROMANCE_OF.has(tokens[i - 1]!.text) && text.slice(tokens[i - 2]!.end, tokens[i]!.start) === ` ${tokens[i - 1]!.text} ` ? covered[i - 2] : null;
      if (romance && romance.endTok - romance.startTok === 1 && isListedCompany(romance)) {
        out.push({ s: romance.startTok, e: runEnd + 1, absorbed: romance, ...(role ? { country: role.country } : {}) });
        i = runEnd + 1;
        continue;
      }
      const before = s === i && i > 0 ? covered[i - 1] : null;
      // So is a company's one-word name: "Tata Steel", "Vale Base Metals" are companies of their own,
      // of the group's country.
      const glued =
        before &&
        text.slice(tokens[i - 1]!.end, tokens[i]!.start) === ' ' &&
        (before.candidates.every((c) => c.kind !== 'organization') ||
          (before.endTok - before.startTok === 1 && isListedCompany(before)))
          ? before
          : null;
      // ("LG Energy Solution Michigan Inc.": a listed company, a place and a legal word name the company's local unit,
      // of the company's country; the place is part of the name.)
      const parent = glued && runEnd === s && LEGAL_SUFFIXES.has(head) && glued.startTok > 0 ? covered[glued.startTok - 1] : null;
      if (parent && text.slice(tokens[glued!.startTok - 1]!.end, tokens[glued!.startTok]!.start) === ' ' && isListedCompany(parent)) {
        out.push({ s: parent.startTok, e: runEnd + 1, absorbed: parent, tail: glued!, type: 'company' });
        i = runEnd + 1;
        continue;
      }
      const words = runEnd - s + 1 + (glued ? glued.endTok - glued.startTok : 0);
      // (A legal form alone after a name the reference knows, "LG Energy Solution Ltd.", "MUFG Bank, Ltd.", is that name's,
      // not one of its own.)
      const known = i > 0 && covered[i - 1] ? covered[i - 1] : i > 1 && tokens[i - 1]!.text === ',' ? covered[i - 2] : null;
      // ("Hanseo Materials, a South Korean producer of copper foil,": with no role before it, an appositive after it gives its
      // trade and country, as it does a name of no head word.)
      // ("Daesung Cell Materials Co., a Seoul-based maker": past an abbreviated legal word's full stop.)
      const comma = tokens[beforeAppositiveComma(tokens, runEnd) + 1]?.text === ',';
      const appositive = role === null && !tail && comma && NAME_THEN_TRADE.test(text.slice(tokens[runEnd]!.start, tokens[runEnd]!.end + 80).replace(ACRONYM_BEFORE_COMMA, '$1,')) ? roleAfter(tokens, covered, runEnd) : null;
      if (words >= 2 || (LEGAL_SUFFIXES.has(head) && !(runEnd === s && known && known.candidates.some((c) => c.kind === 'organization')))) out.push({ s: glued ? glued.startTok : s, e: runEnd + 1, absorbed: glued, ...(tail ? { tail } : {}), ...(role ? { country: role.country } : {}), ...(unitHead === 'Bank' ? { type: 'bank' as const } : unitHead !== null && !ORG_HEADS.has(unitHead) ? { type: 'company' as const } : dotted !== null && role === null && (!ORG_HEADS.has(head) || IS_TRADE_HEAD.has(head)) ? { type: 'company' as const } : {}), ...appositiveFacts(appositive, text.slice(tokens[s]!.start, tokens[runEnd]!.end)) });
    } else if (s <= runEnd && runEnd - s >= 1 && runEnd - s < 4 && !NOT_A_NAME.test(tokens[s]!.text) && OFFICER_AFTER.test(text.slice(tokens[runEnd]!.end, tokens[runEnd]!.end + 30))) {
      // "Corvus Minerals chief executive Helen Marsh told reporters": a name of two or more words before an
      // officer's title is the company the officer speaks for.
      out.push({ s, e: runEnd + 1, absorbed: null, type: 'company' });
    } else if (s <= runEnd && runEnd - s < 4 && tokens[runEnd + 1]?.text === ',' && !NOT_A_NAME.test(tokens[s]!.text) && NAME_THEN_TRADE.test(text.slice(tokens[runEnd]!.start, tokens[runEnd]!.end + 80)) && (after = roleAfter(tokens, covered, runEnd)) !== null) {
      // "Moriyama Electric, the Osaka-based maker of small precision motors, plans to invest": a name the
      // appositive after it gives a trade is a company, of the appositive's country.
      // ("Moldova Agroindbank, the country's largest lender,": a country right before a one-word bank is its name's.)
      const before = s === i && s === runEnd && i > 0 && BANK_WORD.test(head) ? covered[i - 1] : null;
      const glued = before && text.slice(tokens[i - 1]!.end, tokens[i]!.start) === ' ' && before.candidates.every((c) => c.kind === 'country' || c.kind === 'place') ? before : null;
      out.push({ s: glued ? glued.startTok : s, e: runEnd + 1, absorbed: glued, type: after.type, country: after.country ?? (glued ? (glued.candidates[0]!.country ?? null) : null) });
    } else if (s <= runEnd && s === i && tokens[i - 1]?.text.toLowerCase() === 'the' && fundAfter(tokens, runEnd)) {
      // "the Africa50 infrastructure fund": a name before a fund's lower-case description is the fund's.
      out.push({ s, e: runEnd + 1, absorbed: null });
    } else if (s === runEnd && BANK_WORD.test(head)) {
      // "Vietnam's VPBank", "Vietcombank": a bank named in one word.
      // ("Moldova Agroindbank": a country written right before it is part of its name.)
      const before = s === i && i > 0 ? covered[i - 1] : null;
      const glued = before && text.slice(tokens[i - 1]!.end, tokens[i]!.start) === ' ' && before.candidates.every((c) => c.kind === 'country' || c.kind === 'place') ? before : null;
      out.push({ s: glued ? glued.startTok : s, e: runEnd + 1, absorbed: glued, ...(role ? { country: role.country } : {}) });
    } else if (
      s === i &&
      runEnd - s < 3 &&
      !NOT_A_NAME.test(tokens[s]!.text) &&
      (possessorAt(tokens, covered, i)?.candidates.some((c) => c.kind === 'country') ?? false) &&
      // ("Turkey's Kaya Tekstil will put half a billion dollars into": a name of up to three words that gives.)
      (GIVING_VERB_AFTER.test(text.slice(tokens[runEnd]!.end, tokens[runEnd]!.end + 60)) ||
        // ("South Korea's Hanul Solar, which will supply the panels, will take a 30 percent stake": past a relative clause.)
        givesPastRelative(text.slice(tokens[runEnd]!.end, tokens[runEnd]!.end + 200)) ||
        (s === runEnd && RECEIVING_VERB_AFTER.test(text.slice(tokens[runEnd]!.end, tokens[runEnd]!.end + 30))) ||
        SAID_IT_AFTER.test(text.slice(tokens[runEnd]!.end, tokens[runEnd]!.end + 60)))
    ) {
      // "France's Alstom will invest Rs 1,200 crore", "Kenya's Safaricom gets KSh15bn": a one-word name the
      // reference does not know, of a country and giving or getting money, is a company; so is a name of up to three words that "said it will"
      // ("South Korea's Hanwha Qcells said on Wednesday it will spend"). (Without the country, a bare
      // capitalised word is read as nothing: it may open the sentence, or be a person's name.)
      out.push({ s, e: runEnd + 1, absorbed: null, type: 'company', possessed: true });
    } else if (
      s === i &&
      runEnd - s < 3 &&
      i > 0 &&
      tokens[i - 1]!.text !== 'based' &&
      (introducer = roleNounBefore(tokens, i)) !== null &&
      // (Not a noun that fits a person as well: "fund manager Mark Hale said it would invest" names a person.)
      !FITS_A_PERSON.has(introducer.noun) &&
      !NOT_A_NAME.test(tokens[s]!.text) &&
      !PUBLIC_SUBJECT.test(tokens[s]!.text) &&
      actsOnMoneyAfter(text.slice(tokens[runEnd]!.end, tokens[runEnd]!.end + 60), GIVING_VERB_AFTER, SIGNS_OR_CLOSES_AFTER)
    ) {
      // "Gas distributor Promigas has closed a COP 1.2 trillion financing package": a name of up to three words its role
      // noun introduces, with no country before it, that gives, raises, signs or closes money, or says "it will", is a
      // company's (or the role's kind).
      out.push({ s, e: runEnd + 1, absorbed: null, type: ROLE_NOUNS.get(introducer.noun)! });
    } else if (
      s === i &&
      runEnd - s < 2 &&
      (group = i > 0 ? (covered[i - 1] ?? null) : null) !== null &&
      group.endTok === i &&
      group.endTok - group.startTok === 1 &&
      isListedCompany(group) &&
      text.slice(tokens[i - 1]!.end, tokens[i]!.start) === ' ' &&
      !runHasConnector(tokens, s, runEnd) &&
      !NOT_A_NAME.test(tokens[s]!.text) &&
      actsOnMoneyAfter(text.slice(tokens[runEnd]!.end, tokens[runEnd]!.end + 60), GIVING_VERB_AFTER, SIGNS_OR_CLOSES_AFTER)
    ) {
      // "Mitsui Fudosan will acquire a 40% stake": a listed company's one-word name and a word or two after it, no head
      // word among them, that give or sign money name a company of its own, of the group's country (as "Tata Steel" does).
      out.push({ s: group.startTok, e: runEnd + 1, absorbed: group, type: 'company' });
    } else if (
      runEnd - s < 3 &&
      clauseOpener(tokens, text, i, s) &&
      !NOT_A_NAME.test(tokens[s]!.text) &&
      !PUBLIC_SUBJECT.test(tokens[s]!.text) &&
      actsOnMoneyAfter(text.slice(tokens[runEnd]!.end, tokens[runEnd]!.end + 60), SUBJECT_GIVES_AFTER, SUBJECT_SIGNS_SUM_AFTER)
    ) {
      // "Oracle will invest $5 billion in India", "Oracle to invest $5 billion" (a headline), "Rival Amazon Web
      // Services said last month it would invest": a name of up to three words that opens its sentence (or the
      // lead after its dateline) and gives money, or says "it will", is an organisation's: a person would say
      // "he" or "she", and the words that open a clause without naming anyone are excluded.
      // ("..., the U.S. software maker said on Thursday": the trade the sentence's attribution gives it names its country.)
      const country = saidByRole(tokens, covered, runEnd);
      out.push({ s, e: runEnd + 1, absorbed: null, opener: true, ...(country !== null ? { country } : {}) });
    } else if (s === i && runEnd - s < 4 && !NOT_A_NAME.test(tokens[s]!.text) && !PUBLIC_SUBJECT.test(tokens[s]!.text) && INVESTOR_BEFORE.test(text.slice(Math.max(0, tokens[s]!.start - 40), tokens[s]!.start))) {
      // "a Series B round led by Norrsken22", "with participation from Partech Africa": the investors a round names.
      out.push({ s, e: runEnd + 1, absorbed: null, type: 'other' });
    }
    i = runEnd + 1;
  }
  return out;
}

/** Right before a name, the words that make it an investor in a round: "led by", "co-led by", "with participation from". */
// (And the source of money named "from": "a ₦30 billion debt facility from Stanbic IBTC". "Led by" only after a round:
// "the talks were led by John Osei" names a person.)
const INVESTOR_BEFORE = /\b(?:(?:round|funding|investment|financing|raise|Series\s+[A-F]|seed)\s+(?:[\w-]+\s+){0,2}?(?:co-)?led\s+by|participation\s+(?:from|of)|joined\s+by|(?:loans?|facility|facilities|financing|funding|investment|debt|credit|capital|grants?|equity|backing)\s+from)\s+(?:(?:existing|new|returning)\s+)?(?:(?:investors?|backers?|lenders?|VC\s+firm|venture\s+(?:capital\s+)?firm)\s+)?$/i;

/**
 * What a text holds whatever its context: its tokens, the reference names in it, the countries it
 * names, the unknown organisations and acronyms. Only the choice between candidates of an
 * ambiguous name depends on the context, so this part is computed once per text and kept.
 */
interface Scan {
  tokens: Token[];
  matches: RawMatch[];
  /** Countries named without ambiguity, in order (what this text says when it is context). */
  own: string[];
  covered: (RawMatch | null)[];
  orgs: UnknownOrg[];
  absorbed: ReadonlySet<RawMatch>;
  /** Known names whose mention runs on through words that close a company's name, to the end token given (corporateTails). */
  extended: ReadonlyMap<RawMatch, number>;
  /**
   * Tokens that are one-word names the reference does not know: upper-case acronyms, and words with capitals inside
   * them ("NamPower"), which are read as companies.
   */
  bareNames: number[];
  /** Some name has several candidates, so the context may change the answer. */
  ambiguous: boolean;
  /** Some name is both a country and a place of another country ("Georgia"): a context naming it as a state may settle it (townThenState). */
  stateLike: boolean;
}

const scans = memoPerOwner<Scan>();
const NONE_ABSORBED: ReadonlySet<RawMatch> = new Set();
const found = memoPerOwner<readonly EntityMention[]>();

function scan(text: string, index: EntityIndex): Scan {
  const memo = scans(index);
  const known = memo.get(text);
  if (known) return known;
  const tokens = tokenize(text);
  const matches = knownMatches(tokens, index);
  const covered: (RawMatch | null)[] = new Array<RawMatch | null>(tokens.length).fill(null);
  for (const m of matches) for (let k = m.startTok; k < m.endTok; k++) covered[k] = m;
  const orgs = capitalisedOrgs(tokens, covered, text);
  // (Most texts name no company's local unit: nothing is copied then.)
  const units = localUnits(tokens, matches, text);
  if (units.length > 0) orgs.push(...units);
  // Most texts name no unknown organisation: they share one empty set and mark no tokens (a typed
  // array per text is a costly allocation). The shared set is only ever read.
  const extended = orgs.length === 0 ? NONE_EXTENDED : corporateTails(tokens, matches, orgs, text);
  const absorbed = orgs.length === 0 ? NONE_ABSORBED : new Set(orgs.flatMap((o) => [o.absorbed, o.tail ?? null]).filter((m): m is RawMatch => m !== null));
  // One-word names the reference does not know: upper-case acronyms, and words with capitals inside them.
  const inOrg = orgs.length === 0 && extended.size === 0 ? null : new Uint8Array(tokens.length);
  if (inOrg) for (const o of orgs) for (let k = o.s; k < o.e; k++) inOrg[k] = 1;
  // (The words a known name runs on through are its own: "Equinor ASA" names no "ASA".)
  if (inOrg) for (const [m, e] of extended) for (let k = m.endTok; k < e; k++) inOrg[k] = 1;
  const bareNames: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // Most tokens fail the acronym test at the first letter or the length: read those before the regex.
    const c = t.text.charCodeAt(0);
    if (c < 65 || c > 90 || t.text.length < 2) continue;
    // ("NamPower has signed", "PetroVietnam Power": a word with a capital inside it is a company's name, as a
    // person's "McDonald" or "DeSantis" is not.)
    if (t.text.length > 6 || /[a-z]/.test(t.text)) {
      if (CAMEL_NAME.test(t.text) && !CAMEL_SURNAME.test(t.text) && !covered[k] && (inOrg === null || inOrg[k] !== 1)) bareNames.push(k);
      continue;
    }
    if (covered[k] || (inOrg !== null && inOrg[k] === 1) || !/^[A-Z]{2,6}$/.test(t.text) || index.notAcronyms.has(t.text)) continue;
    // ("NT$9.6 billion", "S$1.2 billion": letters glued to a dollar sign are the currency's, not a name.)
    if (text.charCodeAt(t.end) === 36) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    // A headline in capitals, a dateline ("LAGOS:"), a model number ("JF-17") are not organisations.
    if (capsNeighbour(prev, prev ? text.slice(prev.end, t.start) : '') || capsNeighbour(next, next ? text.slice(t.end, next.start) : '')) continue;
    if (next && next.text === '-' && tokens[k + 2] && /^\d/.test(tokens[k + 2]!.text)) continue;
    if (next && next.text === ':' && k === 0) continue;
    // ("Wheaton Precious Metals (TSX: WPM; NYSE: WPM)": the ticker after an exchange is the company's, never a party of its own.)
    if (prev?.text === ':' && IS_STOCK_EXCHANGE.has(tokens[k - 2]?.text ?? '')) continue;
    bareNames.push(k);
  }
  const ambiguous = matches.some((m) => m.candidates.length > 1);
  const stateLike = ambiguous && matches.some((m) => stateOf(m.candidates) !== null);
  return memo.set(text, { tokens, matches, own: countriesIn(matches), covered, orgs, absorbed, extended, bareNames, ambiguous, stateLike });
}

/** Words that close a company's name and say nothing of their own: "Financial Group", "Holdings", "Corporation". */
const CORPORATE_TAIL: ReadonlySet<string> = new Set(['Financial', 'Group', 'Holdings', 'Holding', 'Corporation', 'Company', ...LEGAL_SUFFIXES]);
const CORPORATE_TAIL_LAST: ReadonlySet<string> = new Set([...CORPORATE_TAIL].filter((w) => w !== 'Financial'));
const NONE_EXTENDED: ReadonlyMap<RawMatch, number> = new Map();

/**
 * "Japan's Mizuho Financial Group will acquire", "Gotion High-Tech Co., Ltd.", "BYD Co., Ltd.": an organisation the
 * reference knows, a space (or " & ") before words that only close a company's name (up to three, their full stops and
 * commas between), is that organisation; the words are its name's (the run they make, or the company read as the two together,
 * is dropped from `orgs`) and its mention ends after them. The end token of each name so extended.
 */
function corporateTails(tokens: readonly Token[], matches: readonly RawMatch[], orgs: UnknownOrg[], text: string): ReadonlyMap<RawMatch, number> {
  let extended: Map<RawMatch, number> | null = null;
  for (const m of matches) {
    if (!m.candidates.every((c) => c.kind === 'organization')) continue;
    // ("JPMorgan Chase & Co.": past an ampersand.)
    const amp = tokens[m.endTok]?.text === '&' && text.slice(tokens[m.endTok - 1]!.end, tokens[m.endTok]!.start) === ' ' ? 1 : 0;
    const k = m.endTok + amp;
    // The run after the name, or the company read as the name and the run together ("BYD Co., Ltd").
    const run = orgs.findIndex((o) => (o.s === k && !o.absorbed) || (amp === 0 && o.absorbed === m && o.s === m.startTok && !o.tail));
    if (run < 0) continue;
    const o = orgs[run]!;
    if (o.e <= k || o.e - k > 5 || text.slice(tokens[k - 1]!.end, tokens[k]!.start) !== ' ' || !CORPORATE_TAIL_LAST.has(tokens[o.e - 1]!.text)) continue;
    let all = true;
    for (let j = k; j < o.e && all; j++) all = CORPORATE_TAIL.has(tokens[j]!.text) || (j > k && (tokens[j]!.text === '.' || tokens[j]!.text === ','));
    if (!all) continue;
    orgs.splice(run, 1);
    (extended ??= new Map()).set(m, o.e);
  }
  return extended ?? NONE_EXTENDED;
}

/** A word with capitals inside it, as companies write their names: "NamPower", "KazMunayGas", "PetroVietnam". */
const CAMEL_NAME = /^[A-Z][a-z]{2,}(?:[A-Z][a-z]+)+$|^[A-Z][a-z]{2,}[A-Z]{2,}$/;
/** Surnames so written: "McDonald", "MacKenzie", "DeSantis", "LaGuardia", "VanDerBeek". */
const CAMEL_SURNAME = /^(?:Mc|Mac|De|Di|Da|Del|La|Le|Van|Von|Fitz|St)[A-Z]/;

/** A word in capitals beside an acronym, with nothing but spaces between them. */
function capsNeighbour(n: Token | undefined, gap: string): boolean {
  return n !== undefined && /^[A-Z]{2,}$/.test(n.text) && gap.trim() === '';
}

/** Offsets and text of tokens [s, e) of a text. */
function spanOf(text: string, tokens: readonly Token[], s: number, e: number): { start: number; end: number; surface: string } {
  return { start: tokens[s]!.start, end: tokens[e - 1]!.end, surface: text.slice(tokens[s]!.start, tokens[e - 1]!.end) };
}

/** Right before a former name: "(formerly GIEK)", "previously known as". */
const FORMERLY_BEFORE = /\b(?:formerly|previously|once)\s+(?:known\s+as\s+|called\s+|named\s+)?$/i;

/** Find every country, organisation and place named in `text`. Never throws; returns mentions in text order. */
export function findEntities(text: string, index: EntityIndex, options: FindOptions = {}): EntityMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const s = scan(text, index);
  // The context matters only through the countries it names, and only when a name is ambiguous:
  // the answer is kept by text and those countries.
  const nearby = s.ambiguous ? [...s.own, ...(options.context ?? []).flatMap((t) => (typeof t === 'string' && t.length > 0 ? scan(t, index).own : []))] : s.own;
  const named = namedInContext(text, options.context, index);
  // Only a name found by a possessive alone may be a person's: the titles are looked for then.
  const persons = s.orgs.some((o) => o.possessed) ? personsNamed(text, options.context) : NO_PERSONS;
  // "in Georgia" after "in Cartersville, Georgia": the state the context names so (townThenState), asked
  // only when this text has such a name (most findEntities calls do not, and the context is scanned for it).
  const states = s.stateLike ? statesInContext(options.context, index, nearby) : NO_STATES;
  const countriesKey = !s.ambiguous || nearby.length === 0 ? '' : nearby.join('\u0000');
  let variant = named.length === 0 ? countriesKey : `${countriesKey}\u0001${named.map((n) => n.name).join('\u0000')}`;
  if (persons.size > 0) variant += `\u0002${[...persons].join('\u0000')}`;
  if (states.size > 0) variant += `\u0003${[...states].join('\u0000')}`;
  const memo = found(index);
  const known = memo.get(text, variant);
  if (known) return known as EntityMention[];
  return memo.set(text, freezeRows(mentionsOf(text, s, nearby, named, persons, states)), variant) as EntityMention[];
}

/** A company a nearby sentence introduced by its role ("Vietnamese carmaker VinFast"), named again in this text. */
interface NamedOrg {
  name: string;
  words: readonly string[];
  /** The name's first word, when it can stand for the name alone ("Kalyon" for "Kalyon Enerji"); else null. */
  short: string | null;
  type: FunderType;
  country: string | null;
  /** Introduced only by a country's possessive: a person's name, if the context gives it a title (see personsNamed). */
  possessed?: true;
  /** The acronym given in brackets right after the name ("Jubail Coastal Refining Company (JCRC)"), if any. */
  acronym?: string;
}

const NO_NAMED: readonly NamedOrg[] = Object.freeze([]);
const namedMemo = memoPerOwner<readonly NamedOrg[]>();

/** The companies a text introduces by their role ("Vietnamese electric carmaker VinFast"), kept per text. */
function introducedIn(t: string, index: EntityIndex): readonly NamedOrg[] {
  const memo = namedMemo(index);
  const known = memo.get(t);
  if (known) return known;
  // Most sentences name no company by its role, after a possessive or by a head word: a literal test spares scanning them.
  if (!ROLE_THEN_NAME.test(t) && !POSSESSIVE_THEN_NAME.test(t) && !ORG_HEAD_WORD.test(t) && !NAME_THEN_TRADE.test(t)) return memo.set(t, NO_NAMED);
  const c = scan(t, index);
  const out: NamedOrg[] = [];
  for (const o of c.orgs) {
    // Introduced by a role: a type from the role, or a country from it ("Chinese battery maker EVE Energy", whose name gives its type);
    // or by a country's possessive ("Kenya's Safaricom gets KSh15bn"), of that country (a person's name is left out: namedInContext);
    // or named in full with a head word, to be found again by its first word alone ("Bharti will contribute" after
    // "a joint venture with Bharti Enterprises"; a first word the reference knows, "Singapore", stays the country).
    const words = c.tokens.slice(o.s, o.e).map((k) => k.text);
    // ("Saudi Arabia's Jubail Coastal Refining Company (JCRC)": "JCRC" stands for it in later sentences.)
    const acronym = c.tokens[o.e]?.text === '(' && c.tokens[o.e + 2]?.text === ')' && /^[A-Z]{2,6}$/.test(c.tokens[o.e + 1]?.text ?? '') && !index.notAcronyms.has(c.tokens[o.e + 1]!.text) ? c.tokens[o.e + 1]!.text : undefined;
    // ("Sichuan Yalong Lithium", later "Yalong": a name opening with a place it took in is found again by the word after it.)
    const opening = o.absorbed && o.absorbed.startTok === o.s ? o.absorbed : c.covered[o.s];
    const lead = opening && opening.startTok === o.s && opening.endTok < o.e && opening.candidates.some((k) => k.kind === 'place' || k.kind === 'country') ? opening.endTok - o.s : 0;
    const short = lead > 0 ? shortNameOf(words.slice(lead)) : shortNameOf(words);
    if (o.type === undefined && o.country === undefined && acronym === undefined && ((o.absorbed && lead === 0) || o.tail || short === null)) continue;
    const name = spanOf(t, c.tokens, o.s, o.e).surface;
    // ("Saudi Arabia's Jubail Coastal Refining Company": a possessive country is the company's, named by its head word or not.)
    const owner = o.country === undefined ? possessorAt(c.tokens, c.covered, o.s) : null;
    const country = o.country ?? (owner ? (settle(owner.candidates, c.own)?.country ?? null) : o.absorbed ? (settle(o.absorbed.candidates, c.own)?.country ?? null) : null);
    if (!out.some((n) => n.name === name)) out.push({ name, words, short, type: o.type ?? typeFromName(name), country, ...(o.possessed ? { possessed: true as const } : {}), ...(acronym ? { acronym } : {}) });
  }
  return memo.set(t, out.length === 0 ? NO_NAMED : freezeRows(out));
}

/** Words that begin many names and stand for none alone ("Global", "National"). */
const NOT_SHORT_NAMES = new Set(['New', 'National', 'General', 'Global', 'International', 'United', 'Royal', 'First', 'Great', 'Central', 'Golden', 'Green', 'Blue', 'Red', 'Black', 'White', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Gulf', 'Pacific', 'Atlantic', 'Asia', 'Africa', 'Euro', 'Trans', 'Inter', 'Energy', 'Power', 'State', 'City', 'Capital', 'Group', 'Holding', 'Holdings', 'The']);

/** "Kalyon" for "Kalyon Enerji": a first word that is a name of its own (capitalised, not a common name-opening word). */
export function shortNameOf(words: readonly string[]): string | null {
  const first = words[0];
  return words.length >= 2 && first !== undefined && /^[A-Z][a-z]{2,}$/.test(first) && !NOT_SHORT_NAMES.has(first) ? first : null;
}

/** The companies the context introduced by their role and this text names again ("VinFast will invest $500m"), in full or by their first word. */
function namedInContext(text: string, context: readonly string[] | undefined, index: EntityIndex): readonly NamedOrg[] {
  if (!context || context.length === 0) return NO_NAMED;
  let out: NamedOrg[] | null = null;
  for (const t of context) {
    if (typeof t !== 'string' || t.length === 0 || t === text) continue;
    for (const n of introducedIn(t, index)) {
      if (!(text.includes(n.name) || (n.short !== null && text.includes(n.short)) || (n.acronym !== undefined && text.includes(n.acronym))) || out?.some((o) => o.name === n.name)) continue;
      (out ??= []).push(n);
    }
  }
  // "Kenya's Ruto gets ..." beside "President William Ruto": a person, not a company.
  if (out?.some((n) => n.possessed)) {
    const persons = personsNamed(text, context);
    out = out.filter((n) => !(n.possessed && persons.has(n.words[n.words.length - 1]!)));
  }
  return out && out.length > 0 ? out : NO_NAMED;
}

/** A relative clause between commas, then a verb of giving: ", which will supply the panels, will take". */
const RELATIVE_CLAUSE = /^\s*,\s+(?:which|who)\b[^.;,]{1,120},(?=\s)/;
function givesPastRelative(after: string): boolean {
  const rel = RELATIVE_CLAUSE.exec(after);
  return rel !== null && GIVING_VERB_AFTER.test(after.slice(rel[0].length));
}

/** The known name whose possessive ("Saudi Arabia's") ends right before token `at`, if any. */
function possessorAt(tokens: readonly Token[], covered: readonly (RawMatch | null)[], at: number): RawMatch | null {
  if (at < 3) return null;
  const prev = covered[at - 3];
  return prev && prev.endTok === at - 2 && tokens[at - 2]!.text === "'" && tokens[at - 1]!.text.toLowerCase() === 's' ? prev : null;
}

/** A title, then the name it gives a person: "President Recep Tayyip Erdogan", "Prime Minister Narendra Modi". */
const TITLED_NAME = /\b(?:President|Prime\s+Minister|PM|Premier|Chancellor|King|Queen|Emir|Sheikh|Sultan|Crown\s+Prince|Prince|Minister|Governor|Mr|Mrs|Ms|Dr)\.?\s+((?:[A-Z][\p{L}'’-]+\s+){0,3}[A-Z][\p{L}'’-]+)/gu;
const NO_PERSONS: ReadonlySet<string> = new Set();

/**
 * The words of the names a text or its context gives persons by their titles: "Turkey's Erdogan
 * pledges $1bn" is President Erdogan's, not a company's, when the article calls him so.
 */
function personsNamed(text: string, context: readonly string[] | undefined): ReadonlySet<string> {
  const out = new Set<string>();
  for (const t of [text, ...(context ?? [])]) {
    if (typeof t !== 'string') continue;
    eachMatch(TITLED_NAME, t, (m) => {
      for (const w of m[1]!.split(/\s+/)) out.add(w);
    });
  }
  return out;
}

/**
 * "in Cartersville, Georgia": a country's name that is also a state of another country, after a town
 * the reference does not know and a comma, is the state, unless the text or its context names the
 * country otherwise (its capital, its people: "the Georgian government"), where it stays the country.
 */
/** Of a name's candidates, a place of another country than the country it also names ("Georgia", the US state), or null. */
function stateOf(cands: readonly Candidate[]): { country: Candidate; state: Candidate } | null {
  const country = cands.find((c) => c.kind === 'country');
  const state = country ? cands.find((c) => c.kind === 'place' && c.country !== country.country) : undefined;
  return country && state ? { country, state } : null;
}

function townThenState(text: string, tokens: readonly Token[], covered: readonly (RawMatch | null)[], m: RawMatch, cands: readonly Candidate[], nearby: readonly string[], states: ReadonlySet<string> = NO_STATES): Candidate | null {
  const both = stateOf(cands);
  if (!both || nearby.includes(both.country.country!)) return null;
  const state = both.state;
  // Named so in a sentence nearby, it is the state here too.
  if (states.has(state.canonical)) return state;
  if (m.startTok < 2) return null;
  const town = tokens[m.startTok - 2]!;
  if (tokens[m.startTok - 1]!.text !== ',' || covered[m.startTok - 2] || !/^[A-Z][a-z]+$/.test(town.text) || text.slice(town.end, tokens[m.startTok]!.start) !== ', ') return null;
  return state;
}

const NO_STATES: ReadonlySet<string> = new Set();

/** The names the context reads as states by townThenState ("Cartersville, Georgia"). */
function statesInContext(context: readonly string[] | undefined, index: EntityIndex, nearby: readonly string[]): ReadonlySet<string> {
  let out: Set<string> | null = null;
  for (const t of context ?? []) {
    if (typeof t !== 'string' || t.length === 0) continue;
    const c = scan(t, index);
    if (!c.stateLike) continue;
    for (const m of c.matches) {
      const state = townThenState(t, c.tokens, c.covered, m, m.candidates, nearby);
      if (state) (out ??= new Set()).add(state.canonical);
    }
  }
  return out ?? NO_STATES;
}

function mentionsOf(text: string, scanned: Scan, nearby: readonly string[], named: readonly NamedOrg[] = [], persons: ReadonlySet<string> = NO_PERSONS, states: ReadonlySet<string> = NO_STATES): EntityMention[] {
  const { tokens, matches, own, covered, orgs, absorbed } = scanned;
  const mentions: (EntityMention & { tok: number; endTok: number })[] = [];

  for (const n of named) {
    for (let i = 0; i + n.words.length <= tokens.length; i++) {
      if (n.words.some((w, k) => tokens[i + k]!.text !== w || covered[i + k])) continue;
      // (A name found only by a possessive before it is the weaker reading: "Turkey's Tarsak to build" after "Tarsak Enerji".)
      // (So is one found only as its sentence's opener: "Yalong said it would commit" after "Sichuan Yalong Lithium".)
      if (orgs.some((o) => !o.possessed && !o.opener && o.s < i + n.words.length && i < o.e)) continue;
      const sp = spanOf(text, tokens, i, i + n.words.length);
      mentions.push({ start: sp.start, end: sp.end, surface: sp.surface, kind: 'unknown_organization', canonical: n.name, type: n.type, country: n.country, via: 'capitalised', tok: i, endTok: i + n.words.length });
    }
    // "Turkey's Kalyon to build ..." after "Turkish energy group Kalyon Enerji": the first word alone, not followed by the rest.
    if (n.short === null) continue;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.text !== n.short || covered[i] || tokens[i + 1]?.text === n.words[1]) continue;
      if (orgs.some((o) => !o.possessed && !o.opener && o.s <= i && i < o.e) || mentions.some((m) => m.tok <= i && i < m.endTok)) continue;
      const sp = spanOf(text, tokens, i, i + 1);
      mentions.push({ start: sp.start, end: sp.end, surface: sp.surface, kind: 'unknown_organization', canonical: n.name, type: n.type, country: n.country, via: 'capitalised', tok: i, endTok: i + 1 });
    }
  }

  for (const o of orgs) {
    if (o.possessed && persons.has(tokens[o.e - 1]!.text)) continue;
    if ((o.possessed || o.opener) && named.length > 0 && mentions.some((m) => m.tok < o.e && o.s < m.endTok)) continue;
    const sp = spanOf(text, tokens, o.s, o.e);
    // "EVE Energy will invest" after "Chinese battery maker EVE Energy": the type and country its introduction gave.
    const introduced = o.type === undefined && o.country === undefined && named.length > 0 ? named.find((n) => n.name === sp.surface) : undefined;
    // The name's own country word, else a possessive country right before it ("Saudi Arabia's Gulf Minerals").
    let country: string | null = o.absorbed
      ? (settle(o.absorbed.candidates, nearby)?.country ?? null)
      : o.tail
        ? (settle(o.tail.candidates, nearby)?.country ?? null)
        : (o.country ?? introduced?.country ?? null);
    if (!country) {
      const owner = possessorAt(tokens, covered, o.s);
      if (owner) country = settle(owner.candidates, nearby)?.country ?? null;
    }
    mentions.push({ start: sp.start, end: sp.end, surface: sp.surface, kind: 'unknown_organization', canonical: sp.surface.replace(/\s+/g, ' '), type: o.type ?? introduced?.type ?? (o.opener ? 'company' : typeFromName(sp.surface)), country, via: 'capitalised', tok: o.s, endTok: o.e });
  }
  for (const m of matches) {
    // Most names have no region among their candidates: then the list itself is the filtered one (nothing changes it).
    const real = (m.candidates.some((x) => x.kind === 'region') ? m.candidates.filter((x) => x.kind !== 'region') : m.candidates) as readonly (Candidate & {
      kind: Exclude<Candidate['kind'], 'region'>;
    })[];
    if (absorbed.has(m) || real.length === 0) continue;
    const endTok = scanned.extended.get(m) ?? m.endTok;
    const sp = spanOf(text, tokens, m.startTok, endTok);
    // "US$3.5bn", "HK$2bn": a name glued to a dollar sign is the currency's, not a party.
    if (text.charCodeAt(sp.end) === 36) continue;
    const c = (townThenState(text, tokens, covered, m, real, nearby, states) ?? settle(real, nearby, own.length)) as (typeof real)[number] | null;
    if (c) {
      mentions.push({ start: sp.start, end: sp.end, surface: sp.surface, kind: c.kind, canonical: c.canonical, type: c.type, country: c.country, via: c.via, tok: m.startTok, endTok });
    } else {
      // Shared by several and nothing nearby says which: keep the name as written, and the type if they agree;
      // a possessive country right before it is its country ("Hungary's Eximbank": none of the listed ones).
      const first = real[0]!;
      const types = new Set(real.map((x) => x.type));
      const possessor = first.kind === 'organization' ? possessorAt(tokens, covered, m.startTok) : null;
      const owner = possessor ? (settle(possessor.candidates, nearby)?.country ?? null) : null;
      mentions.push({
        start: sp.start,
        end: sp.end,
        surface: sp.surface,
        kind: first.kind,
        canonical: first.kind === 'place' ? first.canonical : sp.surface,
        type: types.size === 1 ? first.type : first.kind === 'organization' ? 'other' : null,
        country: owner,
        via: first.via,
        tok: m.startTok,
        endTok,
      });
    }
  }
  for (const k of scanned.bareNames) {
    // "BYD" again after "Chinese carmaker BYD": the company the context named.
    if (named.length > 0 && mentions.some((m) => m.via === 'capitalised' && m.tok <= k && k < m.endTok)) continue;
    const sp = spanOf(text, tokens, k, k + 1);
    // ("Norway's export credit agency Eksfin (formerly GIEK) guarantees": a former name is the party's before it, no other.)
    if (FORMERLY_BEFORE.test(text.slice(Math.max(0, sp.start - 30), sp.start))) continue;
    // "JCRC will hold a 70 percent stake" after "Saudi Arabia's Jubail Coastal Refining Company (JCRC)": the company the context named.
    const n = named.length > 0 ? named.find((o) => o.acronym === tokens[k]!.text) : undefined;
    if (n) mentions.push({ start: sp.start, end: sp.end, surface: sp.surface, kind: 'unknown_organization', canonical: n.name, type: n.type, country: n.country, via: 'acronym', tok: k, endTok: k + 1 });
    // (A name with capitals inside it is a company's, "NamPower", not an acronym of a body's.)
    else if (/[a-z]/.test(tokens[k]!.text)) mentions.push({ start: sp.start, end: sp.end, surface: sp.surface, kind: 'unknown_organization', canonical: tokens[k]!.text, type: 'company', country: null, via: 'capitalised', tok: k, endTok: k + 1 });
    else mentions.push({ start: sp.start, end: sp.end, surface: sp.surface, kind: 'unknown_organization', canonical: tokens[k]!.text, type: 'other', country: null, via: 'acronym', tok: k, endTok: k + 1 });
  }
  mentions.sort((a, b) => a.start - b.start);
  townsOfNextPlace(mentions, text);
  unitsClosedByCountry(mentions, text);
  linkAcronyms(mentions, tokens);
  countiesNamedAfterPlaces(mentions);
  return mentions.map((m) => ({ start: m.start, end: m.end, surface: m.surface, kind: m.kind, canonical: m.canonical, type: m.type, country: m.country, via: m.via }));
}

/**
 * "in Victoria County" in a Texas story: a county named after a place of another country (an Australian state) is not of
 * that country, unless the text names the country otherwise ("Nakuru County" beside "Kenya's" stays Kenya's).
 */
function countiesNamedAfterPlaces(mentions: (EntityMention & { tok: number; endTok: number })[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind === 'unknown_organization' && m.country !== null && COUNTY_NAME.test(m.surface) && !mentions.some((o) => o !== m && o.country === m.country)) mentions[i] = { ...m, country: null };
  }
}
const COUNTY_NAME = /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?\sCounty$/u;

/**
 * A company's local unit named by its country: "GAC Aion New Energy Automobile (Thailand)", "Bank of China (Hong Kong)",
 * "Sinoauto do Brasil", "Hsin Yuan de México". The country closes the name (in brackets, or after a Romance "of"), so the
 * whole is one company of that country, and the names inside it ("GAC", "North America", "Brasil") are no parties.
 * Not a place or country told again in brackets ("KARACHI (Pakistan)", "the United States (US)"), nor a place's
 * Romance name ("Ciudad de México", "Estados Unidos de América").
 */
function unitsClosedByCountry(mentions: (EntityMention & { tok: number; endTok: number })[], text: string): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind !== 'country' || m.via === 'demonym' || m.via === 'capital' || m.country === null) continue;
    // ("SolarNow Uganda to expand": a name with capitals inside it, then a country, is the company's unit there.)
    const prev = mentions[i - 1];
    // ("Absa Bank Kenya", "Stanbic Bank Uganda": so is a commercial bank's name the reference knows, then a country.)
    const bankUnit = prev !== undefined && prev.kind === 'organization' && prev.type === 'bank';
    if (prev && ((prev.kind === 'unknown_organization' && prev.via === 'capitalised' && prev.endTok === prev.tok + 1 && CAMEL_NAME.test(prev.surface)) || bankUnit) && text.slice(prev.end, m.start) === ' ' && !/^['’]/.test(text.slice(m.end, m.end + 1))) {
      const surface = text.slice(prev.start, m.end);
      mentions.splice(i - 1, 2, { ...prev, ...(bankUnit ? { kind: 'unknown_organization' as const, via: 'capitalised' as const } : {}), end: m.end, surface, canonical: surface, country: m.country, endTok: m.endTok });
      i--;
      continue;
    }
    // (A name already read around it: "Pinnacle Bank (Malaysia) Bhd", its legal words after the brackets.)
    if (mentions.some((o) => o !== m && o.start < m.start && o.end > m.end)) continue;
    const bracketed = text.charCodeAt(m.start - 1) === 40 && text.charCodeAt(m.end) === 41;
    const before = text.slice(Math.max(0, m.start - 90), bracketed ? m.start - 1 : m.start);
    const run = (bracketed ? UNIT_NAME_BEFORE_BRACKET : UNIT_NAME_BEFORE_ROMANCE_OF).exec(before);
    if (!run || NOT_A_UNIT_FIRST.test(run[1]!)) continue;
    let start = m.start - (before.length - run.index) - (bracketed ? 1 : 0) + (run[0].length - run[0].trimStart().length);
    const end = bracketed ? m.end + 1 : m.end;
    let inside = mentions.filter((o) => o !== m && o.start >= start && o.end <= m.start);
    // ("HSBC, Bank Mandiri and Bank of China (Hong Kong)": an organisation's name right before the country is the unit's
    // whole name, not the list before it.)
    const last = inside[inside.length - 1];
    if (last && (last.kind === 'organization' || last.kind === 'unknown_organization') && UNIT_NAME_TO_COUNTRY_GAP.test(text.slice(last.end, m.start)) && last.start > start) {
      start = last.start;
      inside = [last];
    }
    // (A place or country alone before the brackets is told again, not named: "KARACHI (Pakistan)".)
    if (inside.some((o) => o.start === start && (o.kind === 'country' || o.kind === 'place' || o.kind === 'area') && UNIT_NAME_TO_COUNTRY_GAP.test(text.slice(o.end, m.start)))) continue;
    const surface = text.slice(start, end);
    const unit = { start, end, surface, kind: 'unknown_organization' as const, canonical: surface.replace(/\s+/g, ' '), type: unitType(surface), country: m.country, via: 'capitalised' as const, tok: inside[0]?.tok ?? m.tok, endTok: m.endTok };
    const first = mentions.indexOf(inside[0] ?? m);
    mentions.splice(first, i - first + 1, unit);
    i = first;
  }
}

/** A local unit's type, from its name without the country: a bank's or a fund's as named, else a company's. */
function unitType(surface: string): FunderType {
  const t = typeFromName(surface.replace(UNIT_COUNTRY_TAIL, ''));
  return t === 'other' ? 'company' : t;
}

/** The Romance "of" before a unit's country: "Sinoauto do Brasil", "Hsin Yuan de México". */
const UNIT_ROMANCE_OF = String.raw`(?:do|de|del|da)`;
/** Between a unit's name and its country: the bracket, or the Romance "of". */
const UNIT_NAME_TO_COUNTRY_GAP = new RegExp(String.raw`^\s*(?:\(|${UNIT_ROMANCE_OF}\s*)?$`);
/** A unit's country closing its name: " (Thailand)", " do Brasil". */
const UNIT_COUNTRY_TAIL = new RegExp(String.raw`\s*\([^)]*\)$|\s+${UNIT_ROMANCE_OF}\s+\S+$`);
/** Capitalised words (joined by "and", "of", "&") right before a bracket: a company's name before its country. */
const UNIT_NAME_BEFORE_BRACKET = /(?:^|[^\p{L}\d&.'’-])((?:[\p{Lu}][\p{L}\d&.'’-]*\s+(?:(?:and|of|&)\s+)?){0,5}[\p{Lu}][\p{L}\d&.'’-]*)\s+$/u;
/** Capitalised words right before a Romance "of" and a country: "Sinoauto do Brasil", "Hsin Yuan de México". */
const UNIT_NAME_BEFORE_ROMANCE_OF = new RegExp(String.raw`(?:^|[^\p{L}\d&.'’-])((?:[\p{Lu}][\p{L}\d&.'’-]*\s+){0,3}[\p{Lu}][\p{L}\d&.'’-]*)\s+${UNIT_ROMANCE_OF}\s+$`, 'u');
/** First words of a place's or a state's Romance name, or of a sentence, not of a company's. */
const NOT_A_UNIT_FIRST = /^(?:Ciudad|City|Estado|Estados|Rep[uú]blica|Republic|Gobierno|Government|Provincia|Province|Departamento|Municipio|Distrito|Banco\s+Central|The|A|An|In|At|For|And|But|With|From|To|On|By|Of)\b/;

/**
 * "a factory in Santa Catarina, Nuevo León": a place written before ", " and a place of another
 * country is a town of that one (Santa Catarina is a Brazilian state and a town in Mexico's Nuevo
 * León), so it takes that place's country.
 */
function townsOfNextPlace(mentions: EntityMention[], text: string): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1]!;
    // ("a factory near Lima, Ohio": a capital so written is a town of the state after it, not its country's government.)
    const capital = m.kind === 'country' && m.via === 'capital';
    if ((m.kind !== 'place' && !capital) || next.kind !== 'place' || m.country === null || next.country === null || m.country === next.country) continue;
    if (text.slice(m.end, next.start) !== ', ') continue;
    if (capital) {
      // (Not in a list of cities: "offices in Beijing, Lagos and Nairobi".)
      const third = mentions[i + 2];
      if (third && (third.kind === 'place' || third.kind === 'country') && /^\s*(?:,|,?\s*and|,?\s*or|&)\s*$/.test(text.slice(next.end, third.start))) continue;
      Object.assign(m, { kind: 'place', canonical: m.surface, type: null });
    }
    m.country = next.country;
  }
}

/**
 * "the Gulf Star Development Corporation (GSDC)": later "GSDC" means that organisation; and a name
 * whose acronym is listed is the listed organisation.
 */
function linkAcronyms(mentions: (EntityMention & { tok: number; endTok: number })[], tokens: readonly Token[]): void {
  const names = new Map<string, EntityMention>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    if (
      next &&
      (m.kind === 'organization' || m.kind === 'unknown_organization') &&
      tokens[m.endTok]?.text === '(' &&
      next.tok === m.endTok + 1 &&
      tokens[next.endTok]?.text === ')' &&
      /^[A-Z][A-Za-z&-]{1,9}$/.test(next.surface)
    ) {
      // "South Korea's Export-Import Bank (KEXIM)": an unlisted name whose bracketed acronym is a
      // listed organisation of its kind and country is that organisation.
      if (
        m.kind === 'unknown_organization' &&
        next.kind === 'organization' &&
        (m.type === next.type || m.type === 'other') &&
        (m.country === null || next.country === null || m.country === next.country)
      ) {
        m.kind = next.kind;
        m.canonical = next.canonical;
        m.type = next.type;
        m.country = next.country;
      }
      names.set(next.surface, m);
    }
    const named = names.get(m.surface);
    if (named && named !== m && (m.kind === 'unknown_organization' || m.kind === 'organization') && m.surface !== named.surface) {
      m.kind = named.kind;
      m.canonical = named.canonical;
      m.type = named.type;
      m.country = named.country;
      m.via = 'acronym';
    }
  }
}

/** The country record of a canonical country name. */
export function countryOf(index: EntityIndex, name: string | null): CountryRef | null {
  return name ? (index.countries.get(name) ?? null) : null;
}
