/**
 * Parts told in the sentence after their whole: "The World Bank approved a €450m loan to Morocco.
 * The financing includes a €100m grant from the Green Climate Fund." The second sentence's subject
 * points back ("the financing", "the package", "it") and says what that money includes: its
 * figures are parts of the largest commitment of the sentence before (or the one before that) that
 * is larger and in their currency, one from the part's own funder first, and are linked to it so
 * that no total counts them twice.
 * Parts told in the whole's own sentence are linked by commitments.ts.
 */
import type { Commitment, Sentence } from '../tables.ts';
import { withPartOf, withWholes, type FactMention } from './mergeMentions.ts';
import { comparableSize, smallerPart, type SizeRates } from './sizes.ts';

export const MONEY_NOUN = String.raw`(?:financing|finance|loans?|package|facility|deal|funding|investments?|credit|grants?|programme|program|support|commitments?|agreement|amount|sum|pledges?|money|assistance|aid|bailout|debt|payments?|disbursements?|tranches?|instal+ments?)`;
/** At the start of a sentence: a subject pointing back to money, then a verb of including. */
// ("It was noted that the financing comprises an Istisna'a facility of EUR 90 million ...": a report of it too;
// "According to the report, the package comprises a $1.45bn loan ...": a source or frame before it; "They include a
// €70 million budget support grant ..." after "three grant agreements worth €150 million".)
export const POINTING_BACK_INCLUDES = new RegExp(
  String.raw`^\W*(?:it\s+was\s+(?:noted|said|stated|reported|announced|added)\s+that\s+|(?:according\s+to|under|in)\s+[^,;.]{1,60},\s*|(?:he|she|they|the\s+\w+)\s+(?:said|noted|added)\s+that\s+|[^.;]{0,160}?\b(?:said|noted|added|explained|announced|told\s+[\w\s]{1,40}?)\s+(?:that\s+)?(?=(?:the|this|that|its|their)\s))?(?:(?:the|this|that|these|those|its|their)\s+(?:[\p{L}-]+\s+){0,3}?${MONEY_NOUN}|it|this|these|they)\s+(?:also\s+|will\s+|would\s+)?(?:includes?|included|comprises?|comprised|consists? of|consisted of|(?:is|was|are|were|will be)\s+made up of|covers|(?:is|was|will be)\s+split into|breaks? down into)\b|^\W*the\s+(?:largest|biggest)(?:\s+(?:deals?|agreements?|investments?|projects?|pledges?|of\s+(?:them|these|the\s+\w+)))?\s+(?:was|were|is|are|came|included)\b`,
  'iu',
);

/** Opening a sentence, right before its first figure: the money just told is part of this one ("The investment is part of a $400m round"). */
const POINTING_BACK_PART_OF = new RegExp(
  String.raw`^\W*(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:${MONEY_NOUN}|stake|deal)\s+(?:is|was|will\s+be|would\s+be|forms?|formed)\s+(?:a\s+|one\s+)?part\s+of\s+(?:a|an|the)\s*$`,
  'iu',
);

/** How far back the whole may be: the sentence before, or the one before that. */
const REACH = 2;

export function linkIncludedAcross(mentions: readonly FactMention<Commitment>[], sentences: readonly Sentence[], rates: SizeRates): readonly FactMention<Commitment>[] {
  return linkPartOfNext(linkIncludes(mentions, sentences, rates), sentences, rates);
}

/**
 * "IFC will invest $150m for a stake. The investment is part of a $400m funding round ...": the
 * figure of the sentence before (the largest that fits) is a part of the whole this one opens with.
 */
function linkPartOfNext(mentions: readonly FactMention<Commitment>[], sentences: readonly Sentence[], rates: SizeRates): readonly FactMention<Commitment>[] {
  const partOf = new Map<FactMention<Commitment>, string>();
  for (const whole of mentions) {
    const sentence = sentences[whole.position];
    if (sentence === undefined || whole.position === 0 || !/\bpart\s+of\b/i.test(sentence.text)) continue;
    const at = whole.evidence.start - sentence.start;
    if (!POINTING_BACK_PART_OF.test(sentence.text.slice(0, at))) continue;
    let part: FactMention<Commitment> | null = null;
    for (const m of mentions) {
      if (m.position !== whole.position - 1 || m.row.part_of !== null || partOf.has(m) || !smallerPart(m.row, whole.row, rates)) continue;
      if (part === null || (comparableSize(m.row, rates) ?? 0) > (comparableSize(part.row, rates) ?? 0)) part = m;
    }
    if (part) partOf.set(part, whole.row.commitment_id);
  }
  return withPartOf(mentions, partOf);
}

function linkIncludes(mentions: readonly FactMention<Commitment>[], sentences: readonly Sentence[], rates: SizeRates): readonly FactMention<Commitment>[] {
  // Most articles have no such sentence: find one before building anything.
  let cued = false;
  for (let i = 0; i < mentions.length && !cued; i++) cued = POINTING_BACK_INCLUDES.test(sentences[mentions[i]!.position]?.text ?? '');
  if (!cued) return mentions;
  const byPosition = new Map<number, FactMention<Commitment>[]>();
  for (const m of mentions) {
    const list = byPosition.get(m.position);
    if (list) list.push(m);
    else byPosition.set(m.position, [m]);
  }
  const wholeRow = new Map<FactMention<Commitment>, Commitment>();
  for (const [position, here] of byPosition) {
    const sentence = sentences[position];
    if (sentence === undefined) continue;
    const cue = POINTING_BACK_INCLUDES.exec(sentence.text);
    if (cue === null) continue;
    const cueEnd = cue.index + cue[0].length;
    let before: FactMention<Commitment>[] | undefined;
    for (let back = 1; back <= REACH && before === undefined; back++) before = byPosition.get(position - back);
    if (before === undefined) continue;
    for (const part of here) {
      if (part.row.part_of !== null || part.evidence.start - sentence.start < cueEnd) continue;
      // The largest that can hold it; one from the part's own funder first ("The World Bank financing consists
      // of a $1bn grant and a $500m loan" after the World Bank's $1.5bn and the IMF's $3.4bn).
      let whole: FactMention<Commitment> | null = null;
      let sameFunder = false;
      for (const w of before) {
        if (!smallerPart(part.row, w.row, rates)) continue;
        const size = comparableSize(w.row, rates)!;
        const same = part.row.funder !== null && w.row.funder === part.row.funder;
        if (whole === null || (same && !sameFunder) || (same === sameFunder && size > (comparableSize(whole.row, rates) ?? 0))) {
          whole = w;
          sameFunder = same;
        }
      }
      if (whole !== null) wholeRow.set(part, whole.row);
    }
  }
  return withWholes(mentions, wholeRow);
}
