/**
 * Money figures in a sentence: a number with a currency before it ("$2 billion", "USD 450
 * million", "Rs1.2tn", "€300m") or after it ("450 million dollars", "3.5bn euros"), its qualifier
 * ("over", "up to", "about") and ranges ("between $1bn and $2bn", "$1-2 billion", "Rs 50-60
 * billion"). A number without a currency is not money, so years, dates, model names ("JF-17"),
 * percentages and phone numbers never come out of here.
 *
 * Values are plain numbers in the stated currency: a currency written first is never a divisor.
 * Bounds follow qualifiers.ts (a range has value null and both bounds).
 */
import type { Qualifier } from '../tables.ts';
import { findNumbers, type NumberToken } from './numbers.ts';
import { resolveCurrency, type CurrencyContext, type CurrencyIndex } from './currencies.ts';
import { bounds, estimatedOf, qualifierAfter, qualifierBefore } from './qualifiers.ts';

export interface MoneyMention {
  /** Span of the whole figure with its qualifier, within the sentence: "over $2 billion". */
  start: number;
  end: number;
  surface: string;
  /** Span of the amount itself, currency included, without the qualifier: "$2 billion". */
  amountStart: number;
  amountEnd: number;
  value: number | null;
  low: number | null;
  high: number | null;
  /** ISO code; null when the currency is named but ambiguous ("rupees" with no country in sight). */
  currency: string | null;
  qualifier: Qualifier;
}

interface Priced {
  token: NumberToken;
  /** Start of the currency prefix, or the number's start. */
  start: number;
  /** End of the currency suffix, or the number's end. */
  end: number;
  alias: string | null;
}

const RANGE_JOIN = /^\s*(?:-|–|—|to|and)\s*$/i;

/** Every money figure in `sentence`, in order. */
export function findMoney(sentence: string, currencies: CurrencyIndex, context: CurrencyContext | null = null): MoneyMention[] {
  const tokens = findNumbers(sentence);
  if (tokens.length === 0) return [];
  const priced = tokens.map((token) => price(sentence, token, currencies));
  const out: MoneyMention[] = [];
  for (let i = 0; i < priced.length; i++) {
    const a = priced[i]!;
    const b = priced[i + 1];
    const range = b ? asRange(sentence, a, b) : null;
    if (range && b) {
      const alias = a.alias ?? b.alias;
      if (alias === null) continue;
      const low = a.token.scaled || !b.token.scaled ? a.token.value : a.token.value * b.token.scale;
      const high = b.token.value;
      if (!(low < high)) {
        // "$2bn-$1bn" is not a range anyone writes; read the two as separate figures.
      } else {
        const start = range.start;
        out.push({
          start,
          end: b.end,
          surface: sentence.slice(start, b.end),
          amountStart: a.start,
          amountEnd: b.end,
          value: null,
          low,
          high,
          currency: resolveCurrency(alias, currencies, sentence, context, inCrore(a.token) || inCrore(b.token), sentence.slice(b.end, b.end + 40)),
          qualifier: 'range',
        });
        i += 1;
        continue;
      }
    }
    if (a.alias === null) continue;
    const before = qualifierBefore(sentence.slice(0, a.start));
    const after = qualifierAfter(sentence.slice(a.end));
    const qualifier: Qualifier = before?.qualifier ?? after?.qualifier ?? (estimatedOf(sentence.slice(Math.max(0, a.start - 60), a.start)) ? 'about' : 'exact');
    const start = before ? a.start - before.length : a.start;
    // ("a 1.2 billion euro three-year loan": the currency word that ends one figure does not open the next.)
    const last = out[out.length - 1];
    if (last !== undefined && a.start < last.end) continue;
    const end = after && !before ? a.end + after.length : a.end;
    const value = a.token.value;
    out.push({
      start,
      end,
      surface: sentence.slice(start, end),
      amountStart: a.start,
      amountEnd: a.end,
      value,
      ...bounds(qualifier, value),
      currency: resolveCurrency(a.alias, currencies, sentence, context, inCrore(a.token), sentence.slice(a.end, a.end + 40)),
      qualifier,
    });
  }
  return out;
}

/** Whether a number is counted in crore or lakh ("10,000 crore", "5 lakh"): see resolveCurrency. */
function inCrore(token: NumberToken): boolean {
  return token.scaled && CRORE_WORD.test(token.surface);
}
const CRORE_WORD = /(?:crores?|lakhs?|lacs?|\dcr|\scr)$/i;

