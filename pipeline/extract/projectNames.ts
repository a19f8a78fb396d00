/**
 * Which project: named projects in a sentence ("the Lobito Corridor", "Kenya's Kipeto wind
 * farm", "the $3 billion Sapphire Coal Block II"), where they are and who develops them, and
 * whether two spellings name the same project ("Kipeto" ~ "Kipetto", "the Kipeto project" ~ "Kipeto").
 *
 * A project needs a name: "an oil pipeline project in Kenya" names none, so it is not a mention
 * unless the caller asks for generic ones (`{ generic: true }`), which come back flagged
 * `generic: true` with the common noun phrase as their name. Unnamed projects would otherwise
 * turn into project rows called "coal project" that merge with every other coal project.
 */
import { findEntities, plain, prefixKey, type EntityIndex, type EntityMention } from './entities.ts';
import { resolvePlace } from './places.ts';
import { freezeRows, listKey, memoPerOwner, memoTable } from './memo.ts';
import { isAsciiLetterOrDigit } from './asciiChars.ts';

export interface ProjectMention {
  start: number;
  end: number;
  /** "Thar Coal Block II"; for a known name found bare, the known spelling. */
  name: string;
  /** The common noun it is: "copper-gold mine", "coal project", "dam"; null for a bare name. */
  kind: string | null;
  /** True for an unnamed project ("an oil pipeline project"), only when asked for. */
  generic?: boolean;
}

export interface ProjectOptions {
  /** Project names already seen in the article: their bare mentions ("at Kipetto in Kenya") count too. */
  known?: readonly string[];
  /** Return unnamed projects too, flagged `generic`. */
  generic?: boolean;
}

// Head nouns, longest first so "power plant" wins over "plant".
const HEADS = [
  'power plant', 'power station', 'power project', 'wind farm', 'solar farm', 'solar park', 'industrial park', 'economic zone',
  'special economic zone', 'free zone', 'rail line', 'railway line', 'gas field', 'oil field', 'data centre', 'data center',
  'mine', 'mines', 'project', 'projects', 'dam', 'plant', 'refinery', 'port', 'pipeline', 'railway', 'railroad', 'corridor',
  'park', 'zone', 'field', 'terminal', 'airport', 'motorway', 'highway', 'expressway', 'bridge', 'tunnel', 'smelter',
  'facility', 'complex', 'hub', 'block', 'station', 'farm', 'scheme', 'deposit', 'concession', 'reservoir', 'canal',
  'barrage', 'city', 'township', 'estate', 'grid', 'link', 'interconnector', 'line', 'metro', 'road', 'ring road', 'toll road', 'bypass',
  'mrt', 'lrt', 'brt',
].sort((a, b) => b.length - a.length);
const HEAD_WORDS = new Set(HEADS.flatMap((h) => h.split(' ')));
// Heads by their first word, longest first (the order of HEADS): headAt runs at every word of every
// sentence with a figure, so it looks up one word instead of trying every head.
const HEADS_BY_FIRST = new Map<string, string[][]>();
for (const h of HEADS) {
  const parts = h.split(' ');
  const list = HEADS_BY_FIRST.get(parts[0]!);
  if (list) list.push(parts);
  else HEADS_BY_FIRST.set(parts[0]!, [parts]);
}

// Every mention starts from a head noun: a word (as words() reads them) whose lower case is the
// first word of a head. Such a word is a whole ASCII word of the text, in any case, with no ASCII
// letter or digit on either side, so a sentence this does not match holds no head and no mention
// (most sentences with a figure: their words need not be read). The Kelvin sign is the one
// character outside ASCII that lower-cases into ASCII ("K" -> "k", as in "park"): a text holding
// one is read in full.
const MAY_HOLD_HEAD = new RegExp(String.raw`(?<![A-Za-z0-9])(?:${[...HEADS_BY_FIRST.keys()].join('|')})(?![A-Za-z0-9])|\u212a`, 'i');

/** Whether a sentence may hold a head noun (the cheap test); false only when headWordIn is. */
export const mayHoldHead = (sentence: string): boolean => MAY_HOLD_HEAD.test(sentence);

/** Whether some word of the sentence is the first word of a head, read word by word (what mayHoldHead stands for; for tests). */
export function headWordIn(sentence: string): boolean {
  return words(sentence).some((w) => HEADS_BY_FIRST.has(w.text.toLowerCase()));
}

