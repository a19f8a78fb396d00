/**
 * Instrument of a commitment (investment, loan, export credit, ...), from the cue word nearest the
 * figure. Export credit is the one exception to "nearest wins": an export-credit agency named
 * close to a figure makes it export credit whatever generic word ("financing") sits nearer.
 */
import type { Instrument } from '../tables.ts';
import { freezeRows, memoTable } from './memo.ts';
import { eachMatch } from './matches.ts';

/**
 * Verbs of putting money into a thing, with the "into" they need ("will put ₹4,500 crore into the first
 * phase", "will plough more than 3 trillion pesos into a toll road", "to sink over €1.2bn into a plant";
 * "shares sank 5%" is no money put in).
 */
export const PUT_VERBS = String.raw`(?:puts?|putting|plough(?:s|ed|ing)?|plow(?:s|ed|ing)?|sink(?:s|ing)?|sank|sunk|pour(?:s|ed|ing)?|pump(?:s|ed|ing)?)`;
export const PUT_INTO = String.raw`${PUT_VERBS}(?=(?:[^.;]|\.(?=\d)){0,60}?\binto\b)`;

/** The holding a price is paid for: "for its share", "for a holding in" (classify.ts reads it right after a figure). */
// ("accounted for the largest share with $2.4bn": the share of a total a party's money is, not a holding it buys.)
export const HOLDING_FOR = String.raw`(?<!\baccount(?:s|ed|ing)?\s)for\s+(?:its|their|a|the)\s+(?!(?:largest|biggest|greatest|lion['’]s|bulk|smallest)\s)(?:[\w’'%-]+\s+){0,2}?(?:share|holding|interest)`;

