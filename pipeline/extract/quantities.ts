/**
 * Physical quantities: a number with a unit ("200,000 metric tons of copper a year", "13 million
 * ounces", "50,000 bpd", "1,200MW", "a 300-km railway"), normalised to one unit symbol per kind
 * (t, oz, bbl, MW, GW, kWh, MWh, GWh, TWh, km, mi, m3, cf, bcm, mmcfd, ha, TEU, vehicles; goods made, passengers, beds and
 * rooms counted one by one), with the period it is counted over
 * and the commodity it is "of" when the sentence says.
 */
import type { Period, Qualifier } from '../tables.ts';
import { findNumbers } from './numbers.ts';
import { bounds, qualifierBefore } from './qualifiers.ts';
import { escapeRegExp as escape } from './escapeRegExp.ts';

export interface QuantityMention {
  /** Span within the sentence, qualifier included. */
  start: number;
  end: number;
  surface: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string;
  per: Period | null;
  commodity: string | null;
}

/** Unit words (lower case) → [symbol, period the unit itself implies]. */
const UNITS: readonly [string, string, Period | null][] = [
  ['million tonnes per annum', 't', 'year'],
  ['metric tonnes', 't', null],
  ['metric tons', 't', null],
  ['tonnes', 't', null],
  ['tonne', 't', null],
  ['tons', 't', null],
  ['ton', 't', null],
  ['mtpa', 't', 'year'],
  ['t/y', 't', 'year'],
  ['t/yr', 't', 'year'],
  ['t/a', 't', 'year'],
  ['tpy', 't', 'year'],
  ['tpa', 't', 'year'],
  ['troy ounces', 'oz', null],
  ['ounces', 'oz', null],
  ['ounce', 'oz', null],
  ['oz', 'oz', null],
  ['barrels per day', 'bbl', 'day'],
  ['barrels a day', 'bbl', 'day'],
  ['barrels of oil per day', 'bbl', 'day'],
  ['bpd', 'bbl', 'day'],
  ['b/d', 'bbl', 'day'],
  ['barrels', 'bbl', null],
  ['barrel', 'bbl', null],
  ['bbl', 'bbl', null],
  ['megawatts', 'MW', null],
  ['megawatt', 'MW', null],
  ['gigawatts', 'GW', null],
  ['gigawatt', 'GW', null],
  ['terawatt hours', 'TWh', null],
  ['terawatt-hours', 'TWh', null],
  ['gigawatt hours', 'GWh', null],
  ['gigawatt-hours', 'GWh', null],
  ['megawatt hours', 'MWh', null],
  ['megawatt-hours', 'MWh', null],
  ['kilowatt hours', 'kWh', null],
  ['kilowatt-hours', 'kWh', null],
  ['twh', 'TWh', null],
  ['mwh', 'MWh', null],
  ['gwh', 'GWh', null],
  ['kwh', 'kWh', null],
  ['mw', 'MW', null],
  ['gw', 'GW', null],
  ['kilometres', 'km', null],
  ['kilometers', 'km', null],
  ['kilometre', 'km', null],
  ['kilometer', 'km', null],
  ['km', 'km', null],
  ['miles', 'mi', null],
  ['mile', 'mi', null],
  ['standard cubic feet', 'cf', null],
  ['cubic feet', 'cf', null],
  ['cu ft', 'cf', null],
  ['billion cubic metres', 'bcm', null],
  ['billion cubic meters', 'bcm', null],
  ['cubic metres', 'm3', null],
  ['cubic meters', 'm3', null],
  ['bcm', 'bcm', null],
  ['mmcfd', 'mmcfd', 'day'],
  ['twenty-foot equivalent units', 'TEU', null],
  ['teus', 'TEU', null],
  ['teu', 'TEU', null],
  ['hectares', 'ha', null],
  ['hectare', 'ha', null],
  ['acres', 'acre', null],
];
const UNIT_LOOKUP = new Map(UNITS.map(([w, s, p]) => [w, { symbol: s, per: p }]));