// Words that end a descriptor run: a descriptor is a content word ("coal", "copper-gold", "hydropower").
const NOT_DESCRIPTOR = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as', 'is', 'was', 'are', 'were',
  'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'its', 'their', 'this',
  'that', 'these', 'those', 'which', 'who', 'said', 'says', 'also', 'not', 'new', 'first', 'second', 'into', 'than', 'per',
  'about', 'over', 'under', 'up', 'after', 'before', 'while', 'his', 'her', 'our', 'such', 'both', 'all', 'any', 'some',
  // A figure is not a descriptor: "the $6 billion railway".
  'billion', 'million', 'trillion', 'bn', 'mn', 'm', 'b', 'percent', 'cent', 'dollars', 'dollar', 'euros', 'yuan', 'yen',
  // Nor a count or a verb: "on Friday approved two projects" names none.
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'approved', 'signed', 'launched',
  'announced', 'financed', 'funded', 'backed', 'won', 'completed', 'opened', 'started', 'began', 'plans', 'planned',
]);

// Capitalised words that start sentences or titles but never a project's name.
const NOT_NAME = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'Our', 'His', 'Her', 'Construction', 'Work', 'Phase',
  'Under', 'Once', 'When', 'If', 'While', 'After', 'Before', 'In', 'On', 'At', 'For', 'By', 'With', 'From', 'As', 'And', 'But',
  'Both', 'Each', 'Every', 'Some', 'Many', 'Such', 'Mr', 'Mrs', 'Ms', 'Dr', 'President', 'Minister', 'Prime', 'Finance',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

const LENDING_WORDS = /\b(?:Credit|Fund|Financing|Finance|Loan|Lending|Liquidity|Guarantee|Sustainability|Resilience|Trade|Swap)\b/;
/** A sum written as one word ("Sh260bn", "Rs5bn", "2bn"): never part of a name. */
const MONEY_WORD = /^\p{L}{0,4}\d[\d.,]*(?:bn|b|mn|m|tn|tr|trn|k|cr)$/iu;
/** Words shaped like a demonym ("Vietnamese", "Kenyan", "Thai"): checked against the entities only when so shaped. */
const DEMONYM_SHAPE = /(?:ese|an|ian|ish|i|ic|ch)$/;
/** "Tesla-style", "Dubai-based": a word that describes, never part of a name. */
const LIKENESS_WORD = /-(?:style|like|type|based|backed|owned|led|funded|made|linked)$/i;
/** Fuels and technologies written as acronyms: a name of none. */
const COMMODITY_ACRONYMS = new Set(['LNG', 'LPG', 'CNG', 'GTL', 'EV', 'EVs', 'PV', 'CSP', 'HVDC', 'IPP', 'BESS']);
/** A unit after a number ("a 1 GW solar park", "a 500MW plant"): a size, never part of a name. */
const UNIT_WORD = /^(?:\d[\d.,]*)?(?:[kMGT]Wp?|[kMGT]We|[kMGT]Wh|km|Km|KM|MTPA|Mtpa|mtpa|BCM|Bcm|bcm|TEUs?|MVA|kV|KV)$/u;
/** Words of a title-case headline that end a name walked back from its head: prepositions, scale words, headline verbs. */
const TITLE_BREAK = new Set([
  'For', 'To', 'In', 'On', 'At', 'By', 'With', 'From', 'Into', 'As', 'Billion', 'Million', 'Trillion', 'Bn', 'Mn', 'Pledges', 'Signs',
  'Approves', 'Invests', 'Commits', 'Wins', 'Secures', 'Gets', 'Launches', 'Unveils', 'Plans', 'Eyes', 'Backs', 'Lends', 'Provides',
  'Offers', 'Announces', 'Inks', 'Seals', 'Agrees', 'Receives', 'Finances', 'Loans', 'Funds', 'Builds', 'Starts', 'Opens', 'Completes', 'Begins',
]);

interface Word {
  text: string;
  start: number;
  end: number;
}