/** Attach a currency to a number token when one is written against it. */
function price(sentence: string, token: NumberToken, currencies: CurrencyIndex): Priced {
  const none: Priced = { token, start: token.start, end: token.end, alias: null };
  if (token.gluedRight) return none;
  const left = sentence.slice(Math.max(0, token.start - 24), token.start);
  const pre = currencies.prefix(left);
  // A one-letter currency ("R2bn", "N450bn") only before a scaled or grouped sum: "N95 masks", "R2 road" name no money.
  const oneLetter = pre !== null && /^[A-Z]$/.test(pre.trim()) && !token.scaled && !/\d[,.]\d{3}/.test(token.surface);
  // A code run into a small bare number ("COP29", "CAD3") names a thing; a sum has a space, a scale or more digits ("USD500m").
  const codeName = pre !== null && pre === pre.trimEnd() && currencies.codeOnly.has(pre.toLowerCase()) && !token.scaled && /^\d{1,2}$/.test(token.surface);
  if (pre !== null && !oneLetter && !codeName && acceptable(pre, currencies)) {
    // ("US $750 million": the country's code spaced from its dollar sign is part of the sum's currency.)
    // ("$ 68 m", "Rs. 2.1 b": a one-letter scale written apart from the figure, after its currency, is the figure's.)
    const letter = token.scaled ? null : SPACED_LETTER_SCALE.exec(sentence.slice(token.end, token.end + 5));
    const scale = letter ? LETTER_SCALES[letter[1]!.toLowerCase()]! : 1;
    const scaled = letter ? { ...token, value: token.value * scale, scaled: true, scale, end: token.end + letter[0].length } : token;
    const spaced = pre.trim() === '$' ? SPACED_US_BEFORE.exec(left.slice(0, left.length - pre.length)) : null;
    if (spaced) return { token: scaled, start: token.start - pre.length - spaced[0].length, end: scaled.end, alias: 'US$' };
    // ("$22.8 billion Cdn", "$300 million US": a Canadian paper's way of saying which dollar, after the figure.)
    const marked = pre.trim() === '$' ? DOLLAR_MARK_AFTER.exec(sentence.slice(scaled.end)) : null;
    if (marked) return { token: scaled, start: token.start - pre.length, end: scaled.end + marked[0].length, alias: DOLLAR_MARKS[(marked[1] ?? marked[2])!.replace(/\.$/, '').toUpperCase()]! };
    return { token: scaled, start: token.start - pre.length, end: scaled.end, alias: pre.trim() };
  }
  if (token.gluedLeft) return none;
  // ("120.5 bil. yen": an abbreviated scale's full stop stands between the number and its currency.)
  const dot = token.scaled && /[a-z]$/i.test(token.surface) && /^\.\s/.test(sentence.slice(token.end, token.end + 2)) ? 1 : 0;
  const right = sentence.slice(token.end + dot, token.end + dot + 80);
  const suf = currencies.suffix.exec(right);
  if (suf && acceptable(suf[0], currencies) && !(/^\s*pounds?\s+of\b/i.test(right) && !POUNDS_OF_MONEY.test(right))) {
    return { token, start: token.start, end: token.end + dot + suf[0].length, alias: suf[0].replace(/^-/, '').trim() };
  }
  return none;
}

/**
 * A country's mark after a dollar figure. The short marks always name the dollar; a country's adjective only where
 * nothing it could describe follows ("$5 million Canadian," but not "$300 million US EXIM loan", "$2 million
 * Australian grant").
 */
const DOLLAR_MARK_AFTER = /^\s+(?:(Cdn\.?|CDN|CAD|USD|AUD|NZD)(?![\w$])|(Canadian|Australian|US|U\.S\.)(?=\s*(?:[,;:)\]]|\.(?:\s|$)|$)|\s+(?:dollars?|in|to|for|from|and|or|over|by|on|at|with|is|was|were|will|would|has|had|that|which|as)\b))/;
const DOLLAR_MARKS: Record<string, string> = {
  CDN: 'Canadian dollar', CAD: 'Canadian dollar', CANADIAN: 'Canadian dollar',
  USD: 'US$', US: 'US$', 'U.S': 'US$',
  AUD: 'Australian dollar', AUSTRALIAN: 'Australian dollar', NZD: 'New Zealand dollar',
};

/**
 * "pounds of" is a weight ("2 million pounds of beef"), unless money follows: "300 million pounds of
 * World Bank loans", "of new investment".
 */
const POUNDS_OF_MONEY = /^\s*pounds?\s+of\s+(?:[\w’'-]+\s+){0,3}?(?:loans?|debt|investments?|funding|financing|aid|bonds?|gilts|credit|grants?|support|assistance|guarantees?|deposits?|equity|capital|spending|money|subsid(?:y|ies))\b/i;

/** A one-letter (or two-letter) scale after a space, then no letter or digit: " m", " bn" (not " mn" of "m" metres before a word). */
const SPACED_LETTER_SCALE = /^\s(m|mn|b|bn)(?![\p{L}\d])/u;
const LETTER_SCALES: Readonly<Record<string, number>> = { m: 1e6, mn: 1e6, b: 1e9, bn: 1e9 };
const SPACED_US_BEFORE = /(?<![\p{L}.])(?:US|U\.S\.)\s$/u;

/** Codes count only in capitals ("try" is a verb, "TRY" the lira). */
function acceptable(alias: string, currencies: CurrencyIndex): boolean {
  const a = alias.trim();
  return !(currencies.codeOnly.has(a.toLowerCase()) && a !== a.toUpperCase());
}

/** Two priced numbers that form a range, with where the range's words start ("between", "from"). */
function asRange(sentence: string, a: Priced, b: Priced): { start: number } | null {
  if (a.alias === null && b.alias === null) return null;
  // A currency after the first number ends it: "$1bn and $2bn" are two figures unless "between".
  const join = sentence.slice(a.end, b.start);
  if (!RANGE_JOIN.test(join)) return null;
  const word = join.trim().toLowerCase();
  const lead = /(?:(between|ranging from|from|in the range of)\s+)$/i.exec(sentence.slice(Math.max(0, a.start - 24), a.start));
  const leadWord = lead?.[1]?.toLowerCase() ?? null;
  if (word === 'and' && leadWord !== 'between') return null;
  // "rose from $1bn to $2bn" is a change, not a range.
  if (word === 'to' && leadWord === 'from') return null;
  if (leadWord === 'between' && word !== 'and' && word !== '-' && word !== '–') return null;
  if (a.token.yearLike && b.token.yearLike && a.alias === null) return null;
  return { start: lead && (leadWord === 'between' || leadWord === 'ranging from' || leadWord === 'in the range of') ? a.start - lead[0].length : a.start };
}
