/**
 * Tolerant comparison of funder, recipient and project names across articles, which spell the
 * same party many ways: "International Finance Corporation" / "IFC", "US Export-Import Bank" /
 * "EXIM" / "Export-Import Bank of the United States", "Lakeview Geothermal Plant" / "Lakevew geothermal project".
 */
import { countryCode, splitCountry } from './countries.ts';
import { editDistance, normaliseText, words } from './text.ts';

// Words that say what kind of body something is, not which one: a match on these alone means nothing.
const GENERIC_ORG = new Set([
  'bank', 'development', 'investment', 'investments', 'fund', 'export', 'import', 'finance', 'financial', 'corporation',
  'corp', 'international', 'national', 'company', 'co', 'group', 'authority', 'agency', 'ministry', 'government',
  'holding', 'holdings', 'limited', 'ltd', 'inc', 'plc', 'llc', 'sa', 'ag', 'state', 'federal', 'republic', 'kingdom',
  'credit', 'insurance', 'trade', 'commercial', 'industrial',
]);
const STOP = new Set(['the', 'of', 'and', 'for', 'a', 'an', 'in', 'de', 'la']);
// Legal-form suffixes dropped before comparing ("Nordic Mining Corp." = "Nordic Mining").
const LEGAL_FORMS = new Set(['ltd', 'limited', 'inc', 'plc', 'llc', 'corp', 'co', 'sa', 'ag', 'gmbh', 'pjsc', 'psc', 'jsc']);

interface OrgKey {
  country: string | null;
  core: string[];
  /** Initials with and without the country words: "Japan Bank for International Cooperation" → jbic, bic. */
  acronyms: string[];
}

// Names repeat across thousands of comparisons: work each one out once.
const orgKeys = new Map<string, OrgKey>();
function orgKey(name: string): OrgKey {
  let key = orgKeys.get(name);
  if (!key) {
    key = computeOrgKey(name);
    orgKeys.set(name, key);
  }
  return key;
}

function computeOrgKey(name: string): OrgKey {
  // An acronym given in parentheses is an alias of the whole name: keep the name, note the acronym.
  const bare = name.replace(/\(([^)]*)\)/g, ' ');
  let tokens = words(bare)
    .join(' ')
    // "Export-Import Bank", "Exim Bank", "Eximbank" are one kind of institution.
    .replace(/\bexport import\b/g, 'exim')
    .replace(/\beximbank\b/g, 'exim bank')
    .split(' ')
    .filter((w) => w !== '' && !STOP.has(w));
  while (tokens.length > 1 && LEGAL_FORMS.has(tokens[tokens.length - 1]!)) tokens = tokens.slice(0, -1);
  const { country, rest } = splitCountry(tokens);
  const initials = (list: string[]) => list.map((w) => w[0]).join('');
  return { country, core: rest, acronyms: [initials(tokens), initials(rest)] };
}

function subset(small: readonly string[], large: readonly string[]): boolean {
  return small.every((w) => large.includes(w));
}

/** One organisation name against another (no `;` lists). */
function sameOrganisation(a: string, b: string): boolean {
  if (normaliseText(a) === normaliseText(b)) return true;
  const ka = orgKey(a);
  const kb = orgKey(b);
  if (ka.country && kb.country && ka.country !== kb.country) return false;
  // A country on its own ("United States", "Washington") against the same country.
  if (ka.core.length === 0 || kb.core.length === 0) return ka.core.length === kb.core.length && ka.country === kb.country;
  if (ka.core.join(' ') === kb.core.join(' ')) return true;
  // "IFC" against "International Finance Corporation"; "JBIC" against "Japan Bank for International
  // Cooperation" (initials taken with and without the country's words).
  const isAcronymOf = (short: OrgKey, long: OrgKey) =>
    short.core.length === 1 && short.core[0]!.length >= 2 && long.core.length >= 2 && long.acronyms.includes(short.core[0]!);
  if (isAcronymOf(ka, kb) || isAcronymOf(kb, ka)) return true;
  // "Masdar" against "Masdar Energy": the shorter must carry a distinctive word.
  const [small, large] = ka.core.length <= kb.core.length ? [ka.core, kb.core] : [kb.core, ka.core];
  if (subset(small, large) && small.some((w) => !GENERIC_ORG.has(w))) return true;
  return false;
}

/**
 * Keys under which a party can be looked up so that any two names `sameParty` would match share at
 * least one key (a stored key of one is a probe key of the other): their whole normalised names,
 * and their distinctive words (a name and a shorter form of it share one), initials (an acronym and
 * the full name) or country (a bare country name). Used to index parties instead of comparing
 * every pair (an organisation against its own country is keyed where that counts, in clusters.ts).
 *
 * Two organisations of different countries are never the same unless their names are (sameOrganisation),
 * so a word or initials key carries the name's country: stored as `@country` and `@*`, probed as
 * `@country` and `@-` (names with no country), while a name with no country is stored as `@-` and
 * `@*` and probes `@*`. "Export-Import Bank of China" and "... of Korea" then share no key, and
 * "Export-Import Bank" still meets both.
 */