const CUES: readonly [Instrument, RegExp][] = [
  // The African Export-Import Bank is a multilateral lender, not an export-credit agency.
  ['export_credit', /\b(?:export[- ]credits?|(?<!african\s)export[- ]import bank|exim|ex-im|export credit agency|eca cover|export finance|sinosure|jbic|ukef|euler hermes)\b/gi],
  ['debt_package', /\b(?:debt package|financing package|finance package|funding package|rescue package|loan package|syndicated|syndicate|lenders|consortium of (?:banks|lenders)|club loan)\b/gi],
  // ("a $45-million offtake prepayment facility", "a $700 million crude oil prepayment deal": a buyer's money advanced against
  // deliveries is financing, not the trade it is repaid in, nor a facility's loan; one cue, ahead of "offtake" and "facility".)
  ['financing', /\b(?:(?:offtake|crude(?:\s+oil)?|oil|copper|cobalt|nickel|gold|metals?|concentrate|ore)[- ])?(?:pre-?payments?|prepay)(?:\s+(?:facilit(?:y|ies)|deals?|agreements?|financing|arrangements?))?\b/gi],
  // ("Oman has parked $500 million with the Central Bank of Sri Lanka": money parked at a central bank is a deposit.)
  ['deposit', /\b(?:deposits?|deposited|placed with the central bank|parked(?=[^.;]{0,60}?\bcentral\s+bank\b))\b/gi],
  // "£500m in loan guarantees": backing for others' loans, not a loan (before the loan cue, which would take "loan").
  ['guarantee', /\b(?:(?:loan|credit|sovereign|partial\s+(?:credit|risk)|risk|payment)\s+)?guarantees?\b|\b(?:political\s+)?risk\s+insurance\b/gi],
  // "the deferred oil payment facility of $1.2 billion", "oil on deferred payment", "a $1.2bn oil facility": credit for goods bought
  // is trade finance, not a loan (before the loan cue, which would take "facility").
  ['trade', /\b(?:deferred\s+(?:oil\s+)?payments?(?:\s+(?:facilit(?:y|ies)|terms|arrangements?))?|(?:oil|fuel|petroleum|crude)(?:\s+supplies)?\s+on\s+deferred\s+payments?|(?:oil|fuel|petroleum|crude)\s+(?:import\s+)?(?:(?:credit|financing|supply|payment)\s+)?facilit(?:y|ies))\b/gi],
  // An IMF arrangement or a lender's policy operation is lent: "arrangements under the EFF and ECF", "an SBA", "a DPO".
  ['loan', /\b(?:EFF|ECF|RSF|SBA|RCF|RFI|PRGT|FCL|PLL|DPO|DPF|DPL|(?:stand-?by|extended)\s+arrangements?|development\s+policy\s+(?:operation|financing|loan)s?)\b/g],
  // The EU's macro-financial assistance is lent ("macro-financial aid" before "aid" reads as a grant).
  ['loan', /\bmacro-?financial\s+(?:assistance|aid|support)\b/gi],
  // ("Qatar buys $1bn of Egypt's green bonds": bonds bought are lent, not a holding.)
  ['equity', new RegExp(String.raw`\b(?:stakes?|equity|shares|shareholding|(?:private\s+|share\s+)?placements?|acquir(?:e|es|ed|ing)|acquisition|(?:buy(?:s|ing)?|bought)(?![^.;]{0,40}\b(?:bonds?|eurobonds?|sukuk|treasury\s+bills|t-bills)\b)|(?:funding|fundraising|financing|investment|equity)\s+round|series\s+[A-F]|(?:sell(?:s|ing)?|sold)\s+(?:its|their|a|the)\s+(?:[\w-]+\s+){0,3}?(?:business|businesses|unit|subsidiary|operations|division|arm|assets)|${HOLDING_FOR})\b`, 'gi')],
  // ("a €30 million investment grant": a grant for investment, one cue, not "investment" nearer the figure.)
  ['grant', /\b(?:(?:investment|capital|cash|matching)\s+grants?|grants?|granted|aid|donat(?:e|es|ed|ion|ions)|gift(?:ed)?|humanitarian assistance|non-repayable|subsid(?:y|ies)|(?:cash|tax|investment)\s+incentives?)\b/gi],
  // ("secured a US$2 billion repurchase agreement with six banks": money lent against bonds.)
  ['loan', /\b(?:loans?|repurchase\s+agreements?|repos?|lend(?:s|ing)?|lent|credit lines?|lines? of credit|credit facility|borrow(?:s|ed|ing)?|concessional|(?<!(?:tax|carbon|trade|supplier|buyer) )credits?(?! (?:rating|card|score|insurance|guarantee))|(?:extended )?(?:fund|credit|financing|lending) facility|tranches?|facilit(?:y|ies)|(?:senior |junior |mezzanine |project )?debt(?= from| financing| facility)|(?:of|in) (?:(?:senior|junior|mezzanine|subordinated|long-term|project|secured|new) )?debt|stand-?by arrangement|rapid financing instrument|resilience and sustainability facility)\b/gi],
  // "raised $2bn from a bond sale": debt sold to investors, none of the kinds above.
  ['other', /\b(?:bonds?|eurobonds?|sukuk|bond\s+(?:issue|sale))\b/gi],
  ['financing', /\b(?:financ(?:e|es|ed|ing)|fund(?:ed|ing)|funds|bailout)\b/gi],
  // "will set up a $3bn steel mill": building a plant of one's own is investing in it (only right before the figure).
  // ("will plough more than 3 trillion pesos into a toll road", "to sink €1.2bn into a plant": money put into a thing.)
  ['investment', new RegExp(String.raw`\b(?:invest(?:s|ed|ing|ment|ments|or|ors)?|spend(?:s|ing)?|spent|inject(?:s|ed|ion)?|fdi|${PUT_INTO}|(?:set(?:s|ting)?\s+up|build(?:s|ing)?|construct(?:s|ing)?)(?=\s+(?:an?\s+)?(?:[$€£¥₹]|US\$|Rs|\d)))\b`, 'gi')],
  ['trade', /\b(?:trade (?:deal|agreement|pact)|purchase agreement|supply (?:deal|agreement)|offtake)\b/gi],
];