const UNIT_PATTERN = new RegExp(
  String.raw`^(?:\s|-)?(${UNITS.map(([w]) => escape(w)).sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z])`,
  'i',
);
/** Vehicles made ("150,000 electric vehicles a year"), counted in the unit "vehicles", the kind kept as the commodity. */
const VEHICLES_PATTERN =
  /^\s((?:(?:electric|passenger|commercial|hybrid|new|battery-electric|light|heavy|utility)\s+){0,2}(?:vehicles|cars|trucks|buses|motorcycles|scooters|two-wheelers|EVs))(?![A-Za-z])/i;
/**
 * Goods counted one by one after a verb of making ("will make 6 million airbags a year", "capacity to
 * produce 24 million garments", "lift output to 16 million radial tyres"): the plural noun is the unit.
 * Only after such a verb, as "3,500 workers" or "2 million passengers a year" count no output.
 */
const MADE_BEFORE =
  /\b(?:produc(?:e|es|ing)|mak(?:e|es|ing)|manufactur(?:e|es|ing)|assembl(?:e|es|ing)|(?:roll|turn)(?:s|ing)?\s+out|output\s+(?:of|to)|capacity\s+(?:of|to(?:\s+(?:make|produce|manufacture|assemble))?))\s+(?:(?:about|around|some|nearly|almost|up\s+to|over|more\s+than|an\s+estimated|roughly)\s+)?$/i;
// (A head noun ends in a single "s": "glass bottles" counts bottles.)
const GOODS_PATTERN = /^\s((?:[a-z]+(?:-[a-z]+)?\s+){0,2}?((?:[a-z]+-)?[a-z]*[a-rt-z]s))(?![\w-])(?!\s+(?:of|in|from|at|for|to)\s+(?:the\s+)?(?:dollars|euros|pounds|rupees|shares))/;
/** Plural nouns that count people, time or money, never goods made. */
const NOT_GOODS = new Set([
  'jobs', 'workers', 'people', 'persons', 'employees', 'passengers', 'tourists', 'visitors', 'students', 'patients',
  'households', 'homes', 'customers', 'users', 'subscribers', 'farmers', 'residents', 'beneficiaries', 'families',
  'years', 'months', 'weeks', 'days', 'hours', 'times', 'dollars', 'euros', 'pounds', 'rupees', 'shares', 'points',
  'plants', 'factories', 'projects', 'sites', 'investments', 'percents', 'others', 'results', 'profits', 'sales',
]);
/**
 * People a transport line or terminal is built to carry ("is designed to carry 1.3 million passengers a day", "a terminal
 * able to handle 5 million passengers a year", "a designed capacity of 350,000 passengers per day"), and beds a hospital
 * adds ("will add 1,650 beds", "a 300-bed hospital"), and a hotel's rooms ("a 1,900-room resort"): capacities, counted in
 * passengers, beds and rooms. Only after such words,
 * as "carried 5.4 million passengers in 2025" is traffic already carried.
 */
const CARRY_BEFORE =
  /(?:\b(?:will|would|to|can|could)\s+(?:be\s+able\s+to\s+)?(?:carry|handle|serve|accommodate|transport|move)|\bcapacity\s+(?:of|for|to\s+(?:carry|handle|serve)|from\s+(?:about\s+)?[\d.,]+\s*(?:million|thousand)?\s+to))\s+(?:(?:about|around|some|nearly|almost|up\s+to|over|more\s+than|an\s+estimated|roughly|approximately)\s+)?$/i;
