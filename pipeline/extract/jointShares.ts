/**
 * The shares of a joint commitment, told apart: "Saudi Arabia, the UAE and Qatar pledged a combined
 * $10bn. Saudi Arabia will contribute $5bn, the UAE $3bn and Qatar $2bn." A figure whose one funder
 * is one of the funders of a larger figure of the same article (in another currency, clearly
 * smaller at the reference rates: sizes.ts), not yet part of anything, and not for another country nor for another of those funders, is that funder's share of
 * it, and is linked to it so that no total counts both; unless the shares so found add up to more
 * than the whole (then they are not its shares, and none is linked).
 */
import type { Commitment } from '../tables.ts';
import { amountPoint, withWholes, type FactMention } from './mergeMentions.ts';
import { comparableSize, smallerPart, type SizeRates } from './sizes.ts';

const FUNDER_SEPARATOR = '; ';

export function linkJointShares(mentions: readonly FactMention<Commitment>[], rates: SizeRates): readonly FactMention<Commitment>[] {
  // The body's telling of a whole before the headline's (its terse reading is the weakest).
  const wholes = mentions
    .filter((m) => m.row.funder !== null && m.row.funder.includes(FUNDER_SEPARATOR) && amountPoint(m.row) !== null)
    .sort((a, b) => Number(a.headline) - Number(b.headline));
  if (wholes.length === 0) return mentions;
  const wholeRow = new Map<FactMention<Commitment>, Commitment>();
  for (const whole of wholes) {
    const funders = new Set(whole.row.funder!.split(FUNDER_SEPARATOR));
    // In US dollars where the rates know the currencies (a share may be in another: "JBIC will provide
    // $400m and the EIB 300m euros" of "$1.2bn"), else in the whole's own, as every share then is (sizes.ts).
    const size = comparableSize(whole.row, rates)!;
    const shares = mentions.filter((m) => {
      // ("KfW's share is €400m" after "Germany and France will lend a combined €600m through KfW and AFD": a
      // government's institution gives the government's share.)
      const ofFunder = m.row.funder !== null && (funders.has(m.row.funder) || (m.row.funder_country !== null && funders.has(m.row.funder_country)));
      if (m === whole || wholeRow.has(m) || m.row.part_of !== null || !ofFunder) return false;
      // "Japan also pledged $500m to Vietnam" after "Japan and Korea pledged $1bn to Laos": money for another country.
      if (m.row.recipient_country !== null && whole.row.recipient_country !== null && m.row.recipient_country !== whole.row.recipient_country) return false;
      // "Azerbaijan and Pakistan aim to invest $2bn ... Azerbaijan's willingness to lend Pakistan $1bn": money
      // from one to the other makes them the two sides of a deal, not co-funders.
      if (m.row.recipient !== null && funders.has(m.row.recipient)) return false;
      return smallerPart(m.row, whole.row, rates);
    });
    // Each funder's share once: the same share told twice (a headline and the body) is one.
    const counted = new Map<string, number>();
    for (const m of shares) counted.set(m.row.funder!, Math.max(counted.get(m.row.funder!) ?? 0, comparableSize(m.row, rates)!));
    let sum = 0;
    for (const v of counted.values()) sum += v;
    if (shares.length === 0 || sum > size * 1.02) continue;
    for (const m of shares) wholeRow.set(m, whole.row);
  }
  // "ADB will provide $600m and AIIB $400m" after "agreed to lend a total of $1bn": each share is the whole's kind of money.
  return withWholes(mentions, wholeRow);
}