// Words are what /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu matches, read here character by character:
// this runs on every sentence with a figure, and a Unicode-property regex costs several times a
// table lookup on ASCII text.
function words(s: string): Word[] {
  const out: Word[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const w = wordCharWidth(s, i);
    if (w === 0) {
      i += s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff && pairAt(s, i) ? 2 : 1;
      continue;
    }
    const start = i;
    i = runEnd(s, i + w);
    // A hyphen or apostrophe joins two runs ("copper-gold", "Ma’aden"), only with a letter or digit after it.
    while (i < n && JOINERS.has(s.charCodeAt(i))) {
      const next = wordCharWidth(s, i + 1);
      if (next === 0) break;
      i = runEnd(s, i + 1 + next);
    }
    out.push({ text: s.slice(start, i), start, end: i });
  }
  return out;
}

const JOINERS = new Set([0x2d, 0x27, 0x2019]);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const letterOrDigit = new Map<string, boolean>();

function pairAt(s: string, i: number): boolean {
  const low = s.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

/** Code units of the letter or digit at i (2 for a surrogate pair), 0 if there is none. */
function wordCharWidth(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiLetterOrDigit(c) ? 1 : 0;
  const width = c >= 0xd800 && c <= 0xdbff && pairAt(s, i) ? 2 : 1;
  const ch = s.slice(i, i + width);
  let yes = letterOrDigit.get(ch);
  if (yes === undefined) {
    yes = LETTER_OR_DIGIT.test(ch);
    if (letterOrDigit.size < 65536) letterOrDigit.set(ch, yes);
  }
  return yes ? width : 0;
}

function runEnd(s: string, i: number): number {
  for (let w = wordCharWidth(s, i); w > 0; w = wordCharWidth(s, i)) i += w;
  return i;
}

const isCap = (w: string) => /^\p{Lu}/u.test(w) || /^\d+$/.test(w);
const isRoman = (w: string) => /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$/.test(w);
/** Only spaces (or a hyphen) between two words: a comma or a figure breaks a name. */
const joined = (s: string, a: Word, b: Word) => /^[ \t]+$|^-$/.test(s.slice(a.end, b.start));

// Prefix keys of the heads' first words: most words of a sentence are passed over by a number
// looked up, without lower-casing them (a word starting with non-ASCII letters is looked up).
const HEAD_PREFIXES = new Set([...HEADS_BY_FIRST.keys()].map((w) => prefixKey(w, false)));

/** The head noun (one or two words) at word i, or null. */
function headAt(ws: readonly Word[], i: number, s: string): { n: number; text: string } | null {
  const key = prefixKey(ws[i]!.text, true);
  if (key >= 0 && !HEAD_PREFIXES.has(key)) return null;
  const candidates = HEADS_BY_FIRST.get(ws[i]!.text.toLowerCase());
  if (!candidates) return null;
  for (const parts of candidates) {
    if (i + parts.length > ws.length) continue;
    let ok = true;
    for (let k = 0; k < parts.length; k++) {
      if (ws[i + k]!.text.toLowerCase() !== parts[k]) ok = false;
      else if (k > 0 && !joined(s, ws[i + k - 1]!, ws[i + k]!)) ok = false;
      if (!ok) break;
    }
    if (ok) return { n: parts.length, text: parts.join(' ') };
  }
  return null;
}

function covers(mentions: readonly EntityMention[], start: number, end: number, kinds: readonly EntityMention['kind'][]): boolean {
  return mentions.some((m) => m.start <= start && m.end >= end && kinds.includes(m.kind));
}

const projectMemo = memoPerOwner<readonly ProjectMention[]>();

/** Named projects in a sentence, in order. Never throws. */
export function findProjectMentions(sentence: string, index: EntityIndex, options: ProjectOptions = {}): ProjectMention[] {
  if (typeof sentence !== 'string' || sentence.length === 0) return [];
  // Asked again for every figure of the sentence and for its neighbours: kept per sentence and known names.
  const variant = `${options.generic ? 'g' : 'n'}${listKey(options.known ?? [])}`;
  const memo = projectMemo(index);
  const kept = memo.get(sentence, variant);
  if (kept) return kept as ProjectMention[];
  const named = namedMentions(sentence, index, options.generic === true);
  const out = [...named.found];
  const known = options.known ?? [];
  if (known.length > 0) {
    const ws = named.ws ?? words(sentence);
    // Which words are capitalised, read once for all the known names.
    const caps = ws.map((w) => isCap(w.text));
    for (const name of known) out.push(...bareMentions(sentence, ws, caps, name, out));
  }
  return memo.set(sentence, freezeRows(out.sort((a, b) => a.start - b.start)), variant) as ProjectMention[];
}

// The names a sentence gives do not depend on the names known before it: kept per sentence, the
// bare mentions of known names are added for each list of known names. The sentence's words are
// kept with them when they were read (null for a sentence with no head, read only for known names).
const namedMemo = memoPerOwner<{ ws: readonly Word[] | null; found: readonly ProjectMention[] }>();
const NO_MENTIONS: readonly ProjectMention[] = Object.freeze([]);

function namedMentions(sentence: string, index: EntityIndex, generic: boolean): { ws: readonly Word[] | null; found: readonly ProjectMention[] } {
  const variant = generic ? 'g' : 'n';
  const memo = namedMemo(index);
  const known = memo.get(sentence, variant);
  if (known) return known;
  if (!mayHoldHead(sentence)) return memo.set(sentence, { ws: null, found: NO_MENTIONS }, variant);
  const ws = words(sentence);
  return memo.set(sentence, { ws, found: freezeRows(namedMentionsIn(sentence, ws, index, generic)) }, variant);
}

function namedMentionsIn(sentence: string, ws: readonly Word[], index: EntityIndex, generic: boolean): ProjectMention[] {
  // The entities are wanted only for a head noun with a capitalised name before it: most sentences
  // with a figure have none, and need not be scanned for entities here.
  let found: readonly EntityMention[] | null = null;
  const out: ProjectMention[] = [];
  let i = 0;
  while (i < ws.length) {
    const head = headAt(ws, i, sentence);
    if (!head) {
      i++;
      continue;
    }
    const headEnd = i + head.n; // exclusive
    // "pipeline project", "Pipeline Project": the last head noun of a compound is the head.
    if (headEnd < ws.length && headAt(ws, headEnd, sentence) && joined(sentence, ws[headEnd - 1]!, ws[headEnd]!) && isCap(ws[headEnd]!.text) === isCap(ws[i]!.text)) {
      i++;
      continue;
    }
    // "a credit line", "CHF 50m credit line": a line of credit is money lent, not a rail or power line.
    if (head.text === 'line' && i > 0 && ws[i - 1]!.text.toLowerCase() === 'credit') {
      i = headEnd;
      continue;
    }
    const capitalHead = isCap(ws[i]!.text);
    // A capitalised head is part of the name ("Coal Block II", "Diamer Dam"), with a numeral after it.
    let nameEnd = headEnd;
    if (capitalHead && nameEnd < ws.length && (isRoman(ws[nameEnd]!.text) || /^\d+$/.test(ws[nameEnd]!.text)) && joined(sentence, ws[nameEnd - 1]!, ws[nameEnd]!)) nameEnd++;
    // Walk back over lower-case descriptors ("copper-gold", "coal") to the capitalised name.
    let j = i - 1;
    const descriptors: Word[] = [];
    if (!capitalHead) {
      // A sum written as one word ("50m") ends them, as "million" does: what comes before it is no name.
      while (j >= 0 && descriptors.length < 3 && !isCap(ws[j]!.text) && !NOT_DESCRIPTOR.has(ws[j]!.text.toLowerCase()) && !MONEY_WORD.test(ws[j]!.text) && joined(sentence, ws[j]!, ws[j + 1]!)) {
        descriptors.unshift(ws[j]!);
        j--;
      }
    }
    let k = capitalHead ? i - 1 : j;
    const nameWords: Word[] = [];
    // A possessive ("Kenya’s") ends the walk: it owns the project, it is not its name.
    // So does a word that is never inside a name, which a title-case headline capitalises: "China
    // Pledges $2 Billion For Ethiopia Rail Link" names "Ethiopia Rail Link".
    while (k >= 0 && isCap(ws[k]!.text) && !/['’]s?$/.test(ws[k]!.text) && !TITLE_BREAK.has(ws[k]!.text) && !MONEY_WORD.test(ws[k]!.text) && !UNIT_WORD.test(ws[k]!.text) && !LIKENESS_WORD.test(ws[k]!.text) && nameWords.length < 6 && joined(sentence, ws[k]!, ws[k + 1] ?? ws[k]!)) {
      nameWords.unshift(ws[k]!);
      k--;
    }
    while (nameWords.length > 0 && (NOT_NAME.has(nameWords[0]!.text) || /^\d/.test(nameWords[0]!.text))) nameWords.shift();
    // "Vietnamese LNG power plant": a demonym before a name only says where it is; a fuel's acronym alone names nothing.
    if (nameWords.length > 0 && (DEMONYM_SHAPE.test(nameWords[0]!.text) || COMMODITY_ACRONYMS.has(nameWords[0]!.text))) {
      const first = nameWords[0]!;
      if ((found ??= findEntities(sentence, index)).some((e) => e.via === 'demonym' && e.start === first.start)) nameWords.shift();
      if (nameWords.every((w) => COMMODITY_ACRONYMS.has(w.text))) nameWords.length = 0;
    }
    // Capital descriptors inside a capitalised head name are kept: "Thar Coal Block II".
    const headWords = ws.slice(i, nameEnd);
    const nameStart = nameWords[0]?.start;
    const kind = [...descriptors.map((d) => d.text), head.text].join(' ').toLowerCase();
    let named = false;
    if (nameWords.length > 0 && nameStart !== undefined) {
      const nameOnlyEnd = nameWords[nameWords.length - 1]!.end;
      const sentenceInitialWord = nameWords.length === 1 && nameWords[0] === ws[0] && !capitalHead;
      // "Kenya pipeline project" names no project; "Nairobi Expressway" and "Sindh coal project" do.
      const isEntity = !capitalHead && covers((found ??= findEntities(sentence, index)), nameStart, nameOnlyEnd, ['country', 'organization']);
      // "MEXICO CITY, Feb 28 -": a dateline in capitals, head and all, names no project.
      const capsWords = capitalHead ? [...nameWords, ...headWords] : nameWords;
      const allCapsHeadline = capsWords.every((w) => w.text === w.text.toUpperCase() && /\p{L}/u.test(w.text)) && capsWords.length > 1 && !nameWords.every((w) => COMMODITY_ACRONYMS.has(w.text));
      const end = capitalHead ? headWords[headWords.length - 1]!.end : nameOnlyEnd;
      // "Mombasa Port Trust", "Gulf Power Station Company": an organisation's name, not a project.
      const insideOrg = (found ??= findEntities(sentence, index)).some((e) => (e.kind === 'organization' || e.kind === 'unknown_organization') && e.start <= nameStart && e.end >= end);
      // "Extended Credit Facility", "Resilience and Sustainability Facility": a lender's facility is money, not a project.
      const lendingFacility = capitalHead && /^facility$/i.test(head.text) && LENDING_WORDS.test(sentence.slice(nameStart, end));
      if (!sentenceInitialWord && !isEntity && !allCapsHeadline && !insideOrg && !lendingFacility) {
        const name = sentence.slice(nameStart, end).replace(/\s+/g, ' ');
        out.push({ start: nameStart, end: capitalHead ? end : ws[headEnd - 1]!.end, name, kind: capitalHead ? head.text : kind });
        named = true;
      }
    }
    if (!named && generic && descriptors.length > 0) {
      const start = descriptors[0]!.start;
      const end = ws[headEnd - 1]!.end;
      out.push({ start, end, name: sentence.slice(start, end), kind, generic: true });
    }
    i = nameEnd;
  }
  return out;
}

/** Bare mentions of a known project name ("at Kipetto in Kenya"), not already inside a mention. */
function bareMentions(sentence: string, ws: readonly Word[], caps: readonly boolean[], known: string, found: readonly ProjectMention[]): ProjectMention[] {
  const target = coreName(known);
  if (target.length === 0) return [];
  const n = target.split(' ').length;
  const out: ProjectMention[] = [];
  for (let i = 0; i + n <= ws.length; i++) {
    let allCaps = true;
    for (let k = i; k < i + n && allCaps; k++) allCaps = caps[k]!;
    if (!allCaps) continue;
    const start = ws[i]!.start;
    const end = ws[i + n - 1]!.end;
    if (found.some((m) => m.start < end && start < m.end) || out.some((m) => m.start < end && start < m.end)) continue;
    // A one-word window of ASCII letters and digits is its own core name, lower-cased (wordCore): read
    // so, the many capitalised words of a sentence neither go through coreNameOf nor push the known
    // names out of its memo.
    const core = n === 1 ? wordCore(ws[i]!.text) : null;
    if (sameCoreNames(core ?? coreName(sentence.slice(start, end)), target)) out.push({ start, end, name: known, kind: null });
  }
  return out;
}

// Lower-case words and head nouns are not part of a project's name when comparing.
// Asked for every window of words a known name could match: kept per name.
const coreNames = memoTable<string>();

/** The core name of a word of ASCII letters and digits (its lower case: coreNameOf keeps a lone word whatever it is); null for any other text. */
export function wordCore(word: string): string | null {
  if (word.length === 0) return null;
  for (let i = 0; i < word.length; i++) {
    if (!isAsciiLetterOrDigit(word.charCodeAt(i))) return null;
  }
  return word.toLowerCase();
}

/** The name as compared: capitalised words, no articles or trailing head nouns, lower case (for tests too). */
export function coreName(name: string): string {
  return coreNames.get(name) ?? coreNames.set(name, coreNameOf(name));
}

function coreNameOf(name: string): string {
  const ws = plain(name)
    .replace(/[-‐–]/g, ' ')
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0);
  const caps = ws.filter((w) => isCap(w) && w !== 'The');
  // Trailing capitalised head nouns ("Kipeto Project") are also dropped, numerals kept ("Block II").
  while (caps.length > 1 && HEAD_WORDS.has(caps[caps.length - 1]!.toLowerCase()) && caps[caps.length - 1]!.toLowerCase() !== 'block') caps.pop();
  return (caps.length > 0 ? caps : ws).join(' ').toLowerCase();
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  // Two rows of the usual table, swapped rather than made anew for each letter of a; code units compared as the string indexing did.
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
    const row = prev;
    prev = cur;
    cur = row;
  }
  return prev[b.length]!;
}

