/**
 * A headline's figure the body tells as something other than money given: "Korea's KHNP to build
 * two reactors for $17bn" over "The Czech government chose South Korea's KHNP to build two
 * reactors for an estimated 400 billion koruna ($17 billion)": the body reads the figure (or its
 * bracketed conversion) as a contract's price, and the terse headline, which only says what is
 * built for how much, does not make it a commitment. A headline that names a verb of giving or of
 * signing ("to invest", "lends", "sign $8bn deal") keeps its commitment whatever the body says.
 */
import type { Commitment } from '../tables.ts';
import type { SentenceContext } from './context.ts';
import { sameNumber, type FactMention } from './mergeMentions.ts';
import { CONTRACT_REASON } from './classify.ts';

const GIVING_IN_HEADLINE = /\b(?:invest|lend|lent|loan|financ|fund|grant|pledg|commit|donat|deposit|stake|aid|credit|inject|backs?\b|bankroll|disburs|approv|provid|contribut|giv|gave|gets?\b|got\b|receiv|secur|wins?\b|won\b|lands?\b|bags?\b|taps?\b|sign|inks?\b|inked|seal|agree)/i;
const CONTRACT = /\b(?:contracts?|orders?|tenders?)\b/i;
const SIGNING = /\b(?:sign\w*|inks?|inked|seal\w*|agree\w*)\b/gi;

/** A project noun right after a figure: "$10bn nuclear plant" (the figure sizes it). */
// ("$5bn in renewable projects" is money put in projects, not their size.)
const PROJECT_AFTER_FIGURE = /^\s+(?:(?!(?:in|into|of|for|to|worth|across)\s)[\p{L}-]+\s+){0,2}?(?:plants?|projects?|mines?|ports?|refinery|railway|rail|pipeline|dam|reactors?|smelter|factory|complex|terminal|airport|park|farm|bridge|road|highway|expressway|line)\b/iu;

/** Whether the headline's figure written `surface` sizes the project after it. */
function sizesAProject(headline: string, surface: string): boolean {
  const at = headline.indexOf(surface);
  return at >= 0 && PROJECT_AFTER_FIGURE.test(headline.slice(at + surface.length));
}

export function withoutHeadlinesToldOtherwise(mentions: readonly FactMention<Commitment>[], contexts: readonly SentenceContext[]): readonly FactMention<Commitment>[] {
  if (!mentions.some((m) => m.headline)) return mentions;
  // The body's figures that are not money given, and those that are, with their bracketed conversions
  // ("850 million crowns ($80 million)": the conversion is that money too), as each mention carries it.
  const otherwise: { currency: string | null; value: number }[] = [];
  // Of those, the ones the body reads as a contract's price: a headline's "deal" for them is that contract.
  const contracted: { currency: string | null; value: number }[] = [];
  for (const c of contexts) {
    if (c.headline) continue;
    for (const m of c.money) {
      if (m.money.value === null || m.role.role === 'commitment') continue;
      otherwise.push({ currency: m.money.currency, value: m.money.value });
      if (m.role.role === 'none' && m.role.reason === CONTRACT_REASON) contracted.push({ currency: m.money.currency, value: m.money.value });
    }
  }
  const given: { currency: string | null; value: number }[] = [];
  for (const m of mentions) {
    if (m.headline) continue;
    if (m.row.amount !== null) given.push({ currency: m.row.currency, value: m.row.amount });
    if (m.converted && m.converted.value !== null) given.push({ currency: m.converted.currency, value: m.converted.value });
  }
  if (otherwise.length === 0) return mentions;
  const told = (list: typeof otherwise, row: Commitment) => row.amount !== null && list.some((f) => f.currency === row.currency && sameNumber(f.value, row.amount));
  // A verb of giving, or of signing when what is signed is no contract ("Tanzania, Yapi Merkezi sign $1.9bn
  // railway contract": signing a contract gives no money).
  // ("Kazakhstan, Rosatom sign deal for $10bn nuclear plant": nor when the sum is the size of what is built.)
  // ("Nigeria signs $5bn deal with Chinese firm" over "signed a $5bn agreement with X Construction Corporation to build": nor one the body calls a builder's contract.)
  const giving = (m: FactMention<Commitment>) => {
    const headline = m.evidence.sentence;
    if (GIVING_IN_HEADLINE.test(headline.replace(SIGNING, ''))) return true;
    return GIVING_IN_HEADLINE.test(headline) && !CONTRACT.test(headline) && !sizesAProject(headline, m.evidence.surface) && !told(contracted, m.row);
  };
  const keep = mentions.filter((m) => !m.headline || giving(m) || !told(otherwise, m.row) || told(given, m.row));
  return keep.length === mentions.length ? mentions : keep;
}
