/**
 * "Qatar pledged $1bn to a fund for rebuilding Syria, days after Saudi Arabia announced a
 * contribution of $500m to the same fund": money sent "to the same" fund, project or programme as
 * money told just before goes where that money goes. A figure with "to the same ..." right after it
 * takes the recipient of the nearest commitment before it (in its sentence or the two before) that
 * names one. So does money that goes with money just told ("The EBRD is lending €75m to the
 * utility. The loan is co-financed by a €25m grant from the EU."), and money "for the country" with
 * no recipient of its own ("France will give €100m to Lebanon at a conference that raised $1bn for
 * the country").
 */
import type { Commitment, Sentence } from '../tables.ts';
import { withChanges, type FactMention } from './mergeMentions.ts';
import { MONEY_NOUN } from './includedAcross.ts';

const SAME_AFTER =
  /^[^.;]{0,40}?\b(?:to|for|into|in|towards?)\s+the\s+same\s+(?:[\p{L}-]+\s+){0,2}?(?:funds?|projects?|programmes?|programs?|facilit(?:y|ies)|initiatives?|schemes?|plants?|company|companies|country|mechanisms?|trusts?|vehicles?|pools?|efforts?|recipients?|beneficiar(?:y|ies))\b/iu;
/** "raised a total of $1bn for the country": the country the money told before goes to. */
const THE_COUNTRY_AFTER = /^[^.;]{0,40}?\b(?:to|for|into)\s+the\s+(?:country|nation|kingdom|republic)\b/i;
/** Opening a sentence, right before its figure: the money just told has this one beside it. */
const COMPANION_BEFORE = new RegExp(
  String.raw`^\W*(?:(?:the|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:${MONEY_NOUN}|project|plant|programme|program)|it)\s+(?:is|was|are|were|will\s+be|has\s+been)\s+(?:also\s+|being\s+)?(?:co-?financed|co-?funded|complemented|accompanied|supplemented|topped\s+up|matched)\s+by\s+(?:an?\s+)?(?:further\s+|additional\s+|separate\s+)?$`,
  'iu',
);
/** How far back the other figure may be: its own sentence, or one of the two before. */
const REACH = 2;

export function withSameRecipients(mentions: readonly FactMention<Commitment>[], sentences: readonly Sentence[]): readonly FactMention<Commitment>[] {
  const changes = new Map<FactMention<Commitment>, Partial<Commitment>>();
  for (const m of mentions) {
    const sentence = sentences[m.position];
    if (sentence === undefined) continue;
    const text = sentence.text;
    // "pledged $20m to the same fund and $5m to Niger": "the same" is the figure's own; a recipient
    // the sentence names elsewhere is another figure's.
    const after = text.slice(m.evidence.end - sentence.start);
    const same = /\bsame\b/i.test(text) && SAME_AFTER.test(after);
    const pointsBack = m.row.recipient === null && ((/\bby\b/.test(text) && COMPANION_BEFORE.test(text.slice(0, m.evidence.start - sentence.start))) || THE_COUNTRY_AFTER.test(after));
    if (!same && !pointsBack) continue;
    let source: FactMention<Commitment> | null = null;
    for (const other of mentions) {
      if (other === m || other.row.recipient === null || other.evidence.start >= m.evidence.start || m.position - other.position > REACH) continue;
      if (source === null || other.evidence.start > source.evidence.start) source = other;
    }
    if (source !== null) changes.set(m, { recipient: source.row.recipient, recipient_country: source.row.recipient_country });
  }
  return withChanges(mentions, changes);
}
