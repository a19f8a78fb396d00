/**
 * Status told in the sentence after the figure: "Egypt reached a staff-level agreement with the
 * IMF on a $3bn loan. The IMF's board approved the loan on Monday." A sentence with no commitment
 * of its own that points back to money ("the loan", "the deal", "it") and says what became of it
 * (approved, signed, disbursed, cancelled) gives that status to the commitments of the sentence
 * before (or the one before that), when firmer: to those of the instrument it names, or to all of
 * them when it names money generically ("the deal", "the package", "it"). A hedged verb ("is
 * expected to approve") is weaker than a pledge and changes nothing.
 */
import type { Commitment, Instrument, Sentence, Status } from '../tables.ts';
import { withChanges, type FactMention } from './mergeMentions.ts';
import { firmer, statusCues } from './status.ts';

/** What became of money, firm enough to be told after it. */
const TOLD_AFTER = new Set<Status>(['approved', 'signed', 'disbursed', 'cancelled']);
/** A subject or object pointing back to money just told, and the instruments its noun names (null: any). */
const POINTING_BACK = /\b(?:the|this|that|its)\s+(?:[\p{L}-]+\s+){0,2}?(loans?|credit(?:\s+line)?|facility|facilities|grants?|investments?|deals?|agreements?|packages?|financing|funding|accords?|pacts?|transactions?|conventions?|it)\b|^\W*(it)\s/iu;
const NOUN_INSTRUMENTS: Readonly<Record<string, readonly Instrument[]>> = {
  loan: ['loan', 'export_credit', 'debt_package'],
  loans: ['loan', 'export_credit', 'debt_package'],
  credit: ['loan', 'export_credit'],
  'credit line': ['loan'],
  facility: ['loan', 'export_credit', 'debt_package'],
  facilities: ['loan', 'export_credit', 'debt_package'],
  grant: ['grant'],
  grants: ['grant'],
  investment: ['investment', 'equity'],
  investments: ['investment', 'equity'],
};
/** Stems of the verbs of TOLD_AFTER's statuses (status.ts), as a cheap first test. */
const FIRM_VERB_GATE = /approv|sign|disburs|releas|cancel|reject|turned down|refus|scrap|shelve|terminat|called off|pulled out|abandon|suspend|halt|withdr|receiv|transferr|deposit|paid|handed|invest|inject|ink|sealed|conclud|bought|acquir|purchas|complet|raised|increased|lifted|financial close|sanction|ratifi|clear|authori|okayed|endorse|green-?lit|guarantee/i;
/** How far back the money may be: the sentence before, or the one before that. */
const REACH = 2;

export function withStatusToldAfter(mentions: readonly FactMention<Commitment>[], sentences: readonly Sentence[]): readonly FactMention<Commitment>[] {
  if (mentions.length === 0) return mentions;
  const withFigures = new Set(mentions.map((m) => m.position));
  const changes = new Map<FactMention<Commitment>, Partial<Commitment>>();
  sentences.forEach((sentence, position) => {
    if (withFigures.has(position) || position === 0) return;
    const text = sentence.text;
    // Most sentences say nothing of what became of money: a literal test first.
    if (!FIRM_VERB_GATE.test(text)) return;
    const pointer = POINTING_BACK.exec(text);
    if (!pointer) return;
    let status: Status | null = null;
    for (const cue of statusCues(text)) if (TOLD_AFTER.has(cue.status)) status = firmer(status, cue.status);
    if (status === null) return;
    // The nearest sentence before with commitments, within reach.
    let target = -1;
    for (let p = position - 1; p >= Math.max(0, position - REACH) && target < 0; p--) if (withFigures.has(p)) target = p;
    if (target < 0) return;
    const noun = (pointer[1] ?? pointer[2] ?? '').toLowerCase();
    const instruments = NOUN_INSTRUMENTS[noun] ?? null;
    for (const m of mentions) {
      if (m.position !== target || m.headline) continue;
      if (instruments !== null && (m.row.instrument === null || !instruments.includes(m.row.instrument))) continue;
      // From what an earlier sentence after it already made it: a later, weaker telling does not undo it.
      const current = changes.get(m)?.status ?? m.row.status;
      const next = firmer(current, status);
      if (next !== current) changes.set(m, { status: next });
    }
  });
  return withChanges(mentions, changes);
}