/** The second of two things carried: "will carry 5 million tonnes of freight and 3 million passengers a year". */
const CARRY_AND_BEFORE = /\b(?:will|would|to|can|could)\s+(?:be\s+able\s+to\s+)?(?:carry|handle|serve|transport|move)\s+[^.;]{1,60}?\s+and\s+(?:(?:about|around|some|nearly|almost|up\s+to|over|more\s+than|roughly)\s+)?$/i;
const PASSENGERS_PATTERN = /^\s(passengers)(?![A-Za-z])/i;
const ADD_BEDS_BEFORE = /\b(?:add(?:s|ing)?|have|has|with|of|provide|providing)\s+(?:(?:about|around|some|nearly|up\s+to|over|more\s+than|an\s+additional|another)\s+)?$/i;
const BEDS_PATTERN = /^(?:-bed\b(?=\s+(?:[\p{L}'’-]+\s+){0,6}?(?:hospitals?|wards?|wings?|clinics?|facilit(?:y|ies)|centres?|centers?|units?|hostels?|homes?))|\s(?:hospital\s+)?beds\b)/iu;
/** A hotel's rooms: "a 1,900-room all-inclusive resort", "to build some 3,200 rooms" (not "rooms" of a house sold). */
const ROOMS_PATTERN = /^(?:-room\b(?=\s+(?:[\p{L}'’-]+\s+){0,4}?(?:resorts?|hotels?|complex(?:es)?|propert(?:y|ies)|towers?|developments?))|\s(?:hotel\s+)?rooms\b)/iu;
const BUILD_ROOMS_BEFORE = /\b(?:build(?:s|ing)?|add(?:s|ing)?|develop(?:s|ing)?|open(?:s|ing)?|with|of|provid(?:e|ing))\s+(?:(?:about|around|some|nearly|up\s+to|over|more\s+than|an\s+additional|another)\s+)?$/i;
// "billion cubic metres" begins with a scale word the number lexer has already read.
const PERIOD_PATTERN =
  /^\s*(?:(a|per|each|every)\s+(year|annum|day|month)|(annually|yearly|daily|monthly)|\/(year|yr|day|d|month))(?![A-Za-z])/i;
const UNIT_SYMBOL_AFTER = /^\s*\([A-Za-z0-9³/]{1,6}\)/;
/** Up to two more words of a commodity and its bracketed acronym, when a period follows them: " gas (LPG)" before " annually". */
const WORDS_BEFORE_PERIOD = /^(?:\s+(?!(?:a|an|the|per|each|every|by|from|to|and|for|at|with|on)\b)[a-z-]+){0,2}?(?:\s*\([A-Za-z0-9-]{2,10}\))?(?=\s*(?:(?:a|per|each|every)\s+(?:year|annum|day|month)|annually|yearly|daily|monthly)\b)/;
const COMMODITY_PATTERN = /^\s+of\s+((?:[a-z][a-z-]*|[A-Z]{2,5}(?![a-z]))(?:\s+(?!a\b|an\b|the\b|per\b|each\b|in\b|by\b|from\b|to\b|and\b|annually\b|yearly\b|daily\b|for\b|at\b|over\b|with\b|on\b)[a-z][a-z-]*)?)/;
/** "an annual capacity of 400,000 tonnes", "annual revenue of $1.2bn": the rate stated before the figure. */
export const ANNUAL_BEFORE = /\b(?:annual|yearly)\s+(?:[a-z-]+\s+){0,2}?(?:of|at|to)\s+(?:about|around|some|nearly|almost|up to|over|more than|an estimated)?\s*$/i;
const NOT_COMMODITY = new Set(['the', 'a', 'an', 'its', 'their', 'which', 'what', 'his', 'her', 'our', 'this', 'that']);

/** Every quantity with a unit in `sentence`, in order. */
export function findQuantities(sentence: string): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (const token of findNumbers(sentence)) {
    if (token.gluedLeft || token.yearLike) continue;
    const rest = sentence.slice(token.end, token.end + 60);
    const u = UNIT_PATTERN.exec(rest);
    const v = u ? null : VEHICLES_PATTERN.exec(rest);
    const g = u || v ? null : goodsAfter(sentence, token.start, rest);
    const people = u || v || g ? null : peopleAfter(sentence, token.start, rest);
    const counted = v ?? g ?? people;
    if (!u && !counted) continue;
    if (token.gluedRight && /^[\s-]/.test((u ?? counted)![0]) && !people?.[0].startsWith('-')) continue;
    const unit = u ? UNIT_LOOKUP.get((u[1] ?? '').toLowerCase()) : { symbol: v ? 'vehicles' : people ? people.unit : g![2]!, per: null };
    if (!unit) continue;
    let end = token.end + (u ?? counted)![0].length;
    // "3.1 terawatt hours (TWh) of electricity a year": the unit's symbol in brackets is part of it.
    if (u) end += UNIT_SYMBOL_AFTER.exec(sentence.slice(end, end + 12))?.[0].length ?? 0;
    let per = unit.per;
    // "150,000 electric vehicles", "8 million radial tyres": the kind of what is made.
    let commodity: string | null = people ? null : counted ? counted[1]!.trim().toLowerCase() : null;
    // ("2 million bags of cement": the goods' contents are the commodity.)
    const c = v ? null : COMMODITY_PATTERN.exec(sentence.slice(end, end + 60));
    if (c && c[1] && !NOT_COMMODITY.has(c[1].split(/\s+/)[0]!)) {
      commodity = c[1];
      end += c[0].length;
    }
    // ("400,000 tons of liquefied petroleum gas (LPG) annually": the commodity's last words and its acronym come first.)
    const skip = per === null && !PERIOD_PATTERN.test(sentence.slice(end, end + 30)) ? (WORDS_BEFORE_PERIOD.exec(sentence.slice(end, end + 60))?.[0].length ?? 0) : 0;
    if (skip > 0) end += skip;
    const p = PERIOD_PATTERN.exec(sentence.slice(end, end + 30));
    if (p) {
      per = periodOf((p[2] ?? p[3] ?? p[4] ?? '').toLowerCase());
      end += p[0].length;
    }
    const before = qualifierBefore(sentence.slice(0, token.start));
    const qualifier: Qualifier = before?.qualifier ?? 'exact';
    const start = before ? token.start - before.length : token.start;
    if (per === null && ANNUAL_BEFORE.test(sentence.slice(Math.max(0, start - 50), start))) per = 'year';
    out.push({
      start,
      end,
      surface: sentence.slice(start, end),
      value: token.value,
      ...bounds(qualifier, token.value),
      qualifier,
      unit: unit.symbol,
      per,
      commodity,
    });
  }
  // "5 million tonnes of freight and 3 million passengers a year": the period told after the second is both's.
  for (let k = out.length - 2; k >= 0; k--) {
    const [a, b] = [out[k]!, out[k + 1]!];
    if (a.per === null && b.per !== null && /^\s*(?:,\s*)?(?:and|or|plus)\s+$/.test(sentence.slice(a.end, b.start))) out[k] = { ...a, per: b.per };
  }
  return out;
}

/** Passengers after a verb of carrying, a hotel's rooms, or beds: the match and its unit. */
function peopleAfter(sentence: string, start: number, rest: string): (RegExpExecArray & { unit: string }) | null {
  const p = PASSENGERS_PATTERN.exec(rest);
  if (p) return CARRY_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)) || CARRY_AND_BEFORE.test(sentence.slice(Math.max(0, start - 110), start)) ? Object.assign(p, { unit: 'passengers' }) : null;
  // ("a 300-bed hospital", "a 1,900-room resort" name their size; "300 beds" needs a verb of having or adding before it.)
  for (const [pattern, before, unit] of SIZES) {
    const m = pattern.exec(rest);
    if (m) return m[0].startsWith('-') || before.test(sentence.slice(Math.max(0, start - 40), start)) ? Object.assign(m, { unit }) : null;
  }
  return null;
}
/** A hotel's rooms and a hospital's beds: the pattern after the figure, the words before a bare count, the unit. */
const SIZES: readonly (readonly [RegExp, RegExp, string])[] = [
  [ROOMS_PATTERN, BUILD_ROOMS_BEFORE, 'rooms'],
  [BEDS_PATTERN, ADD_BEDS_BEFORE, 'beds'],
];

function goodsAfter(sentence: string, start: number, rest: string): RegExpExecArray | null {
  const g = GOODS_PATTERN.exec(rest);
  if (!g || NOT_GOODS.has(g[2]!)) return null;
  return MADE_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)) ? g : null;
}

function periodOf(word: string): Period | null {
  if (/^(year|annum|annually|yearly|yr)$/.test(word)) return 'year';
  if (/^(day|daily|d)$/.test(word)) return 'day';
  if (/^(month|monthly)$/.test(word)) return 'month';
  return null;
}
