/**
 * The number lexer: finds every number written in a piece of text, with digits ("1,250", "12.5",
 * "1 250"), scale words ("3.5bn", "450 million", "Rs 5,000 crore") or words ("twenty-five million",
 * "half a billion", "one and a half"). Offsets are UTF-16 positions within the text given.
 *
 * It knows nothing of currencies or units: callers (money.ts, quantities.ts, jobs.ts) look at the
 * words around each number. A number glued to letters ("JF-17", "A320", "COP29", "5G") is still
 * reported, flagged `glued`, so that money can accept "Rs1.2tn" while jobs and quantities ignore
 * model names.
 */
import { freezeRows, memoTable } from './memo.ts';
import { eachMatch } from './matches.ts';
import { isAsciiLetter } from './asciiChars.ts';

export interface NumberToken {
  start: number;
  end: number;
  surface: string;
  value: number;
  /** A scale word was applied ("million", "bn", "crore"). */
  scaled: boolean;
  /** The scale multiplier alone (1 when none): "1-2 billion" lends it to "1". */
  scale: number;
  /** Written in words ("two billion") rather than digits. */
  spelled: boolean;
  /** Touches letters on the left: "A320", "JF-17", "COP29", "Rs1" (money accepts a currency there). */
  gluedLeft: boolean;
  /** Touches letters on the right: "5G", "29th", "200km" (quantities accept a unit there). */
  gluedRight: boolean;
  /** Looks like a year: four digits 1800-2199, no separator, no scale. */
  yearLike: boolean;
}

/** Scale words, lower case, and what they multiply by. */
const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  million: 1e6,
  millions: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
  billion: 1e9,
  billions: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  bn: 1e9,
  bln: 1e9,
  // ("RM2.1bil", "RM500mil": Malaysian papers' abbreviations, "mil" glued to the digits; Kyodo's "120.5 bil. yen".)
  bil: 1e9,
  mil: 1e6,
  // (Yonhap's "2.3 tln won".)
  tln: 1e12,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  trln: 1e12,
  tr: 1e12,
};

// Short scale abbreviations are only scales when glued to the digits or clearly abbreviations:
// "450m" is money, "450 m" may be metres; "5 b" is nothing.
const GLUED_ONLY = new Set(['k', 'm', 'b', 'cr', 'tr', 'mil']);

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const WORD_SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, lakh: 1e5, million: 1e6, crore: 1e7, billion: 1e9, trillion: 1e12,
};

/** Cheap gate: does this text hold anything the lexer could read? */
/** A percent sign or word: "70%", "70 percent", "70 per cent", and "70pc" as Pakistani and British papers write it. */
export const PERCENT = String.raw`(?:%|percent|per cent|pc\b)`;
const GATE_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half';
export const MAY_HOLD_NUMBER = new RegExp(String.raw`\d|\b(?:${GATE_WORDS})\b`, 'i');

// MAY_HOLD_NUMBER as two searches: a digit, else a number word. A text holds a match of the
// alternation exactly when it holds a match of one side, and a plain digit search is far cheaper
// than trying the word alternation at every position until a digit turns up.
const DIGIT = /\d/;
const NUMBER_WORD_GATE = new RegExp(String.raw`\b(?:${GATE_WORDS})\b`, 'i');

/** MAY_HOLD_NUMBER.test(text), faster (numbers.test.ts holds the two equal). */
export function mayHoldNumber(text: string): boolean {
  return DIGIT.test(text) || NUMBER_WORD_GATE.test(text);
}