/**
 * Whether two names name the same project: equal once articles, common nouns and case are set
 * aside ("the Kipeto project" ~ "Kipeto wind farm"), or one letter apart in one word of five or
 * more letters, as transliterations vary ("Kipeto" ~ "Kipetto", "Tamarugo Lake" ~ "Tamaruga Lake").
 */
export function sameProjectName(a: string, b: string): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  return sameCoreNames(coreName(a), coreName(b));
}

/** sameProjectName of two names given by their core names. */
function sameCoreNames(x: string, y: string): boolean {
  if (x.length === 0 || y.length === 0) return false;
  if (x === y) return true;
  const xs = x.split(' ');
  const ys = y.split(' ');
  if (xs.length !== ys.length) return false;
  let differing = 0;
  for (let i = 0; i < xs.length; i++) {
    const p = xs[i]!;
    const q = ys[i]!;
    if (p === q) continue;
    differing++;
    // Numerals must match exactly: Block II is not Block III.
    if (/\d/.test(p + q) || isRoman(p.toUpperCase()) || isRoman(q.toUpperCase())) return false;
    // A single-word name needs five letters to allow a slip; in a longer name the other words vouch for it.
    const minLength = xs.length === 1 ? 5 : 4;
    if (Math.min(p.length, q.length) < minLength || editDistance(p, q) > 1) return false;
  }
  return differing <= 1;
}

