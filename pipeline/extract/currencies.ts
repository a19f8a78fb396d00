/**
 * Currencies: which ISO code a symbol or word names ("$" → USD, "Rs" → PKR or INR, "¥" → JPY or
 * CNY). The table lives in `data/reference/currencies.csv` so users can add currencies without
 * touching code; this module turns its rows into an index and decides ambiguous names.
 *
 * Ambiguity rule (one place): an alias listed under several codes ("Rs", "rupees", "¥", "riyals",
 * "dinars") is decided by the words around it — the sentence first (an unambiguous alias such as
 * "yuan", or a country of one candidate, in the same sentence; a sentence that names the countries
 * of two, one of them the alias's default, takes the default), then the whole article (which
 * candidate's countries it mentions most). If that does not decide, the code whose `default_for`
 * lists the alias is used; if none does, the currency is left null rather than guessed.
 */
import { isAsciiLetter } from './asciiChars.ts';
import { mostCounted, tiedBest, uniqueBest } from './best.ts';
import { escapeRegExp as escape } from './escapeRegExp.ts';

export interface CurrencyRow {
  code: string;
  name: string;
  /** Symbols and words that name the currency ("$", "US$", "dollars"). */
  aliases: readonly string[];
  /** Country names, demonyms and cities whose mention decides an ambiguous alias. */
  countries: readonly string[];
  /** Aliases this currency takes when the article does not decide. */
  defaultFor: readonly string[];
  notes: string;
}

export interface CurrencyIndex {
  rows: readonly CurrencyRow[];
  /** Lower-cased alias → candidate codes. */
  byAlias: ReadonlyMap<string, readonly string[]>;
  /** Lower-cased alias → code it defaults to. */
  defaults: ReadonlyMap<string, string>;
  /**
   * A currency written just before a number: the alias (and one space after it) that ends the
   * text before the number, starting as far left as possible; null when none does.
   */
  prefix: (before: string) => string | null;
  /** A currency written just after a number; matches at the start of the text after it. */
  suffix: RegExp;
  /** Any country hint of any ambiguous candidate, global. */
  hints: RegExp;
  /** Lower-cased hint → codes it points to. */
  hintCodes: ReadonlyMap<string, readonly string[]>;
  /** Lower-cased aliases that are only ever ISO codes: they count only when written in capitals. */
  codeOnly: ReadonlySet<string>;
}

/** Country-hint counts of one article, computed at most once per article. */
export interface CurrencyContext {
  readonly articleScores: ReadonlyMap<string, number>;
  /** The currency an alias of exactly one candidate names anywhere in the article ("Kuwaiti dinar"), per shared alias; null if none or several. */
  articleTelltale(key: string, candidates: readonly string[]): string | null;
  /** The dollar a bare "$" names in an article that writes "US$" for the US one (localDollarOf); null if none. */
  readonly localDollar: string | null;
}


/** True for aliases that are ISO-like codes (matched case-sensitively so "try" is not TRY). */
const isCode = (alias: string) => /^[A-Z]{3}$/.test(alias);

export function buildCurrencyIndex(rows: readonly CurrencyRow[]): CurrencyIndex {
  const byAlias = new Map<string, string[]>();
  const defaults = new Map<string, string>();
  const hintCodes = new Map<string, string[]>();
  const aliasSet = new Set<string>();
  const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  };
  for (const row of rows) {
    for (const alias of [row.code, ...row.aliases]) {
      add(byAlias, alias.toLowerCase(), row.code);
      aliasSet.add(alias);
    }
    for (const alias of row.defaultFor) defaults.set(alias.toLowerCase(), row.code);
    for (const hint of row.countries) add(hintCodes, hint.toLowerCase(), row.code);
  }
  const aliases = [...aliasSet].sort((a, b) => b.length - a.length);
  const alt = (list: readonly string[]) =>
    list
      .map((a) => {
        const body = escape(a);
        // Letters at the edges of an alias must not run into other letters ("Rs" in "Mrs").
        const left = /^[A-Za-z]/.test(a) ? '(?<![A-Za-z])' : '';
        return left + body;
      })
      .join('|');
  const prefix = prefixFinder(aliases);
  // ("a 300-million-euro loan", "2.1-bln-yuan": a word currency hyphenated to its figure, as wire copy writes it before a noun.)
  const suffix = new RegExp(String.raw`^(?:[\s\u00a0]|-(?=[A-Za-z]{2}))?(?:${alt(aliases.filter((a) => /[A-Za-z]{2}/.test(a) || isCode(a)))})(?![A-Za-z])`, 'i');
  const hintList = [...hintCodes.keys()].sort((a, b) => b.length - a.length).map(escape);
  const hints = new RegExp(String.raw`(?<![A-Za-z])(?:${hintList.join('|')})(?![A-Za-z])`, 'gi');
  const codeOnly = new Set([...aliasSet].filter(isCode).map((a) => a.toLowerCase()));
  for (const a of aliasSet) if (!isCode(a)) codeOnly.delete(a.toLowerCase());
  return { rows, byAlias, defaults, prefix, suffix, hints, hintCodes, codeOnly };
}

