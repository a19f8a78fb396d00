/**
 * Tranches told after their whole: "The Public Investment Fund will invest $15bn in Ras Gamila.
 * The fund will pay $5bn upfront this year, with the remaining $10bn over three years." A figure
 * the sentence names as a tranche of something ("upfront", "the remaining", "an initial", "the
 * first tranche of") is a part of the largest commitment of the sentence before (or the one before
 * that) that is larger, in its currency and from its funder (or a part whose funder is not named),
 * and is linked to it so that no total counts it twice.
 * Parts told in the whole's own sentence are linked by commitments.ts; parts after "The financing
 * includes" by includedAcross.ts.
 */
import type { Commitment, Sentence } from '../tables.ts';
import { amountPoint, smallerPart, withPartOf, type FactMention } from './mergeMentions.ts';

/** Right before the figure: it is the rest, the start or a tranche of a larger sum. */
export const TRANCHE_BEFORE =
  /\b(?:the\s+(?:remaining|rest\s+of\s+the|balance\s+of\s+the|remainder\s+of\s+the)|(?:an|the)\s+initial|(?:a|the)\s+first|(?:the|a)\s+(?:first|second|third|final|last|next)\s+(?:tranche|instal+ment|disbursement)\s+of)\s+$/i;
/** Right after the figure: "upfront", "as a first tranche", "in the first phase". */
export const TRANCHE_AFTER = /^\s*(?:up-?front\b|(?:as|in)\s+(?:a|an|the)\s+(?:first|initial|second|final)\s+(?:tranche|instal+ment|payment|disbursement)\b)/i;

/** How far back the whole may be: the sentence before, or the one before that. */
const REACH = 2;

export function linkTranchesAcross(mentions: readonly FactMention<Commitment>[], sentences: readonly Sentence[]): readonly FactMention<Commitment>[] {
  const partOf = new Map<FactMention<Commitment>, string>();
  for (const part of mentions) {
    if (part.row.part_of !== null || part.headline) continue;
    const sentence = sentences[part.position];
    if (sentence === undefined) continue;
    const at = part.evidence.start - sentence.start;
    const end = part.evidence.end - sentence.start;
    if (!TRANCHE_BEFORE.test(sentence.text.slice(Math.max(0, at - 40), at)) && !TRANCHE_AFTER.test(sentence.text.slice(end, end + 40))) continue;
    let whole: FactMention<Commitment> | null = null;
    for (const w of mentions) {
      const back = part.position - w.position;
      if (back < 1 || back > REACH || w.row.part_of !== null || !smallerPart(part.row, w.row)) continue;
      if (part.row.funder !== null && w.row.funder !== part.row.funder) continue;
      if (whole === null || amountPoint(w.row)! > amountPoint(whole.row)!) whole = w;
    }
    if (whole !== null) partOf.set(part, whole.row.commitment_id);
  }
  return withPartOf(mentions, partOf);
}