export interface ProjectDescription {
  location: string | null;
  country: string | null;
  developer: string | null;
}

const LOCATED = /\b(?:located|situated|based|sited|lies|lying|set)\s+(?:in|at|near|on)\s+([^;.()]{1,120})/i;
const IN_AFTER = /^\s*(?:,\s*)?(?:in|at|near)\s+([^;.,()]{1,80}(?:,\s*[\p{Lu}][^;.,()]{0,40})?)/iu;
const DEVELOPER = /\b(?:being\s+|to\s+be\s+|was\s+|is\s+)?(?:developed|operated|owned|built|run|led|constructed|implemented|sponsored)\s+(?:jointly\s+)?by\s+(.{1,160}?)(?=\s+(?:in\s+partnership|in\s+collaboration|together|alongside|with|under|since|at\s+a|for\s+a|which|who)\b|[,;.()]|$)/i;
const JOINT_VENTURE = /\ba\s+joint\s+venture\s+(?:of|between|by)\s+(.{1,160}?)(?=[,;.()]|\s+(?:which|that|to|in)\b|$)/i;

const descriptionMemo = memoPerOwner<Readonly<ProjectDescription>>();

/** Where a project is and who develops it, from the sentence that names it. Never throws. */
export function describeProject(sentence: string, mention: ProjectMention, index: EntityIndex): ProjectDescription {
  if (typeof sentence !== 'string' || !mention) return { location: null, country: null, developer: null };
  // Only the mention's span is read: the answer is kept by span and sentence.
  const variant = `${mention.start}:${mention.end}`;
  const memo = descriptionMemo(index);
  const known = memo.get(sentence, variant);
  if (known) return { ...known };
  return { ...memo.set(sentence, Object.freeze(describe(sentence, mention, index)), variant) };
}

