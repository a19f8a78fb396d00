/**
 * A part told in the future tense after its whole was signed: "Proparco and BOAD have signed loan
 * agreements totaling CFA48 billion ... Proparco is providing CFA30 billion of the amount", "The EBRD
 * and the ADB signed loan agreements for up to 98 billion tenge. The EBRD will lend up to 52 billion
 * tenge and the ADB up to 46 billion tenge". The part's "will lend" says what the money will do, not
 * that its giver has only promised it: the signature covers it. Such a part, linked to a whole told
 * in an earlier sentence whose status is firmer (signed, approved, agreed), takes the whole's status
 * when its own is only the future tense's "pledged" or the present progressive's "agreed". The whole's
 * status is the firmest of its tellings: a headline that "secures" it and a lead that says it was signed.
 *
 * Not when the part's own sentence says it was pledged, committed, announced or promised: that is
 * a status of its own ("Japan pledged $400m of it").
 *
 * The same holds for a sum in a sentence opened by the deal just told, linked or not: "Egypt signed
 * financing agreements worth $1.5 billion with the IsDB Group. Under the agreements, ITFC will extend
 * $1.2 billion to EGPC" takes the status of the firm figure of the sentence before (or the one before
 * that).
 */
import type { Commitment, Sentence } from '../tables.ts';
import type { FactMention } from './mergeMentions.ts';
import { firmer } from './status.ts';
import { OF_THE_TOTAL_LEAD } from './classify.ts';

/** Statuses of a whole firm enough for its parts told in the future to share (tranchesAcross.ts reads them too). */
export const FIRM_WHOLE: ReadonlySet<string> = new Set(['signed', 'approved', 'agreed']);

/**
 * The statuses of a part that a firmer whole overrides: the future tense's "pledged", and the present progressive's
 * "agreed" ("The AfDB is providing a $175 million loan" after agreements signed the sentence before).
 */
const WEAKER_PART: ReadonlySet<string> = new Set(['pledged', 'agreed']);

/** Before the part's figure, in its sentence: a giving verb in the future or the present progressive. */
const FUTURE_GIVING_BEFORE = /\b(?:will|shall|is\s+to|are\s+to)\s+(?:\w+ly\s+|also\s+|each\s+|jointly\s+)?(?:lend|provide|extend|finance|fund|contribute|co-?finance|disburse|cover|supply|give|invest|put\s+up|advance|offer)\b|\b(?:is|are)\s+(?:\w+ly\s+|also\s+)?(?:providing|lending|extending|financing|funding|contributing|co-?financing|covering|supplying|investing|putting\s+up|advancing|offering)\b/i;

/**
 * After the part's figure, its use in the future: "a BDS$150 million (US$75 million) loan, will go to", "will be used
 * to"; or its purpose, "while the remaining $350 million is for the Second Safety Net Systems Strengthening Project".
 */
// ("while 54.1 billion yen has been earmarked for the port": its use set aside within the whole.)
const FUTURE_USE_AFTER = /^[^.;]{0,70}?\b(?:will|shall|is\s+to|are\s+to)\s+(?:go|be\s+(?:used|spent|disbursed|channell?ed|allocated|directed|devoted|lent|on-?lent|provided|extended|earmarked))\b|^\s+(?:is|are)\s+for\s+(?:the\s+)?[\p{Lu}a-z]|^\s+(?:(?:has|have)\s+been|is|are)\s+(?:earmarked|allocated|set\s+aside)\s+(?:for|to)\b/iu;

/**
 * A status of the part's own, in its sentence. (Not "earmarked" or "allocated" in a sentence opened by the whole it
 * splits, "Of the amount, ... while 54.1 billion yen has been earmarked for the port": there they tell its use.)
 */
const OWN_STATUS = /\b(?:pledg(?:ed|es|ing)|committed|promised|vow(?:ed|s)|announc(?:ed|es|ing)|expected|plann?(?:ed|ing|s)|propos(?:ed|es|ing)|intend(?:s|ed)|consider(?:s|ed|ing)|negotiat(?:es|ed|ing)|seek(?:s|ing)|could|may|might|would)\b/i;

const ALLOTTED = /\b(?:earmark(?:ed|s)|allocat(?:ed|es))\b/i;

