/**
 * A headline's figure that is the sum of the body's: "Tunisia gets $500m Saudi loan, grant" over "Saudi
 * Arabia will provide Tunisia with a $400 million soft loan and a $100 million grant". No body figure
 * is the headline's, so it merges with none; told apart, a total would count the money twice. The
 * body's figures are linked as parts of the headline's, which stays the whole they add up to.
 *
 * The parts are the body's figures, not yet part of anything, in the headline's currency, for its
 * recipient and from its funder (either may be unnamed); there must be two or more, and they must add
 * up to the headline's figure exactly (a rounded headline is left alone: which figures it rounds is
 * not known).
 */
import type { Commitment } from '../tables.ts';
import { overlaps, sameNumber, withPartOf, type FactMention } from './mergeMentions.ts';

export function linkHeadlineSums(mentions: readonly FactMention<Commitment>[]): readonly FactMention<Commitment>[] {
  const partOf = new Map<FactMention<Commitment>, string>();
  for (const h of mentions) {
    const total = h.row.amount;
    if (!h.headline || total === null || h.row.part_of !== null) continue;
    const parts = mentions.filter(
      (m) =>
        !m.headline &&
        !partOf.has(m) &&
        m.row.part_of === null &&
        m.row.amount !== null &&
        m.row.currency === h.row.currency &&
        overlaps(m.row.funder, h.row.funder) &&
        overlaps(m.row.recipient_country, h.row.recipient_country),
    );
    if (parts.length < 2 || !sameNumber(parts.reduce((sum, m) => sum + m.row.amount!, 0), total)) continue;
    for (const m of parts) partOf.set(m, h.row.commitment_id);
  }
  return withPartOf(mentions, partOf);
}