/**
 * The prefix finder: the case-folded aliases in a trie read from their last character back, walked
 * from the end of the text before a number. It answers exactly what the case-insensitive regex
 * `(?:(?<![A-Za-z])alias[\s\u00a0]?|...)$` answers (leftmost match wins; one-letter aliases such
 * as "R2bn" take no space; an alias that starts with a letter must not follow one, so "Rs" is
 * not read in "Mrs"), but reads each character of the text's end once, with no string made,
 * instead of trying hundreds of alternatives at every position. This runs for every number of
 * every sentence with a figure.
 */
export function prefixFinder(aliases: readonly string[]): (before: string) => string | null {
  const root = suffixNode();
  for (const a of aliases) {
    const folded = foldCase(a);
    let node = root;
    for (let k = folded.length - 1; k >= 0; k--) {
      const c = folded.charCodeAt(k);
      let child = node.next.get(c);
      if (!child) {
        child = suffixNode();
        node.next.set(c, child);
      }
      node = child;
    }
    // Whether the alias starts with a letter (it must then not continue a word). Later aliases that fold alike overwrite, as a Map would.
    if (/^[A-Za-z]$/.test(a)) node.bare = /^[A-Za-z]/.test(a);
    else node.spaced = /^[A-Za-z]/.test(a);
  }
  return (before) => {
    const n = before.length;
    // The leftmost start of an alias that ends the text (exactly, or but for one space after it).
    let best = Infinity;
    const consider = (i: number, startsWithLetter: boolean | undefined) => {
      if (startsWithLetter === undefined) return;
      const free = i === 0 || !isAsciiLetter(before.charCodeAt(i - 1));
      if ((free || !startsWithLetter) && i < best) best = i;
    };
    // Aliases that end the text: any alias (one-letter ones included).
    let node: SuffixNode | undefined = root;
    consider(n, root.spaced ?? root.bare);
    for (let i = n - 1; i >= 0; i--) {
      node = node.next.get(foldUnit(before.charCodeAt(i)));
      if (!node) break;
      consider(i, node.spaced ?? node.bare);
    }
    // Aliases followed by one space that ends the text: not the one-letter ones.
    if (n > 0 && /\s/.test(before[n - 1]!)) {
      node = root;
      consider(n - 1, root.spaced);
      for (let i = n - 2; i >= 0; i--) {
        node = node.next.get(foldUnit(before.charCodeAt(i)));
        if (!node) break;
        consider(i, node.spaced);
      }
    }
    return best === Infinity ? null : before.slice(best);
  };
}

interface SuffixNode {
  next: Map<number, SuffixNode>;
  /** An alias (other than one letter) ends here; true when it starts with a letter. */
  spaced?: boolean;
  /** A one-letter alias ends here. */
  bare?: boolean;
}

const suffixNode = (): SuffixNode => ({ next: new Map() });

// Folded units outside ASCII met so far (the same few recur: "€", "£", "₹").
const foldedUnits = new Map<number, number>();

/** One UTF-16 unit folded as foldCase folds it. */
function foldUnit(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  let f = foldedUnits.get(c);
  if (f === undefined) {
    f = foldCase(String.fromCharCode(c)).charCodeAt(0);
    foldedUnits.set(c, f);
  }
  return f;
}

/**
 * Case folding as a case-insensitive, non-Unicode JavaScript regex does it (ECMA-262
 * Canonicalize): each UTF-16 unit upper-cased, unless that gives several units or turns a
 * non-ASCII unit into an ASCII one (so "ſ" is not "S"). Same length as the input.
 */