/** An export-credit cue that is a bank's name, not the words of export credit: "Exim", "Export-Import Bank". */
const EXIM_NAME = /^(?:exim|ex-im|export[- ]import bank)$/i;
/** Before an agency's name: a name, then a comma or "and", and the agency's words (or its bracket). */
const LISTED_AFTER_LENDERS = /[\p{Lu}][\p{L}.&-]*\s*(?:,|\s+and|\s+&)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.&-]*\s+){0,6}(?:for\s+(?:[\p{Lu}][\p{L}.&-]*\s*)+)?\(?$/u;
/** A loan turned into a grant or a stake: "convert an interest-free loan of 200 million yuan ... into grant assistance". */
const CONVERTED_INTO = /\bconvert(?:s|ed|ing)?\b[^.;]{0,160}?\binto\s+(?:a\s+|an\s+)?(grants?|grant\s+(?:assistance|aid)|aid|equity|shares|a\s+stake)\b/i;
const BACKED_BY_BEFORE = /\b(?:backed|covered|secured|insured|underpinned|supported)\s+by\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,4}$/i;

export interface InstrumentCue {
  instrument: Instrument;
  start: number;
  end: number;
}

export function instrumentCues(text: string): InstrumentCue[] {
  const cues: InstrumentCue[] = [];
  for (const [instrument, pattern] of CUES) {
    eachMatch(pattern, text, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (cues.some((c) => start < c.end && c.start < end)) return;
      // "Asian Infrastructure Investment Bank", "Public Investment Fund": a word of a name says nothing of the money.
      if (instrument !== 'export_credit' && inName(text, start, end)) return;
      // "half a billion dollars backed by a German government untied loan guarantee": the cover behind money is not its kind.
      if (instrument === 'guarantee' && BACKED_BY_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return;
      cues.push({ instrument, start, end });
    });
  }
  return cues.sort((a, b) => a.start - b.start);
}

// Every figure of a sentence asks for the same cues: they are found once per sentence and shared (frozen).
const cueMemo = memoTable<readonly InstrumentCue[]>();
const cuesOf = (sentence: string): readonly InstrumentCue[] => cueMemo.get(sentence) ?? cueMemo.set(sentence, freezeRows(instrumentCues(sentence)));

/** A capitalised one-word cue next to another capitalised word: part of a name. */
function inName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  // Multi-word cues ("Extended Fund Facility") are names of instruments, not of institutions.
  if (!/^[\p{Lu}]/u.test(word) || /\s/.test(word)) return false;
  // ("a Japanese ODA Loan of up to 40,000 million yen", "signed two Loan Agreements": a release's capitals, not a name.)
  if (/^\s+Agreements?\b/.test(text.slice(end, end + 14)) || /\bODA\s+$/.test(text.slice(Math.max(0, start - 6), start))) return false;
  const before = /[\p{Lu}][\p{L}.&-]*\s+$/u.test(text.slice(Math.max(0, start - 40), start));
  const after = /^\s+[\p{Lu}]/u.test(text.slice(end, end + 30));
  return before || after;
}

const CURRENCY_SWAP = /\b(?:currency|yuan|renminbi|dollar|bilateral|local[- ]currency)\s+swaps?\b|\bswap\s+(?:lines?|agreements?|arrangements?|facilit(?:y|ies))\b|\b(?:the|its|their)\s+swap\b/i;

/** A verb of guaranteeing right before a figure: "will guarantee", "guaranteed", "underwrites". */
// ("will backstop a $1 billion bond": what is backstopped may take its article.)
const GUARANTEE_VERB_BEFORE = /\b(?:(?:guarantee[sd]?|guaranteeing|underwrit(?:e|es|ing)|underwrote|underwritten)\s+|backstop(?:s|ped|ping)?\s+(?:an?\s+)?)$/i;