// Digits: thousands with "," or a (no-break/thin/plain) space between groups of three, or plain
// digits, then an optional decimal part. Lookbehind keeps "1.25" from yielding "25".
// A decimal comma ("€1,5 milliards", "2,75 billion") only before a scale word: "1,500" stays fifteen hundred.
// Rare in English text, so only a text the literal gate finds one in is read with that form.
const DIGIT_FORMS = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d,.]\d)|\d+`;
const DECIMAL_COMMA_FORM = String.raw`\d{1,3},\d{1,2}(?=\s?(?:milliards?|billions?|millions?|trillions?|bn|bln|mn|mln|tn)(?![A-Za-z]))`;
const DECIMAL_COMMA_GATE = /\d,\d{1,2}\s?(?:milliard|billion|million|trillion|bn|bln|mn|mln|tn)/i;
const SCALE_WORDS = Object.keys(SCALES).sort((a, b) => b.length - a.length).join('|');
const digitNumber = (forms: string) =>
  new RegExp(String.raw`((?<!\d)(?<!\d[.,])(?:${forms})(?:\.\d+)?)(?:(\s?-?\s?)(${SCALE_WORDS})(?![A-Za-z])(?:\s(crores?|cr)(?![A-Za-z]))?)?`, 'gi');
const DIGIT_NUMBER = digitNumber(DIGIT_FORMS);
const DIGIT_NUMBER_DECIMAL_COMMA = digitNumber(`${DECIMAL_COMMA_FORM}|${DIGIT_FORMS}`);

const NUMBER_WORDS = [...Object.keys(UNITS), ...Object.keys(WORD_SCALES), 'half', 'quarter', 'dozen', 'a', 'an', 'and'];
const WORD_NUMBER = new RegExp(
  String.raw`\b(?:${NUMBER_WORDS.join('|')})(?:(?:\s+|-)(?:${NUMBER_WORDS.join('|')}))*\b`,
  'gi',
);

// Money, jobs, quantities and projections each read the numbers of the same sentence: kept per text.
const numberMemo = memoTable<readonly NumberToken[]>();

/** Every number in `text`, in order of position, never overlapping. */
export function findNumbers(text: string): NumberToken[] {
  // The memo first: a text asked about again has passed the gate before (a text the gate turns away is never kept).
  const known = numberMemo.get(text);
  if (known) return known as NumberToken[];
  if (!mayHoldNumber(text)) return [];
  return numberMemo.set(text, freezeRows(numbersIn(text))) as NumberToken[];
}

/**
 * "one point five billion", "two point seven five million": a decimal spoken in words before a scale, which the runs
 * of number words below would split at "point" (and read "five billion" alone, more than three times the sum).
 */
const DIGIT_WORDS = 'zero|oh|one|two|three|four|five|six|seven|eight|nine';
const SPOKEN_DECIMAL = new RegExp(
  String.raw`\b(${Object.keys(UNITS).join('|')})\s+point\s+((?:${DIGIT_WORDS})(?:\s+(?:${DIGIT_WORDS}))*)\s+(million|billion|trillion)\b`,
  'gi',
);
const FRACTION_OF_SCALE = /\b(a|one|two|three)\s+(quarters?|thirds?|half|fifths?|tenths?)\s+of\s+an?\s+(million|billion|trillion)\b/gi;
const FRACTION_COUNTS: ReadonlyMap<string, number> = new Map([['a', 1], ['one', 1], ['two', 2], ['three', 3]]);
const FRACTION_PARTS: ReadonlyMap<string, number> = new Map([['quarter', 0.25], ['third', 1 / 3], ['half', 0.5], ['fifth', 0.2], ['tenth', 0.1]]);

// A run of number words only makes a number if it holds a unit, ten, scale or "dozen": most runs
// are a lone "a", "an" or "and", so this is checked before the run is parsed.
const COUNTING_WORD = new RegExp(String.raw`\b(?:${[...Object.keys(UNITS), ...Object.keys(WORD_SCALES), 'dozen'].join('|')})\b`, 'i');

function numbersIn(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  eachMatch(DECIMAL_COMMA_GATE.test(text) ? DIGIT_NUMBER_DECIMAL_COMMA : DIGIT_NUMBER, text, (m) => {
    const token = digitToken(text, m);
    if (token) tokens.push(token);
  });
  // Most sentences hold no number word at all: then no run of number words can make a number.
  if (!COUNTING_WORD.test(text)) return tokens.sort((a, b) => a.start - b.start);
  // "a quarter of a billion dollars", "three quarters of a million": a fraction "of" a scale, which the runs
  // of number words below would split at "of" (and read "a billion" alone). Read first, so they cover it.
  if (/\bof\s+an?\s/i.test(text)) {
    eachMatch(FRACTION_OF_SCALE, text, (m) => {
      const count = FRACTION_COUNTS.get(m[1]!.toLowerCase())!;
      const part = FRACTION_PARTS.get(m[2]!.toLowerCase().replace(/s$/, ''))!;
      const scale = WORD_SCALES[m[3]!.toLowerCase()]!;
      tokens.push({ start: m.index, end: m.index + m[0].length, surface: m[0], value: roundScaled(count * part * scale), scaled: true, scale, spelled: true, gluedLeft: false, gluedRight: false, yearLike: false });
    });
  }
  if (/\bpoint\s/i.test(text)) {
    eachMatch(SPOKEN_DECIMAL, text, (m) => {
      const whole = UNITS[m[1]!.toLowerCase()]!;
      const decimals = m[2]!.toLowerCase().split(/\s+/).map((w) => (w === 'oh' ? 0 : UNITS[w]!)).join('');
      const scale = WORD_SCALES[m[3]!.toLowerCase()]!;
      tokens.push({ start: m.index, end: m.index + m[0].length, surface: m[0], value: roundScaled(Number(`${whole}.${decimals}`) * scale), scaled: true, scale, spelled: true, gluedLeft: false, gluedRight: false, yearLike: false });
    });
  }
  eachMatch(WORD_NUMBER, text, (m) => {
    if (!COUNTING_WORD.test(m[0])) return;
    for (const token of wordTokens(text, m.index, m[0])) if (!tokens.some((t) => token.start < t.end && t.start < token.end)) tokens.push(token);
  });
  return tokens.sort((a, b) => a.start - b.start);
}

/** The number a whole phrase states ("1,250", "3.5bn", "twenty-five million"), or null. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  const tokens = findNumbers(trimmed);
  const only = tokens[0];
  if (tokens.length !== 1 || !only || only.start !== 0 || only.end !== trimmed.length) return null;
  return only.value;
}

const DECIMAL_COMMA = /^\d{1,3},\d{1,2}$/;

function digitToken(text: string, m: RegExpMatchArray): NumberToken | null {
  const start = m.index ?? 0;
  const digits = m[1] ?? '';
  const plain = allDigits(digits);
  const base = Number(plain ? digits : DECIMAL_COMMA.test(digits) ? digits.replace(',', '.') : digits.replace(/[,\u00a0\u202f\u2009 ]/g, ''));
  if (!Number.isFinite(base)) return null;
  let end = start + digits.length;
  let scale = 1;
  const joiner = m[2] ?? '';
  const word = (m[3] ?? '').toLowerCase();
  // ("P72.4-B", "P500-M": the Philippine press's capital letter after a hyphen is a scale too.)
  // (Only with a currency glued before the digits: "Phase 2-B" names a phase.)
  const hyphenCapital = joiner === '-' && (m[3] === 'B' || m[3] === 'M') && start > 0 && /[\p{L}\p{Sc}]/u.test(text[start - 1]!);
  // ("Rs 180 Cr", Indian headlines' crore: spaced, but capitalised, it is the abbreviation.)
  const spacedCrore = m[3] === 'Cr' && joiner === ' ';
  if (word && (hyphenCapital || spacedCrore || (!(GLUED_ONLY.has(word) && joiner !== '') && !(joiner.includes('-') && GLUED_ONLY.has(word))))) {
    scale = SCALES[word] ?? 1;
    if (m[4]) scale *= SCALES[m[4].toLowerCase()] ?? 1;
    end = start + m[0].length;
  }
  // Read by character code, as /[A-Za-z]$/ or /[A-Za-z]-$/ on the two characters before and /^[A-Za-z]/ on the one after would.
  const left = start > 0 ? text.charCodeAt(start - 1) : -1;
  const gluedLeft = isAsciiLetter(left) || (left === 0x2d && start > 1 && isAsciiLetter(text.charCodeAt(start - 2)));
  const gluedRight = end < text.length && isAsciiLetter(text.charCodeAt(end));
  return {
    start,
    end,
    surface: text.slice(start, end),
    value: roundScaled(base * scale),
    scaled: scale !== 1,
    scale,
    spelled: false,
    gluedLeft,
    gluedRight,
    yearLike: plain && scale === 1 && digits.length === 4 && base >= 1800 && base < 2200,
  };
}

/** /^\d+$/.test(s): one or more of 0-9 and nothing else. */
function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** 1.25 * 1e9 is 1250000000.0000002 in floating point; amounts are whole at this precision. */
function roundScaled(value: number): number {
  if (!Number.isFinite(value)) return value;
  // A whole number below 1e12 has at most 12 digits: toPrecision(12) would give it back unchanged.
  if (Number.isInteger(value) && value > 0 && value < 1e12) return value;
  const rounded = Number(value.toPrecision(12));
  return Number.isFinite(rounded) ? rounded : value;
}

/**
 * A run of number words may hold more than one number ("one of the two"): split it where a new
 * number starts after a complete one, and drop runs made only of "a", "and", "half" without a
 * scale (so "a", "and", "half of them" are not numbers).
 */
const LETTERS = /[A-Za-z]+/g;

function wordTokens(text: string, offset: number | undefined, run: string): NumberToken[] {
  const base = offset ?? 0;
  const parts: { word: string; start: number; end: number }[] = [];
  eachMatch(LETTERS, run, (w) => parts.push({ word: w[0].toLowerCase(), start: w.index, end: w.index + w[0].length }));
  const out: NumberToken[] = [];
  let i = 0;
  while (i < parts.length) {
    // Skip leading glue words that cannot start a number unless they lead into one ("a billion").
    const parsed = parseWords(parts, i);
    if (!parsed) {
      i += 1;
      continue;
    }
    const first = parts[i]!;
    const last = parts[parsed.next - 1]!;
    out.push({
      start: base + first.start,
      end: base + last.end,
      surface: text.slice(base + first.start, base + last.end),
      value: roundScaled(parsed.value),
      scaled: parsed.scale !== 1,
      scale: parsed.scale,
      spelled: true,
      gluedLeft: false,
      gluedRight: false,
      yearLike: false,
    });
    i = parsed.next;
  }
  return out;
}

function parseWords(parts: readonly { word: string }[], from: number): { value: number; next: number; scale: number } | null {
  let total = 0;
  let current = 0;
  let seen = false; // a unit, ten or scale word has been read
  let lastScale = 1;
  let lastUnit = -1; // value of the last unit word, to split "one two"
  let end = from;
  let pendingA = false;
  let pendingHalf = false;
  for (let i = from; i < parts.length; i++) {
    const w = parts[i]!.word;
    const next = parts[i + 1]?.word;
    if (w === 'a' || w === 'an') {
      // "a billion", "half a billion", "one and a half"; otherwise "a" ends the number.
      if (next && (next in WORD_SCALES || next === 'half' || next === 'quarter' || next === 'dozen')) {
        pendingA = true;
        continue;
      }
      break;
    }
    if (w === 'and') {
      if (seen && next && (next in UNITS || next === 'a' || next === 'half')) continue;
      break;
    }
    if (w === 'half' || w === 'quarter') {
      const fraction = FRACTION_PARTS.get(w)!;
      const afterA = pendingA;
      pendingA = false;
      if (seen && afterA) {
        // "one and a half": a fraction of the last scale read.
        current += fraction;
        end = i + 1;
        continue;
      }
      if (!seen && (next === 'a' || next === 'an') && parts[i + 2] && parts[i + 2]!.word in WORD_SCALES) {
        current = fraction;
        pendingHalf = true;
        end = i + 1;
        continue;
      }
      break;
    }
    if (w === 'dozen') {
      current = (current || (pendingA ? 1 : 1)) * 12;
      pendingA = false;
      seen = true;
      end = i + 1;
      continue;
    }
    if (w in UNITS) {
      const n = UNITS[w]!;
      // "one two": a second unit after a complete unit starts a new number.
      if (lastUnit >= 0 && (lastUnit < 10 || n >= 10 || lastUnit % 10 !== 0)) break;
      if (pendingHalf) break;
      current += n;
      lastUnit = n;
      seen = true;
      end = i + 1;
      continue;
    }
    if (w in WORD_SCALES) {
      const scale = WORD_SCALES[w]!;
      if (!seen && !pendingA && !pendingHalf) break;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      lastScale = scale;
      lastUnit = -1;
      pendingA = false;
      pendingHalf = false;
      seen = true;
      end = i + 1;
      continue;
    }
    break;
  }
  if (!seen || end === from) return null;
  return { value: total + current, next: end, scale: lastScale === 100 ? 1 : lastScale };
}

/** Format a number with a scale word, e.g. 2.5e9 → "2.5 billion" (used by tests and messages). */
export function formatWithScale(value: number, scaleWord: 'thousand' | 'million' | 'billion' | 'trillion'): string {
  const scale = SCALES[scaleWord]!;
  return `${Number((value / scale).toPrecision(12))} ${scaleWord}`;
}