function foldCase(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) { ascii = false; break; }
  if (ascii) return text.toUpperCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const up = ch.toUpperCase();
    out += up.length !== 1 || (ch.charCodeAt(0) >= 128 && up.charCodeAt(0) < 128) ? ch : up;
  }
  return out;
}

/**
 * Counts, per currency code, the article's mentions of that currency's countries. Counted when
 * first read: only a figure whose currency neither its alias nor its sentence settles asks for
 * them, and the count reads the whole article. The answer is the same whenever it is read (the
 * article text does not change), so reading it late changes nothing.
 */
export function currencyContext(articleText: string, index: CurrencyIndex): CurrencyContext {
  let scores: ReadonlyMap<string, number> | null = null;
  let lower: string | null = null;
  let local: string | null | undefined;
  // Asked for every figure a sentence cannot decide: each shared alias is looked up once per article.
  const told = new Map<string, string | null>();
  return {
    get articleScores() {
      return (scores ??= countHints(articleText, index));
    },
    get localDollar() {
      if (local === undefined) local = localDollarOf(articleText, index);
      return local;
    },
    articleTelltale(key, candidates) {
      let code = told.get(key);
      if (code === undefined) {
        lower ??= articleText.toLowerCase();
        const found = new Set<string>();
        for (const t of telltaleAliases(index, key, candidates)) if (wordInLower(lower, t.word)) found.add(t.code);
        code = found.size === 1 ? [...found][0]! : null;
        told.set(key, code);
      }
      return code;
    },
  };
}

export function countHints(text: string, index: CurrencyIndex): Map<string, number> {
  const scores = new Map<string, number>();
  if (index.hintCodes.size === 0) return scores;
  for (const hint of hintsIn(text, index)) {
    for (const code of index.hintCodes.get(hint.toLowerCase()) ?? []) scores.set(code, (scores.get(code) ?? 0) + 1);
  }
  return scores;
}

/**
 * The country hints written in a text, in order: exactly the matches of `index.hints` (the
 * case-insensitive alternation of the hints, longest first, not inside a word), found with a trie
 * of the folded hints instead. The regex tries a few hundred alternatives at every position of
 * every article; the trie starts only where a word starts and reads each character once.
 */
export function hintsIn(text: string, index: CurrencyIndex): string[] {
  const root = hintTrieOf(index);
  const out: string[] = [];
  const n = text.length;
  let p = 0;
  while (p < n || (p === n && root.hint)) {
    if (p > 0 && isAsciiLetter(text.charCodeAt(p - 1))) {
      p++;
      continue;
    }
    // The longest hint that starts here and ends where a word does (the regex's first alternative that fits).
    let end = root.hint && (p >= n || !isAsciiLetter(text.charCodeAt(p))) ? p : -1;
    let node: HintNode | undefined = root;
    for (let q = p; q < n; q++) {
      const c = text.charCodeAt(q);
      node = c < 128 ? node.ascii[c] : node.next.get(foldUnit(c));
      if (!node) break;
      if (node.hint && (q + 1 >= n || !isAsciiLetter(text.charCodeAt(q + 1)))) end = q + 1;
    }
    if (end < 0) {
      p++;
      continue;
    }
    out.push(text.slice(p, end));
    // An empty match steps one character, as a global regex scan does.
    p = end === p ? p + 1 : end;
  }
  return out;
}

interface HintNode {
  next: Map<number, HintNode>;
  /** The child for each ASCII unit as written (both cases of a letter lead to the same child): an array read instead of a fold and a Map lookup per character. */
  ascii: (HintNode | undefined)[];
  /** A hint ends here. */
  hint: boolean;
}

const hintTries = new WeakMap<CurrencyIndex, HintNode>();

function hintTrieOf(index: CurrencyIndex): HintNode {
  let root = hintTries.get(index);
  if (!root) {
    root = hintNode();
    for (const hint of index.hintCodes.keys()) {
      const folded = foldCase(hint);
      let node = root;
      for (let k = 0; k < folded.length; k++) {
        const c = folded.charCodeAt(k);
        let child = node.next.get(c);
        if (!child) {
          child = hintNode();
          node.next.set(c, child);
        }
        node = child;
      }
      node.hint = true;
    }
    fillAscii(root);
    hintTries.set(index, root);
  }
  return root;
}