export function partyIndexKeys(name: string): { stored: string[]; probe: string[] } {
  const stored = new Set<string>();
  const probe = new Set<string>();
  const both = (key: string) => {
    stored.add(key);
    probe.add(key);
  };
  for (const part of splitList(name)) {
    both(`n:${normaliseText(part)}`);
    const key = orgKey(part);
    if (key.core.length === 0) {
      // Two names with no words of their own are the same when they name the same country, or none.
      both(key.country ? `c:${key.country}` : 'c:');
      continue;
    }
    const words = key.core.filter((w) => !GENERIC_ORG.has(w));
    const tokens = (words.length > 0 ? words : key.core).map((w) => `w:${w}`);
    if (key.core.length >= 2) for (const a of key.acronyms) tokens.push(`w:${a}`);
    for (const token of tokens) {
      if (key.country) {
        stored.add(`${token}@${key.country}`);
        probe.add(`${token}@${key.country}`);
        probe.add(`${token}@-`);
      } else {
        stored.add(`${token}@-`);
        probe.add(`${token}@*`);
      }
      stored.add(`${token}@*`);
    }
  }
  return { stored: [...stored], probe: [...probe] };
}

function splitList(name: string): string[] {
  return name
    .split(/;/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Funder (or recipient) names agree: the same organisation, or the same list of organisations
 * ("IFC; ADB" = "Asian Development Bank; International Finance Corporation").
 */
export function sameParty(a: string, b: string): boolean {
  return memoPair(partyPairs, a, b, samePartyUncached);
}

function memoPair(cache: PairCache, a: string, b: string, compute: (a: string, b: string) => boolean): boolean {
  // Two levels of maps: no key string is built for the millions of comparisons a corpus makes.
  const [first, second] = a < b ? [a, b] : [b, a];
  let row = cache.get(first);
  if (!row) cache.set(first, (row = new Map()));
  let known = row.get(second);
  if (known === undefined) {
    // Always in the same order: a comparison that read differently one way round than the other
    // would otherwise depend on which pair a run happened to compare first.
    known = compute(first, second);
    row.set(second, known);
  }
  return known;
}
type PairCache = Map<string, Map<string, boolean>>;
const partyPairs: PairCache = new Map();
const projectPairs: PairCache = new Map();

function samePartyUncached(a: string, b: string): boolean {
  const la = splitList(a);
  const lb = splitList(b);
  if (la.length !== lb.length || la.length === 0) return false;
  const unused = [...lb];
  for (const x of la) {
    const i = unused.findIndex((y) => sameOrganisation(x, y));
    if (i < 0) return false;
    unused.splice(i, 1);
  }
  return true;
}

/** A party named by its country ("Azerbaijan") against an organisation of that country. */
export function isCountryOf(party: string, country: string | null): boolean {
  const code = countryCode(party);
  return code !== null && code === countryCode(country);
}

// Words that say what kind of project something is ("mine", "project") rather than which one.
const GENERIC_PROJECT = new Set([
  'project', 'projects', 'mine', 'mining', 'plant', 'facility', 'site', 'scheme', 'programme', 'program', 'complex',
  'phase', 'expansion', 'copper', 'gold', 'the', 'of', 'in', 'at', 'and', 'for', 'a', 'an', 'new',
]);

const projectCores = new Map<string, string[]>();
function projectCore(name: string): string[] {
  let core = projectCores.get(name);
  if (!core) {
    core = splitCountry(words(name).filter((w) => !GENERIC_PROJECT.has(w))).rest;
    projectCores.set(name, core);
  }
  return core;
}

function sameWord(a: string, b: string): boolean {
  // One-letter misspellings ("Lakeview"/"Lakevew") only for words long enough to tell apart.
  return a === b || (Math.min(a.length, b.length) >= 4 && editDistance(a, b, 1) <= 1);
}

/** Project names agree despite case, punctuation, generic words and one-letter misspellings. */
export function sameProject(a: string, b: string): boolean {
  return memoPair(projectPairs, a, b, sameProjectUncached);
}

function sameProjectUncached(a: string, b: string): boolean {
  const na = normaliseText(a);
  const nb = normaliseText(b);
  if (na === nb) return true;
  const ca = projectCore(a);
  const cb = projectCore(b);
  if (ca.length === 0 || cb.length === 0) return false;
  const [small, large] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  if (small.every((w) => large.some((v) => sameWord(w, v)))) return true;
  // Spacing differences: "Sunvalley" / "Sun Valley".
  const ja = ca.join('');
  const jb = cb.join('');
  return Math.min(ja.length, jb.length) >= 6 && editDistance(ja, jb, 1) <= 1;
}