/** Right after a figure, the source it comes from: "$700m from the IFC". */
export const SOURCE_AFTER = /^\s+from\s+(?:the\s+)?\p{Lu}/u;
/**
 * Right after a figure, the banks it is borrowed from: "syndicated loan with a group of 12 banks",
 * "loan from five international lenders". The export-credit agency named before it is then the
 * borrower ("Turk Eximbank has signed a $1.5bn syndicated loan with a group of banks"), not the kind of money.
 */
const BANKS_LEND_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:loans?|facility|financing)\s+(?:with|from)\s+(?:an?\s+(?:group|syndicate|consortium|club)\s+of\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|[\w-]+)?\s*(?:[\w-]+\s+)?(?:banks|lenders)\b/i;

/**
 * The instrument of the figure at [start, end) of `sentence`, looking back to `from` (the end of
 * the previous figure) and forward to `to` (the next figure, or the clause's end).
 */
export function instrumentOf(sentence: string, start: number, end: number, from = 0, to = sentence.length): Instrument | null {
  // "Britain will guarantee up to £300m of World Bank loans": what a party guarantees is its guarantee, whatever it backs.
  if (GUARANTEE_VERB_BEFORE.test(sentence.slice(Math.max(from, start - 30), start))) return 'guarantee';
  // "a 130 billion yuan currency swap", "the activated tranche of their currency swap, worth 35 billion yuan": central
  // banks' currencies exchanged, to be swapped back, are no loan (a kind of their own: other), whatever "tranche" says.
  if (/swap/i.test(sentence) && CURRENCY_SWAP.test(sentence.slice(Math.max(from, start - 90), Math.min(to, end + 60)))) return 'other';
  // "agreed to convert an interest-free loan of 200 million yuan, extended in 2017, into grant assistance": what
  // the money becomes is its kind.
  if (/convert/i.test(sentence)) {
    const c = CONVERTED_INTO.exec(sentence);
    if (c && c.index < start && c.index + c[0].length > end) return c[1]!.toLowerCase().startsWith('grant') || /aid/i.test(c[1]!) ? 'grant' : 'equity';
  }
  const all = cuesOf(sentence);
  // "$1.25bn from US EXIM and $700m from the IFC": a figure naming its own source after it is not
  // the agency's named before it, so an export-credit cue before such a figure is another's.
  const ownSource = SOURCE_AFTER.test(sentence.slice(end, end + 40)) || BANKS_LEND_AFTER.test(sentence.slice(end, end + 90));
  const cues = ownSource ? all.filter((c) => c.instrument !== 'export_credit' || c.start >= end) : all;
  const afterLimit = Math.min(to, clauseEnd(sentence, end));
  // (Not past ", and" before a capitalised subject: "... loans, and Korean companies signed deals worth $7bn".)
  const andClause = lastCapitalAnd(sentence, start);
  const ownFrom = Math.max(from, andClause);
  // ("$1bn in loans, $7bn in projects": the noun right after the figure before is that one's, not this one's.)
  const near = cues.filter((c) => (c.end <= start && c.start >= ownFrom && !(from > 0 && OWN_NOUN_GAP.test(sentence.slice(from, c.start)))) || (c.start >= end && c.end <= afterLimit));
  // ("in talks with DBS Bank, OCBC and the Japan Bank for International Cooperation (JBIC) to raise ... in project
  // loans": an agency listed after other lenders is one of a group, whose money is not its export credit.)
  const eca = near.find((c) => c.instrument === 'export_credit' && cueDistance(c, start, end) <= 60 && !LISTED_AFTER_LENDERS.test(sentence.slice(Math.max(0, c.start - 90), c.start)));
  // ("Kenya, China sign $1.2bn loan" from the Export-Import Bank of China: a loan an Exim bank names a loan is a loan; only
  // the words of export credit, or an agency named with no noun of its own, make it export credit.)
  if (eca && !(EXIM_NAME.test(sentence.slice(eca.start, eca.end)) && near.some((c) => c.instrument === 'loan' && cueDistance(c, start, end) < cueDistance(eca, start, end)))) return 'export_credit';
  // "€5bn in loans, €1.8bn in investments": the noun the figure is "in" or "of" is its own, however near another figure's.
  const own = near.find((c) => c.start >= end && OWN_NOUN_GAP.test(sentence.slice(end, c.start)));
  if (own) return own.instrument;
  let best: InstrumentCue | null = null;
  for (const c of near) if (!best || cueDistance(c, start, end) < cueDistance(best, start, end)) best = c;
  // "The loan is co-financed with X, which is providing $700m": "co-financed" says who shares the
  // money, not its kind; the kind the sentence named before it is the figure's.
  if (best && best.instrument === 'financing' && /\bco-?$/i.test(sentence.slice(Math.max(0, best.start - 3), best.start))) {
    const named = cues.filter((c) => c.end <= best!.start && c.instrument !== 'financing');
    if (named.length > 0) return named[named.length - 1]!.instrument;
  }
  // "signed a loan agreement worth AED550 million to finance the canals": money "to finance" or "to fund" a thing
  // names its purpose; the kind named before the figure is its own.
  if (best && best.instrument === 'financing' && best.start >= end && /^\s+to\s+(?:help\s+)?$/i.test(sentence.slice(end, best.start))) {
    const before = near.filter((c) => c.end <= start && c.instrument !== 'financing');
    if (before.length > 0) return before[before.length - 1]!.instrument;
  }
  if (best) return best.instrument;
  // "$1bn in loans, $7bn in projects": a figure with a noun of its own that names no kind of money has none.
  if (OWN_NOUN_AFTER.test(sentence.slice(end, end + 40))) return null;
  // Coordinated figures share the instrument of the sentence ("$1bn and $2bn in loans"), not of another clause
  // ("the fund will lend $300m, while the remaining $700m will be covered by X").
  // (", and Korean companies signed deals worth $7bn": "and" before a capitalised subject starts one too.)
  const clauseStart = Math.max(...[';', ' - ', ' – ', ' — ', ', while ', ', whereas ', ', but '].map((b) => sentence.lastIndexOf(b, start)), andClause);
  // (Not an export-credit agency's name: "JBIC will provide $400m and the EIB €300m" names another lender
  // for the second figure; an agency counts for a figure only near it, above.)
  const anywhere = cues.filter((c) => c.end <= start && c.start > clauseStart && !(from > 0 && c.instrument === 'export_credit'));
  return anywhere.length > 0 ? anywhere[anywhere.length - 1]!.instrument : null;
}

