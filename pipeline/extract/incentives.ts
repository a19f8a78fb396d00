/**
 * Incentives to a foreign investor: "Daesung Cell Materials, a Seoul-based maker of anode material, will invest $412
 * million ... To support the project, the OneGeorgia Authority has committed a $12.5 million grant". A local paper or a
 * state's release tells one company's investment, then the grants, tax credits and loans a state, agency, county or town
 * gives it, naming it as "the company" or not at all. A reader puts those sums to the investor; so does this, and says so
 * (`recipient_source` 'article'; its `recipient_country` the plant's): only for a row naming no receiver (or only the country where the plant is), whose
 * sentence speaks of an incentive or of "the company", whose giver is of that country (the dateline's, else a public
 * giver's own: "IDA Ireland"), a county or none, in an article where one company of one foreign country invests. A giver
 * of no known country is then of the dateline's; "the State grants incentives", its giver wrongly borrowed from the
 * investor's sentence before, is the dateline's country.
 */
import type { Commitment } from '../tables.ts';
import { LOCAL_BODY_NAME } from './entities.ts';

/** Words of what a state or town gives an investor: "grant", "tax credit", "abatement", "reimburse the company". */
const INCENTIVE = /\b(?:grants?|incentives?|tax\s+(?:credits?|breaks?|abatements?|exemptions?|incentives?|increment)|abatements?|rebates?|reimburse\w*|subsid(?:y|ies)|forgivable|performance-based|closing\s+fund|enterprise\s+fund|the\s+company|the\s+firm|the\s+project)\b/i;

export function withIncentivesToInvestor(commitments: readonly Commitment[], datelineCountry: () => string | null): Commitment[] {
  if (!commitments.some((c) => INCENTIVE.test(c.quote))) return [...commitments];
  const home = datelineCountry();
  const investor = foreignInvestor(commitments, home);
  if (investor === null) return [...commitments];
  return commitments.map((c) => {
    if (!INCENTIVE.test(c.quote)) return c;
    // ("Under the contract, the State grants incentives of 52 million euros": a giver borrowed from the investor's
    // sentence before, where this one names the state or the government, is that state, the dateline's country.)
    const stateGives = home !== null && c.funder === investor.funder && STATE_GIVES.test(c.quote) && !c.quote.includes(investor.funder);
    const giver = stateGives ? { funder: home, funder_type: 'government' as const, funder_country: home } : { funder: c.funder, funder_type: c.funder_type, funder_country: c.funder_country };
    // (The giver's own country where the dateline names none: "IDA Ireland" in an Irish paper filed with no dateline.)
    const local = home ?? (giver.funder_country !== investor.country && PUBLIC_TYPES.has(giver.funder_type) ? giver.funder_country : null);
    // (A receiver that is that country itself, read from "its first U.S. plant", names no one a state or town could give
    // to but the company: only for a giver named as of that country, a county or a parish, or none, one of no known
    // country being maybe a donor from abroad.)
    const unnamed = c.recipient === null || (local !== null && c.recipient === local && c.recipient_country === local && (giver.funder === null || giver.funder_country === local || LOCAL_BODY_NAME.test(giver.funder)));
    if (!unnamed || giver.funder === investor.funder || !localGiver(giver, local)) return c;
    return {
      ...c,
      ...giver,
      funder_country: giver.funder === null ? null : local,
      recipient: investor.funder,
      // (Its plant's country, where the grant is spent: a state's grant to a Korean company's Georgia plant is no money
      // sent to Korea, and the aggregates by receiving country should not say it is.)
      recipient_country: local,
      recipient_source: 'article',
    };
  });
}

/** A state or its government as a sentence's giver: "the State grants", "the government will provide". */
const STATE_GIVES = /\bthe\s+(?:state|government)\s+(?:(?:will|would|has|have|also|is\s+to)\s+)*(?:grants?|gives?|provides?|offers?|awards?|pays?|contributes?|granted|gave|provided|offered|awarded|paid|contributed)\b/i;
/** Givers a state, an agency or a town may be: a government, an agency of another type, one of no type read. */
const PUBLIC_TYPES: ReadonlySet<Commitment['funder_type']> = new Set(['government', 'other', null]);

/**
 * Whether a row's giver may be a state, county or town of the country where the plant is (`local`): none named, one of
 * that country, or, with that country known, one of no known country that is no lender (a development bank of no
 * country is a multilateral, lending from abroad).
 */
function localGiver(giver: Pick<Commitment, 'funder' | 'funder_type' | 'funder_country'>, local: string | null): boolean {
  if (local === null) return false;
  if (giver.funder === null || giver.funder_country === local) return true;
  return giver.funder_country === null && !LENDER_TYPES.has(giver.funder_type);
}
const LENDER_TYPES: ReadonlySet<Commitment['funder_type']> = new Set(['development_bank', 'export_credit_agency', 'sovereign_fund', 'bank']);

/**
 * The one company that invests, from one country other than the dateline's (when it names one), told with a funder and a
 * country; null when none or several.
 */
function foreignInvestor(commitments: readonly Commitment[], home: string | null): { funder: string; country: string } | null {
  const investing = commitments.filter((c) => c.instrument === 'investment' && c.funder !== null && c.funder_country !== null && (c.funder_type === 'company' || c.funder_type === null));
  const funders = new Set(investing.map((c) => c.funder!));
  if (funders.size !== 1) return null;
  const first = investing[0]!;
  if (first.funder_country === home) return null;
  return { funder: first.funder!, country: first.funder_country! };
}