function describe(sentence: string, mention: ProjectMention, index: EntityIndex): ProjectDescription {
  const entities = findEntities(sentence, index);
  const after = sentence.slice(mention.end);

  // Location: "located in ...", else "... mine in X" right after the name.
  let location: string | null = null;
  let country: string | null = null;
  const phrase = LOCATED.exec(after)?.[1] ?? IN_AFTER.exec(after)?.[1] ?? null;
  if (phrase) {
    const place = resolvePlace(cutClause(phrase, index), index);
    if (place.location && (hasEntity(place.location, index) || place.country)) {
      location = place.location;
      country = place.country;
    }
  }
  // "Kenya's Kipeto wind farm": the possessor is the project's country or its developer.
  const possessor = possessorOf(sentence, mention.start, entities);
  if (!country && possessor && (possessor.kind === 'country' || possessor.kind === 'place')) country = possessor.country;

  let developer: string | null = null;
  const dev = DEVELOPER.exec(after) ?? JOINT_VENTURE.exec(after) ?? DEVELOPER.exec(sentence.slice(0, mention.start)) ?? null;
  if (dev?.[1]) developer = organisationsIn(dev[1], index);
  if (!developer && possessor && (possessor.kind === 'organization' || possessor.kind === 'unknown_organization')) developer = possessor.canonical;
  return { location, country, developer };
}

