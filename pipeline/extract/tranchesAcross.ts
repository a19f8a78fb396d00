/**
 * Tranches told after their whole: "The Public Investment Fund will invest $15bn in Ras Gamila.
 * The fund will pay $5bn upfront this year, with the remaining $10bn over three years." A figure
 * the sentence names as a tranche of something ("upfront", "the remaining", "an initial", "the
 * first tranche of") is a part of the largest commitment of the sentence before (or the one before
 * that) that is larger, in its currency and from its funder (or a part whose funder is not named),
 * and is linked to it so that no total counts it twice.
 *
 * A sentence whose figures name a tranche and together come to the whole ("Cosco will contribute
 * $1.5bn in equity, while CDB and China Exim will provide the remaining $3bn" after "$4.5bn") is
 * its breakdown: all its figures are the whole's parts, whoever gives them.
 *
 * Parts told in the whole's own sentence are linked by commitments.ts; parts after "The financing
 * includes" by includedAcross.ts.
 */
import type { Commitment, Sentence } from '../tables.ts';
import { SHARE_OF_THE_TOTAL_OPENING, TRANCHE_AFTER, TRANCHE_BEFORE } from './classify.ts';
import { amountPoint, coarserReceiver, GENERIC_INSTRUMENTS, overlaps, withPartOf, withWholesTerms, type FactMention } from './mergeMentions.ts';
import { FIRM_WHOLE } from './firmWholesParts.ts';
import { comparableSize, smallerPart, type SizeRates } from './sizes.ts';