/** Where the last ", and " before a capitalised word starts, before `at` (-1: none). */
function lastCapitalAnd(sentence: string, at: number): number {
  let last = -1;
  for (let i = sentence.indexOf(', and ', 0); i >= 0 && i < at; i = sentence.indexOf(', and ', i + 1)) {
    const c = sentence.charCodeAt(i + 6);
    if (c >= 65 && c <= 90) last = i;
  }
  return last;
}

/** Right after a figure, a noun phrase of its own: "in projects", "of new roads". */
// ("$500m in the first phase": a phrase with an article says when or where, not what the money is.)
const OWN_NOUN_AFTER = /^\s+(?:in|of)\s+(?!(?:the|a|an|its|their|this|that)\b)(?:[a-z][\w-]*\s+){0,2}?[a-z]{3,}/;
const OWN_NOUN_GAP = /^\s+(?:in|of|as)\s+(?:[\w-]+\s+){0,2}$/;

/** Characters between a cue and the figure at [start, end) (a cue is never inside it). */
function cueDistance(c: InstrumentCue, start: number, end: number): number {
  return c.end <= start ? start - c.end : c.start - end;
}

function clauseEnd(sentence: string, from: number): number {
  // A subordinate clause ("until it cuts spending") has its own words.
  const m = /[,;:(]|\s[–—-]\s|\s(?:until|unless|because|while|whereas|after|before|once|if|when)\s/.exec(sentence.slice(from));
  return m ? from + (m.index ?? 0) : sentence.length;
}