/** "the mineral-rich province of Kivu, which ..." → the phrase up to the clause's end, keeping ", Country". */
function cutClause(phrase: string, index: EntityIndex): string {
  const parts = phrase.split(',');
  const first = parts[0]!;
  const second = parts[1]?.trim();
  if (second && findEntities(second, index).some((m) => m.kind === 'country' && m.start === 0 && m.end >= second.replace(/\s+$/, '').length)) return `${first}, ${second}`;
  return first;
}

function hasEntity(text: string, index: EntityIndex): boolean {
  return findEntities(text, index).some((m) => m.kind === 'country' || m.kind === 'place');
}

/** The entity written "X’s" right before position `at` (skipping a figure like "$7 billion"). */
function possessorOf(sentence: string, at: number, entities: readonly EntityMention[]): EntityMention | null {
  const before = sentence.slice(0, at);
  const m = /(['’]s?)\s+(?:(?:US\s*)?\$?[\d.,]+\s*(?:billion|million|bn|m)?\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.exec(before);
  if (!m) return null;
  const apostrophe = m.index;
  return entities.find((e) => e.end === apostrophe) ?? null;
}

/** The organisations a "developed by ..." phrase names, `; `-joined; capitalised words if none is known. */
function organisationsIn(phrase: string, index: EntityIndex): string | null {
  const orgs = findEntities(phrase, index).filter((m) => m.kind === 'organization' || m.kind === 'unknown_organization');
  if (orgs.length > 0) return [...new Set(orgs.map((m) => m.canonical))].join('; ');
  // "Canadian mining giant Kestrel Gold": the last run of capitalised words that is not a country word.
  const entities = findEntities(phrase, index);
  const runs = phrase.match(/(?:\p{Lu}[\p{L}\p{N}'’&.-]*\s?){1,5}/gu) ?? [];
  const candidates = runs
    .map((r) => r.trim())
    .filter((r) => r.length > 1 && !entities.some((e) => e.surface === r && (e.kind === 'country' || e.kind === 'place')))
    .map((r) => r.replace(/^(?:The|A|An)\s+/, ''));
  return candidates.length > 0 ? candidates[candidates.length - 1]! : null;
}
