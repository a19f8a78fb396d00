/**
 * A whole that names no recipient goes where its parts go: "Japan, ADB to co-finance $1.6bn
 * Manila subway extension" names none, while of its parts, "The ADB approved a $600m loan to the
 * Philippines ... while JICA will provide the balance of about $1bn", the one that names a
 * recipient names the Philippines. The parts that name none then go there too, as parts take their
 * whole's terms. Parts are linked by then (commitments.ts, includedAcross.ts, tranchesAcross.ts,
 * jointShares.ts); parts naming two recipients leave the whole's unknown.
 */
import type { Commitment } from '../tables.ts';
import { amountPoint, withChanges, type FactMention } from './mergeMentions.ts';

export function withWholesRecipients(mentions: readonly FactMention<Commitment>[]): readonly FactMention<Commitment>[] {
  if (!mentions.some((m) => m.row.part_of !== null)) return mentions;
  const partsOf = new Map<string, FactMention<Commitment>[]>();
  for (const m of mentions) {
    if (m.row.part_of === null) continue;
    const list = partsOf.get(m.row.part_of);
    if (list) list.push(m);
    else partsOf.set(m.row.part_of, [m]);
  }
  const changes = new Map<FactMention<Commitment>, Partial<Commitment>>();
  for (const whole of mentions) {
    const parts = partsOf.get(whole.row.commitment_id);
    if (whole.row.recipient !== null || parts === undefined) continue;
    const named = parts.map((p) => p.row).filter((p) => p.recipient !== null);
    const first = named[0];
    if (!first || named.some((p) => p.recipient !== first.recipient || p.recipient_country !== first.recipient_country)) continue;
    // ("Kuwait and Uzbekistan signed 12 agreements worth $1.5bn", of which a $400m company set up with a national
    // fund is told: an organisation receiving a small part says the whole goes to its country, not to it.)
    const country = first.recipient_country;
    const small = country !== null && first.recipient !== country && coversLittle(whole.row, named);
    const to = small ? { recipient: country, recipient_country: country } : { recipient: first.recipient, recipient_country: first.recipient_country };
    changes.set(whole, to);
    for (const part of parts) if (part.row.recipient === null) changes.set(part, to);
  }
  return withChanges(mentions, changes);
}

/** The parts naming a recipient come, in the whole's currency, to less than half of it. */
function coversLittle(whole: Commitment, parts: readonly Commitment[]): boolean {
  const size = amountPoint(whole);
  if (size === null || parts.some((p) => p.currency !== whole.currency)) return false;
  let sum = 0;
  for (const p of parts) {
    const v = amountPoint(p);
    if (v === null) return false;
    sum += v;
  }
  return sum < size / 2;
}

/**
 * And the other way, down every level, once a whole's tellings are merged into one row: a part that
 * names no recipient goes where its whole goes ("of which $4 billion will be transferred in cash" of
 * the "$7 billion" for the land, itself a part of the $22 billion deal with Egypt).
 */
export function withPartsRecipients(rows: readonly Commitment[]): Commitment[] {
  if (!rows.some((r) => r.part_of !== null && r.recipient === null)) return [...rows];
  const byId = new Map(rows.map((r) => [r.commitment_id, r] as const));
  const wholeRecipient = (r: Commitment, depth: number): Commitment | null => {
    if (r.recipient !== null) return r;
    const whole = r.part_of === null || depth > 4 ? undefined : byId.get(r.part_of);
    return whole === undefined ? null : wholeRecipient(whole, depth + 1);
  };
  return rows.map((r) => {
    if (r.part_of === null || r.recipient !== null) return r;
    const from = wholeRecipient(r, 0);
    return from === null ? r : { ...r, recipient: from.recipient, recipient_country: from.recipient_country };
  });
}