/** A sentence opened by the deal just told: "Under the agreements,", "Under the new deal signed on Monday,". */
const UNDER_THE_DEAL = /^\W*Under\s+(?:the|this|these|those|both|its|their)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|deals?|accords?|MoUs?|memorand(?:um|a)|contracts?|pacts?|packages?|arrangements?)\b/i;

/** How far back the deal may be: the sentence before, or the one before that. */
const REACH = 2;

export function withFirmWholesParts(mentions: readonly FactMention<Commitment>[], sentences: readonly Sentence[]): readonly FactMention<Commitment>[] {
  if (!mentions.some((m) => WEAKER_PART.has(m.row.status ?? '') && (m.row.part_of !== null || UNDER_THE_DEAL.test(sentences[m.position]?.text ?? '')))) return mentions;
  const byId = new Map(mentions.map((m) => [m.row.commitment_id, m] as const));
  return mentions.map((m) => {
    if (m.headline || !WEAKER_PART.has(m.row.status ?? '')) return m;
    const whole = m.row.part_of !== null ? byId.get(m.row.part_of) : dealBefore(m, mentions, sentences);
    if (whole === undefined || whole.position >= m.position) return m;
    // (The whole as its tellings put together: "Rwanda secures Rwf370 billion" in the headline, "signed financing
    // agreements worth Rwf370 billion" in the lead.)
    const status = firmestTelling(whole, mentions);
    if (status === null || !FIRM_WHOLE.has(status) || status === m.row.status || firmer(m.row.status, status) !== status) return m;
    const sentence = sentences[m.position];
    if (sentence === undefined) return m;
    const before = sentence.text.slice(0, Math.max(0, m.evidence.start - sentence.start));
    const after = sentence.text.slice(Math.max(0, m.evidence.end - sentence.start));
    if (!(FUTURE_GIVING_BEFORE.test(before) || FUTURE_USE_AFTER.test(after) || elidedUse(m, after, mentions, sentence)) || OWN_STATUS.test(sentence.text) || (ALLOTTED.test(sentence.text) && !OF_THE_TOTAL_LEAD.test(sentence.text))) return m;
    return { ...m, row: { ...m.row, status } };
  });
}

/**
 * The next part of a breakdown, its verb understood from the part before it in the sentence: "$800 million will be
 * extended to PSO and the remaining $400 million to PLL".
 */
function elidedUse(part: FactMention<Commitment>, after: string, mentions: readonly FactMention<Commitment>[], sentence: Sentence): boolean {
  if (part.row.part_of === null || !/^\s+(?:to|for|towards)\s/i.test(after)) return false;
  return mentions.some((m) => {
    if (m === part || m.position !== part.position || m.row.part_of !== part.row.part_of || m.evidence.end > part.evidence.start) return false;
    const between = sentence.text.slice(m.evidence.end - sentence.start, part.evidence.start - sentence.start);
    return FUTURE_USE_AFTER.test(between) && /(?:,|\band|\bwhile)\s+(?:the\s+)?(?:(?:remaining|rest|balance|other)\s+)?$/i.test(between);
  });
}

/** The firmest status among the tellings of a whole: the mentions of its amount and currency, short of a cancelling. */
function firmestTelling(whole: FactMention<Commitment>, mentions: readonly FactMention<Commitment>[]): Commitment['status'] {
  let status = whole.row.status;
  for (const w of mentions) {
    if (w.row.amount === null || w.row.amount !== whole.row.amount || w.row.currency !== whole.row.currency || w.row.status === 'cancelled') continue;
    status = firmer(status, w.row.status);
  }
  return status;
}

/** The nearest firm figure of the two sentences before one opened by "Under the agreements". */
function dealBefore(m: FactMention<Commitment>, mentions: readonly FactMention<Commitment>[], sentences: readonly Sentence[]): FactMention<Commitment> | undefined {
  if (!UNDER_THE_DEAL.test(sentences[m.position]?.text ?? '')) return undefined;
  let found: FactMention<Commitment> | undefined;
  for (const w of mentions) {
    const back = m.position - w.position;
    if (w.headline || back < 1 || back > REACH || w.row.status === null || !FIRM_WHOLE.has(w.row.status)) continue;
    if (found === undefined || w.position > found.position) found = w;
  }
  return found;
}