function hintNode(): HintNode {
  return { next: new Map(), ascii: new Array<HintNode | undefined>(128).fill(undefined), hint: false };
}

/** Each node's ASCII children by the unit as written, found through the folded unit as the Map is. */
function fillAscii(node: HintNode): void {
  for (let c = 0; c < 128; c++) node.ascii[c] = node.next.get(foldUnit(c));
  for (const child of node.next.values()) fillAscii(child);
}

/**
 * The ISO code an alias names, deciding shared aliases by the sentence, then the article, then
 * the table's default; null when nothing decides.
 */
export function resolveCurrency(
  alias: string,
  index: CurrencyIndex,
  sentence = '',
  context: CurrencyContext | null = null,
  inCrore = false,
  next = '',
): string | null {
  const key = alias.trim().toLowerCase();
  // "try", "cad" or "eur" in lower case are words, not codes.
  if (index.codeOnly.has(key) && alias.trim() !== alias.trim().toUpperCase()) return null;
  const listed = index.byAlias.get(key);
  if (!listed || listed.length === 0) return null;
  // ("SUVA - ... a US$150 million ($340m) policy-based loan": a writer who marks the US dollar writes its own bare.)
  if (key === '$' && context !== null && context.localDollar !== null) return context.localDollar;
  if (listed.length === 1) return listed[0]!;
  // "10,000 crore rupees": only the currencies of the countries that count in crore and lakh.
  const counting = inCrore ? listed.filter((code) => CRORE_CURRENCIES.has(code)) : listed;
  const candidates = counting.length > 0 ? counting : listed;
  if (candidates.length === 1) return candidates[0]!;
  // 1. The sentence: another alias of exactly one candidate ("¥5bn, or 5 billion yuan"), or its countries.
  const inSentence = new Map<string, number>();
  // The sentence lower-cased once for all the aliases looked for (wordIn would lower it per alias).
  const lower = sentence ? sentence.toLowerCase() : '';
  if (lower) {
    for (const { code, word } of telltaleAliases(index, key, candidates)) {
      if (wordInLower(lower, word)) inSentence.set(code, (inSentence.get(code) ?? 0) + 1);
    }
  }
  const sentenceHints = countHints(sentence, index);
  for (const code of candidates) inSentence.set(code, (inSentence.get(code) ?? 0) + (sentenceHints.get(code) ?? 0));
  const bySentence = tiedBest(candidates, inSentence);
  if (bySentence.length === 1) return bySentence[0]!;
  // ("Kenya signs ¥31.6bn Japanese loan as Chinese lending dries up": of countries the sentence names as often, the
  // one written right after the figure, as the adjective of what it buys.)
  const adjective = ADJECTIVE_NEXT.exec(next);
  if (adjective) {
    const own = countHints(adjective[0], index);
    const named = bySentence.filter((code) => own.has(code));
    if (named.length === 1) return named[0]!;
  }
  // A sentence naming the countries of two candidates, one of them the alias's default ("Britain will
  // give 40 million pounds to Egypt"): the default, not the country the rest of the article names most.
  const fallback = index.defaults.get(key);
  if (fallback !== undefined && bySentence.includes(fallback)) return fallback;
  // 2. The article: an alias of exactly one candidate anywhere in it ("Kuwait fund lends Jordan 30
  // million dinars" over "a 30 million Kuwaiti dinar loan"), else the countries it names.
  if (context) {
    const byAlias = context.articleTelltale(key, candidates);
    if (byAlias) return byAlias;
    const byArticle = uniqueBest(candidates, context.articleScores);
    if (byArticle) return byArticle;
  }
  // 3. The table's default, else unknown.
  return index.defaults.get(key) ?? null;
}

/**
 * The word right after a figure, two when the first is capitalised: where its country's adjective stands ("¥31.6bn
 * Japanese loan", "South Korean"; not "Rs 1,000 crore for Nepal hydropower").
 */