/** Opening the sentence, before its figure: "Of that sum, €600m will be disbursed through the EIB", "Of the green-energy portion, €200m ...". */
// ("The bulk of the money, a BDS$150 million loan, will go to": its largest part, the same.)
const POINTING_BACK_OF = /^\W*(?:(?:the\s+)?(?:bulk|majority|most|lion['’]s\s+share|(?:largest|biggest)\s+(?:share|part|portion|slice))\s+)?(?:of|out\s+of)\s+(?:that|this|the|which)\s+(?:[\w-]+\s+){0,2}?(?:sum|amount|total|money|package|figure|financing|funding|loan|investment|pledge|commitment|portion|share|part|tranche|grant|credit|facility)\s*,?\s*(?:an?\s+)?(?:about|around|some|nearly|over|up\s+to)?\s*$/i;

/** Right after the figure, the whole told before: "Eni will invest $4bn of the total over four years". */
const OF_TOTAL_AFTER = /^\s+of\s+(?:that|this|the)\s+(?:total|sum|amount|package|money|figure)\b/i;

/** A share of the whole, named before it: "will receive the largest share, about €4bn". */
const SHARE_OF_WHOLE_BEFORE = /\b(?:largest|biggest|lion['’]s|greatest|smallest|second-largest)\s+(?:share|portion|part|chunk|slice),?\s+(?:of\s+|with\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly)\s+)?$/i;

/** A part's funder is the whole's, unsplit: "A; B" borrowed from the sentence before, where the whole was read as B's alone. */
function unsplitFunder(part: string | null, whole: string | null): boolean {
  if (part === null || whole === null || part === whole) return false;
  const names = part.split('; ');
  return whole.split('; ').every((n) => names.includes(n));
}

/**
 * Before a figure, an item of a whole counted off: "The first agreement, worth", "The second, amounting to",
 * "while the third, worth". Such items adding up to a sum just told are its breakdown.
 */
// ("The first agreement, with KfW, covers 180 million euros", "The second, a 115 million euro loan from the EIB": a
// counterpart between commas, a verb of size, or the item told as its own sum.)
const ORDINAL_ITEM_BEFORE = /\b(?:the|a)\s+(?:first|second|third|fourth|fifth|sixth|last|final)(?:\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s*(?:,\s+(?:with|from|for)\s+[^,;]{1,40},)?(?:,\s+(?:(?:each\s+)?worth|amounting\s+to|totall?ing|valued\s+at|of|for|an?)|\s+(?:covers|concerns|amounts\s+to|totals|is\s+worth|is\s+for|is\s+an?))\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|approximately|roughly)\s+)?$/i;
/** Before a whole told as the sum of several: "for a combined", "worth a total of", "totalling". */
const COMBINED_BEFORE = /\b(?:combined|jointly|together|a\s+total\s+of|totall?ing|in\s+total)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|approximately|roughly)\s+)?$/i;
/** The weaker readings of a future-tense part ("will finance the road") of a whole its signatories already signed. */
const FUTURE_READINGS: ReadonlySet<string> = new Set(['pledged', 'intended', 'expected', 'proposed']);

/** Funder types that lend: a whole from one of them holds no other lender's loan by chance of a sum. */
const LENDER_TYPES: ReadonlySet<string> = new Set(['development_bank', 'bank', 'export_credit_agency']);


/** Whether some sentence after the first holds two figures or more, none of which names its own giver (a breakdown may, untold). */
function hasUnnamedPair(mentions: readonly FactMention<Commitment>[]): boolean {
  const unnamed = new Set<number>();
  for (const m of mentions) {
    if (m.position === 0 || !namesNoGiver(m)) continue;
    if (unnamed.has(m.position)) return true;
    unnamed.add(m.position);
  }
  return false;
}

/** How far back the whole may be: the sentence before, or the one before that. */
const REACH = 2;

/** Every sentence a tranche rule can fire on holds one of these (case-insensitive): most articles hold none. */
const TRANCHE_GATE = /remaining|rest|balance|remainder|initial|first|second|third|final|last|next|up-?front|tranche|instal|of th|of which|out of|share|portion|respectively|combined|total|jointly|together/i;
/** "Seoul will provide $340 million and $180 million, respectively, for the two projects": figures paired with what was just told. */
const RESPECTIVELY = /\brespectively\b/i;

/** A tranche whose sentence names no funder took one from a neighbour ("The first $5bn will be disbursed this year"): its whole's is better. */
const borrowedFunder = (part: FactMention<Commitment>) => part.funderBorrowed === true;
/** A figure whose own sentence names no giver for it (none, or one borrowed from a neighbour). */
const namesNoGiver = (m: FactMention<Commitment>) => m.row.funder === null || borrowedFunder(m);

/** The part's funder is of a country the whole names among its funders ("JICA" in "Japan; Asian Development Bank"). */
function ofFunderCountry(part: Commitment, whole: Commitment): boolean {
  return part.funder_country !== null && whole.funder !== null && whole.funder.split(/;\s*/).includes(part.funder_country);
}

/**
 * The part's own receiver, told right after it: "$800 million will be extended to Pakistan State Oil (PSO) and the
 * remaining $400 million to Pakistan LNG Limited" splits the whole among receivers of its own.
 */
function receiverToldAfter(part: FactMention<Commitment>, row: Commitment, sentences: readonly Sentence[]): boolean {
  const sentence = sentences[part.position];
  if (sentence === undefined || row.recipient === null || row.recipient.includes('; ')) return false;
  const after = sentence.text.slice(part.evidence.end - sentence.start, part.evidence.end - sentence.start + 90);
  const at = after.indexOf(row.recipient);
  return at >= 0 && RECEIVER_VERB_AFTER.test(after.slice(0, at));
}
/** Before the part's receiver: "will go to", "will be extended to", or the verb understood, " to". */
const RECEIVER_VERB_AFTER = /^\s*(?:(?:will|would|is\s+to|are\s+to|shall)\s+(?:go|be\s+(?:extended|lent|on-?lent|provided|given|channell?ed|disbursed|allocated|earmarked))\s+)?(?:to|for)\s+(?:the\s+)?$/i;

export function linkTranchesAcross(mentions: readonly FactMention<Commitment>[], sentences: readonly Sentence[], rates: SizeRates): readonly FactMention<Commitment>[] {
  if (!mentions.some((m) => m.position > 0 && TRANCHE_GATE.test(sentences[m.position]?.text ?? '')) && !hasUnnamedPair(mentions)) return mentions;
  const partOf = new Map<FactMention<Commitment>, string>();
  /** Parts that take their whole's recipient, instrument or status (and a tranche its funder) where they name none, with the whole's row. */
  const inheritFrom = new Map<FactMention<Commitment>, Commitment>();
  // Where each sentence's first figure starts: "Of the total, JPY 150 billion will go to A, JPY 52.2 billion to B" opens
  // on the whole for every figure of its list.
  const firstAt = new Map<number, number>();
  for (const m of mentions) {
    const sentence = sentences[m.position];
    if (sentence === undefined) continue;
    const at = m.evidence.start - sentence.start;
    if (at < (firstAt.get(m.position) ?? Infinity)) firstAt.set(m.position, at);
  }
  const isTranche = (part: FactMention<Commitment>): boolean => {
    const sentence = sentences[part.position];
    if (sentence === undefined) return false;
    const at = part.evidence.start - sentence.start;
    const first = firstAt.get(part.position) ?? at;
    const end = part.evidence.end - sentence.start;
    return (
      TRANCHE_BEFORE.test(sentence.text.slice(Math.max(0, at - 40), at)) ||
      TRANCHE_AFTER.test(sentence.text.slice(end, end + 120)) ||
      OF_TOTAL_AFTER.test(sentence.text.slice(end, end + 40)) ||
      SHARE_OF_WHOLE_BEFORE.test(sentence.text.slice(Math.max(0, at - 40), at)) ||
      // ("Nearly half of that, about 20,000 crore rupees, will go towards": a share of it.)
      (first <= 60 && (POINTING_BACK_OF.test(sentence.text.slice(0, first)) || SHARE_OF_THE_TOTAL_OPENING.test(sentence.text.slice(0, first)))) ||
      // ("The first tranche, worth 200 million euro, was disbursed in 2024": an item of a whole, counted off.)
      ORDINAL_ITEM_BEFORE.test(sentence.text.slice(Math.max(0, at - 60), at))
    );
  };
  const toldCombined = (whole: FactMention<Commitment>): boolean => {
    const sentence = sentences[whole.position];
    if (sentence === undefined) return false;
    const at = whole.evidence.start - sentence.start;
    return COMBINED_BEFORE.test(sentence.text.slice(Math.max(0, at - 50), at));
  };
  const isOrdinalItem = (part: FactMention<Commitment>): boolean => {
    const sentence = sentences[part.position];
    if (sentence === undefined) return false;
    const at = part.evidence.start - sentence.start;
    return ORDINAL_ITEM_BEFORE.test(sentence.text.slice(Math.max(0, at - 60), at));
  };
  /** Parts counted off as items of a whole ("The first agreement, worth ..."): they are what the whole's signatories signed. */
  const items = new Set<FactMention<Commitment>>();
  /** Parts of a breakdown none of whose figures names a giver: the whole's giver's money, as a tranche is. */
  const unnamedParts = new Set<FactMention<Commitment>>();
  const isShareOfWhole = (part: FactMention<Commitment>): boolean => {
    const sentence = sentences[part.position];
    if (sentence === undefined) return false;
    const at = part.evidence.start - sentence.start;
    return SHARE_OF_WHOLE_BEFORE.test(sentence.text.slice(Math.max(0, at - 40), at));
  };
  // Whole breakdowns first: every figure of a sentence with a tranche, adding up to a whole before.
  const byPosition = new Map<number, FactMention<Commitment>[]>();
  for (const m of mentions) {
    if (m.row.part_of !== null || m.headline) continue;
    const list = byPosition.get(m.position);
    if (list) list.push(m);
    else byPosition.set(m.position, [m]);
  }
  const wholeOf = (position: number, parts: readonly FactMention<Commitment>[]): FactMention<Commitment> | undefined => {
    // (Or figures told "respectively", adding up to the whole just told: its split among the things it is for.)
    // (Or items counted off, "The first agreement, worth ... The second, amounting to ...".)
    if (parts.length < 2 || parts.some((p) => partOf.has(p))) return undefined;
    const cued = parts.some(isTranche) || RESPECTIVELY.test(sentences[position]?.text ?? '') || parts.every(isOrdinalItem);
    const currency = parts[0]!.row.currency;
    const points = parts.map((p) => amountPoint(p.row));
    if (currency === null || parts.some((p) => p.row.currency !== currency) || points.some((v) => v === null)) return undefined;
    const sum = (points as number[]).reduce((a, b) => a + b, 0);
    // (Or figures no giver is named for, adding up to a whole from a named giver in the sentence just before: "Germany has
    // committed 1.2 billion euros ... Around 1.05 billion euros will be loans ..., while 150 million euros will be grants".)
    const unnamed = parts.every(namesNoGiver);
    // (And figures of one named giver, or of none, adding up to a whole told just before with none: "signed Exchange of
    // Notes concerning Japanese ODA loans of up to 232.2 billion yen ... The loans, to be provided through JICA, cover the
    // Mumbai-Ahmedabad High Speed Rail Project (VI) (100 billion yen), ...".)
    const oneGiver = parts.every((p) => p.row.funder !== null && !borrowedFunder(p) && p.row.funder === parts[0]!.row.funder);
    // (Or a whole told as a sum of several, "for a combined €320mn", that the next figures add up to: "KfW will provide
    // €180mn and the EIB €140mn".)
    const fits = (w: FactMention<Commitment>) =>
      position - w.position >= 1 && position - w.position <= REACH && w.row.part_of === null && w.row.currency === currency && Math.abs((amountPoint(w.row) ?? 0) - sum) <= 0.005 * sum && (cued || toldCombined(w) || (unnamed && position - w.position === 1 && w.row.funder !== null) || ((oneGiver || unnamed) && w.row.funder === null));
    // The body's telling of the whole before the headline's: its terse reading is the weakest.
    return mentions.find((w) => !w.headline && fits(w)) ?? mentions.find(fits);
  };
  // A breakdown may run over two sentences: "A will lead with $8bn, followed by B with $5bn. The
  // remaining $3bn will come from private investors." after "$16bn".
  for (const position of [...byPosition.keys()].sort((x, y) => x - y)) {
    const parts = byPosition.get(position)!;
    const next = byPosition.get(position + 1);
    for (const group of next ? [parts, [...parts, ...next]] : [parts]) {
      const whole = wholeOf(position, group);
      if (!whole) continue;
      // (Over two sentences, not when a part names a lender other than the named one the whole is from: "signed a
      // EUR 250 million loan with the EIB. A first tranche of EUR 100 million ... The group is also in talks with the
      // EBRD for a loan of up to EUR 150 million" adds up to the whole by chance.)
      if (group.length > parts.length && whole.row.funder !== null && LENDER_TYPES.has(whole.row.funder_type ?? '') && group.some((p) => p.row.funder !== null && LENDER_TYPES.has(p.row.funder_type ?? '') && !overlaps(p.row.funder, whole.row.funder!))) continue;
      // (Items counted off, or the split of a whole told as combined: each is what the whole's signatories signed.)
      const counted = group.every(isOrdinalItem) || toldCombined(whole);
      const ungiven = group.every(namesNoGiver);
      for (const p of group) {
        partOf.set(p, whole.row.commitment_id);
        if (ungiven) unnamedParts.add(p);
        if (counted) items.add(p);
        if (counted || p.row.recipient === null || p.row.instrument === null || p.row.status === null || (p.row.instrument !== null && GENERIC_INSTRUMENTS.has(p.row.instrument)) || coarserReceiver(p.row, whole.row)) inheritFrom.set(p, whole.row);
      }
      break;
    }
  }
  for (const part of mentions) {
    if (part.row.part_of !== null || part.headline || partOf.has(part) || !isTranche(part)) continue;
    let whole: FactMention<Commitment> | null = null;
    for (const w of mentions) {
      const back = part.position - w.position;
      // (A whole may be a part itself: "The remaining $3 billion of the land price" of the "$7 billion" for the land,
      // within the $22 billion deal.)
      if (back < 1 || back > REACH || partOf.get(w) === part.row.commitment_id || !smallerPart(part.row, w.row, rates)) continue;
      // A part that names a funder belongs to a whole that names one of the same.
      // (Its government counts: "JICA will provide the balance" of what "Japan, ADB to co-finance".)
      // (A party's "largest share" of a whole of no one funder is of it: "signed agreements worth $5.1bn with development
      // partners ... IDA accounted for the largest share with $2.4bn".)
      // (Not a giver taken from a neighbour: "ERD Secretary and JICA Bangladesh Chief Representative signed the
      // agreements. Of the amount, 92.4 billion yen will go to MRT Line-5" is the whole's money, whoever signed.)
      if (part.row.funder !== null && !borrowedFunder(part) && (w.row.funder === null ? !isShareOfWhole(part) : !(overlaps(part.row.funder, w.row.funder) || ofFunderCountry(part.row, w.row)))) continue;
      const size = comparableSize(w.row, rates)!;
      const largest = whole === null ? 0 : comparableSize(whole.row, rates)!;
      if (whole === null || size > largest || (size === largest && whole.headline && !w.headline)) whole = w;
    }
    if (whole !== null) {
      partOf.set(part, whole.row.commitment_id);
      // A tranche that names no funder is its whole's funder's money ("The fund will pay $5bn upfront"),
      // and one that names no instrument is the whole's kind of money ("The fund disbursed $1.1bn").
      // (And one that names only its whole's receiver's country, "Türkiye" for "Egeli Enerji": the whole's is finer.)
      const coarser = coarserReceiver(part.row, whole.row);
      if (part.row.funder === null || unsplitFunder(part.row.funder, whole.row.funder) || borrowedFunder(part) || part.row.instrument === null || part.row.recipient === null || part.row.status === null || coarser) inheritFrom.set(part, whole.row);
    }
  }
  const linked = withPartOf(mentions, partOf);
  if (inheritFrom.size === 0) return linked;
  return linked.map((m, i) => {
    const whole = inheritFrom.get(mentions[i]!);
    if (whole === undefined) return m;
    const row = { ...withWholesTerms(m.row, whole) };
    // "SFD signed three loan agreements totalling SAR1.35bn ... The second, amounting to SAR375m, will finance the road":
    // an item of a signed whole is signed, whatever its future tense says of what the money will do.
    if (items.has(mentions[i]!) && row.status !== null && FUTURE_READINGS.has(row.status) && whole.status !== null && FIRM_WHOLE.has(whole.status)) row.status = whole.status;
    const tranche = isTranche(mentions[i]!);
    // Only a tranche is its whole's funder's money (its own reading, when it borrowed both signatories of
    // the sentence before, is the whole's unsplit); the parts of a breakdown each name their own giver.
    if ((row.funder === null || unsplitFunder(row.funder, whole.funder) || borrowedFunder(mentions[i]!)) && (tranche || unnamedParts.has(mentions[i]!))) Object.assign(row, { funder: whole.funder, funder_type: whole.funder_type, funder_country: whole.funder_country });
    // A tranche goes where its whole goes ("Nigerian banks ... provided the remainder" names no recipient of the part),
    // unless the whole goes to a region and the tranche to a country ("Kazakhstan will receive the largest share").
    const intoRegion = whole.recipient_country === null && row.recipient_country !== null;
    if (whole.recipient !== null && row.recipient !== whole.recipient && (tranche || coarserReceiver(row, whole)) && !intoRegion && !receiverToldAfter(mentions[i]!, row, sentences)) Object.assign(row, { recipient: whole.recipient, recipient_country: whole.recipient_country });
    return { ...m, row };
  });
}
