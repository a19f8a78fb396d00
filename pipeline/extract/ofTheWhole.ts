/**
 * Parts told after their whole as "of" it: "China will provide 1.5 billion yuan in grant assistance
 * to Sri Lanka. ... 600 million yuan of the grant will be used to build housing, and 350 million
 * yuan will go to the supply of machinery." A figure followed by "of the grant" (the loan, the
 * package, the amount ...) names no whole of its own sentence, so its whole is the largest
 * commitment of the sentence before, or the one before that, that can hold it (one from its own
 * funder first); the figures after it in its sentence, its breakdown, are parts of the same whole.
 * They take the whole's terms where they name none, and are linked so that no total counts them
 * twice. A part whose whole is told in its own sentence ("$300m of the $1bn loan") is linked by
 * commitments.ts.
 */
import type { Commitment, Sentence } from '../tables.ts';
import { withWholes, type FactMention } from './mergeMentions.ts';
import { comparableSize, smallerPart, type SizeRates } from './sizes.ts';
import { MONEY_NOUN } from './includedAcross.ts';

/** Right after a figure: the money it is a part of, pointed back to. */
const OF_THE_MONEY_AFTER = new RegExp(String.raw`^\s*(?:of|from)\s+(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,2}?${MONEY_NOUN}\b(?!\s+(?:of|worth|totall?ing)\b)`, 'iu');
/** How far back the whole may be: the sentence before, or the one before that. */
const REACH = 2;

export function linkOfTheWhole(mentions: readonly FactMention<Commitment>[], sentences: readonly Sentence[], rates: SizeRates): readonly FactMention<Commitment>[] {
  // Most articles have no such figure: find one before building anything.
  const first = new Map<number, FactMention<Commitment>>();
  for (const m of mentions) {
    if (m.headline || m.row.part_of !== null || first.has(m.position)) continue;
    const sentence = sentences[m.position];
    if (sentence === undefined || !/\b(?:of|from)\s+(?:the|this|that|its|their)\b/i.test(sentence.text)) continue;
    if (OF_THE_MONEY_AFTER.test(sentence.text.slice(m.evidence.end - sentence.start, m.evidence.end - sentence.start + 60))) first.set(m.position, m);
  }
  if (first.size === 0) return mentions;
  const wholeRow = new Map<FactMention<Commitment>, Commitment>();
  for (const [position, part] of first) {
    let whole: FactMention<Commitment> | null = null;
    let sameFunder = false;
    for (let back = 1; back <= REACH && whole === null; back++) {
      for (const w of mentions) {
        if (w.position !== position - back || w.row.part_of !== null || !smallerPart(part.row, w.row, rates)) continue;
        const same = part.row.funder !== null && w.row.funder === part.row.funder;
        if (whole === null || (same && !sameFunder) || (same === sameFunder && (comparableSize(w.row, rates) ?? 0) > (comparableSize(whole.row, rates) ?? 0))) {
          whole = w;
          sameFunder = same;
        }
      }
    }
    if (whole === null) continue;
    // The part, and the figures of its breakdown after it in the sentence that the whole can hold.
    for (const m of mentions) {
      if (m.position !== position || m.headline || m.row.part_of !== null || m.evidence.start < part.evidence.start || !smallerPart(m.row, whole.row, rates)) continue;
      wholeRow.set(m, whole.row);
    }
  }
  return withWholes(mentions, wholeRow);
}