const ADJECTIVE_NEXT = /^[\s-]*(?:\p{Lu}[\p{L}’'.-]*\s+)?[\p{L}’'.-]+/u;

/**
 * Crore (10 million) and lakh (100,000) are how India, Pakistan, Nepal and Bangladesh count; Sri
 * Lanka and Mauritius, whose rupees share the alias, count in millions. (A fact of the numbering,
 * not of the table's rows, so it is kept here.)
 */
const CRORE_CURRENCIES: ReadonlySet<string> = new Set(['INR', 'PKR', 'NPR', 'BDT']);

/**
 * The aliases of an ambiguous alias's candidates that name exactly one currency ("yuan" for "¥"),
 * lower-cased, each with its currency, in the order of the table's rows and aliases: what step 1 of
 * resolveCurrency looks for in the sentence. They depend only on the index and the alias, so they
 * are listed once per alias rather than by walking every row of the table for every figure.
 */
export function telltaleAliases(index: CurrencyIndex, key: string, candidates: readonly string[]): readonly { code: string; word: string }[] {
  let byKey = telltales.get(index);
  if (!byKey) {
    byKey = new Map();
    telltales.set(index, byKey);
  }
  let list = byKey.get(key);
  if (!list) {
    const found: { code: string; word: string }[] = [];
    for (const row of index.rows) {
      if (!candidates.includes(row.code)) continue;
      for (const other of row.aliases) {
        const others = index.byAlias.get(other.toLowerCase());
        if (others?.length === 1) found.push({ code: row.code, word: other.toLowerCase() });
      }
    }
    list = Object.freeze(found);
    byKey.set(key, list);
  }
  return list;
}

const telltales = new WeakMap<CurrencyIndex, Map<string, readonly { code: string; word: string }[]>>();

/** The US dollar written with its mark: "US$", "US $", "U.S.$", "USD", and as Australian papers write it, "$US". */
const US_DOLLAR_MARKED = /\bU\.?S\.?\s?\$|\bUSD\b|\$US(?![A-Za-z])/;

/**
 * The local dollar of an article that writes the US dollar as "US$" (a Fijian, Jamaican, Singaporean or Canadian
 * paper or government release, whose bare "$" is its own): the one dollar currency (other than the US one) whose
 * countries the article names most (a place in the dateline counting twice more), at least twice and more often
 * than the United States. Null otherwise: a bare "$" stays the US dollar.
 */
export function localDollarOf(articleText: string, index: CurrencyIndex): string | null {
  if (!articleText.includes('$')) return null;
  // ("LAKESHORE, Ont. — AGC Inc. ... will build a $620-million automotive glass plant": a local paper filed from a
  // country of its own dollar writes that dollar bare, marking the US one or not. A wire's story, or one that marks
  // the local dollar itself ("C$"), keeps its bare "$" for the US dollar unless it marks the US one.)
  const marked = US_DOLLAR_MARKED.test(articleText);
  // (Counted without the marks themselves, and case-sensitively: "US$" names no country, "us" is a pronoun.)
  const text = articleText.replace(/\bU\.?S\.?\s?\$|\$US(?![A-Za-z])/g, '$');
  // (The lead's first words, where a dateline names the place it was filed from, in capitals as often as not: a
  // place named there counts twice more.)
  const newline = text.indexOf('\n');
  const opening = newline < 0 ? '' : text.slice(newline + 1, newline + 61);
  const dash = opening.search(/\s[-–—]+\s|\(|:/);
  const lead = (dash < 0 ? opening : opening.slice(0, dash)).toLowerCase();
  const counts = new Map<string, number>();
  const inLead = new Set<string>();
  // ("PORT MORESBY, March 11 – The Albanese government will lend ... $350 million", with "US$120 million" further on:
  // filed from a country of no dollar, its "$" is not the US dollar the article marks apart, but the dollar it names.)
  let ledByOtherMoney = false;
  for (const row of index.rows) {
    if (!/dollar/i.test(row.name)) {
      if (lead !== '' && !ledByOtherMoney) ledByOtherMoney = row.countries.some((c) => c.length >= 3 && wordCount(lead, c.toLowerCase()) > 0);
      continue;
    }
    let n = 0;
    for (const c of row.countries) {
      const led = lead !== '' && wordCount(lead, c.toLowerCase()) > 0;
      if (led) inLead.add(row.code);
      n += wordCount(text, c) + (led ? 2 : 0);
    }
    counts.set(row.code, n);
  }
  const us = counts.get('USD') ?? 0;
  counts.delete('USD');
  const best = mostCounted(counts);
  // ("PHOENIX — Taiwan Semiconductor Manufacturing Co. broke ground ...": a dateline naming none of that dollar's places
  // was filed elsewhere, where "$" may well be the US dollar, whatever company the article is about.)
  const filedElsewhere = DATELINE_LEAD.test(opening) && best !== null && !inLead.has(best) && !ledByOtherMoney;
  if (best === null || filedElsewhere || counts.get(best)! < 2 || counts.get(best)! <= us) return null;
  // (Named in the dateline or three times, its own dollar marked too ("NZ$138m"), or the US one written "$US" as
  // Australian and New Zealand papers do: "Chinese and Taiwanese investors" twice in a Vietnamese story that writes
  // "US$" is no Taiwanese paper.)
  if (marked) return inLead.has(best) || counts.get(best)! >= 3 || writesOwnMark(articleText, best, index) || (BARE_IN_OWN_PRESS.has(best) && /\$US(?![A-Za-z])/.test(articleText)) ? best : null;
  // (Named past the dateline as well: "PERTH (miningweekly.com) – ... a $45-million facility" for a mine in Tanzania is
  // a mining paper's US dollar.)
  // ("Japan's Osaka Gas has won Foreign Investment Review Board clearance for its $1.45 billion takeover of Perth-based
  // gas retailer WestGas": with no dateline, its places and bodies named three times and no other country's dollar, an
  // Australian or New Zealand paper's own.)
  if (!DATELINE_LEAD.test(opening)) return BARE_IN_OWN_PRESS.has(best) && counts.get(best)! >= 3 && us === 0 && !writesOwnMark(articleText, best, index) ? best : null;
  return BARE_IN_OWN_PRESS.has(best) && DATELINE_LEAD.test(opening) && inLead.has(best) && counts.get(best)! >= 3 && !WIRE_TAG.test(opening) && !writesOwnMark(articleText, best, index) ? best : null;
}

/**
 * The dollars their own papers write bare, marking the US dollar or not: Canadian, Australian and New Zealand papers
 * write "$620-million" for their own. Singapore's and Hong Kong's write "S$" and "HK$", and stories filed from those
 * hubs ("SINGAPORE, Nov 21 - Our weekly round-up") are mostly in US dollars.
 */
const BARE_IN_OWN_PRESS: ReadonlySet<string> = new Set(['CAD', 'AUD', 'NZD']);

/** A wire service's tag in a dateline ("TORONTO, May 2 (Reuters) -"): wires write a local dollar with its mark. */
const WIRE_TAG = /\b(?:Reuters|Bloomberg|AFP|AP|Dow\s+Jones|Xinhua|Kyodo|Yonhap|dpa|Anadolu)\b/;

/** Whether the article writes the dollar `code` with its own mark ("C$", "A$"): then a bare "$" is another dollar. */
function writesOwnMark(articleText: string, code: string, index: CurrencyIndex): boolean {
  const row = index.rows.find((r) => r.code === code);
  return row !== undefined && row.aliases.some((a) => a !== '$' && a.includes('$') && articleText.includes(a));
}

/** A lead opening with a dateline: a place in capitals, then a comma, a dash or a bracket ("PHOENIX —", "SUVA, Fiji -"). */
// ("BÉCANCOUR, Que. —": in capitals with accents too.)
const DATELINE_LEAD = /^\s*\p{Lu}[\p{Lu} .'’-]{2,40}(?:,|\s[-–—]|\s\()/u;

/** How many times `w` stands in `text` as a word, as written (no letter on either side). */
function wordCount(text: string, w: string): number {
  let n = 0;
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) {
    if (!/[A-Za-z]/.test(text[at - 1] ?? ' ') && !/[A-Za-z]/.test(text[at + w.length] ?? ' ')) n++;
  }
  return n;
}

/** Whether `w` stands in `lower` as a word (no letter a-z on either side); both already lower-cased. */
function wordInLower(lower: string, w: string): boolean {
  let at = lower.indexOf(w);
  while (at >= 0) {
    const before = lower[at - 1] ?? ' ';
    const after = lower[at + w.length] ?? ' ';
    if (!/[a-z]/.test(before) && !/[a-z]/.test(after)) return true;
    at = lower.indexOf(w, at + 1);
  }
  return false;
}

