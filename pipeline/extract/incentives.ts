/**
 * Incentives to a foreign investor: "Daesung Cell Materials, a Seoul-based maker of anode material, will invest $412
 * million ... To support the project, the OneGeorgia Authority has committed a $12.5 million grant". A local paper or a
 * state's release tells one company's investment, then the grants, tax credits and loans a state, county or town gives
 * it, naming it as "the company" or not at all. A reader puts those sums to the investor; so does this, and says so
 * (`recipient_source` 'article'): only for a row naming no receiver (or only the dateline's country), whose sentence speaks of an incentive or of "the
 * company", whose giver is not the investor nor of its country, in an article where one company of one foreign country
 * invests. Its giver, a local body of no known country, is then of the dateline's country, where the plant is.
 */
import type { Commitment } from '../tables.ts';
import { LOCAL_BODY_HEADS } from './entities.ts';

/** Words of what a state or town gives an investor: "grant", "tax credit", "abatement", "reimburse the company". */
const INCENTIVE = /\b(?:grants?|incentives?|tax\s+(?:credits?|breaks?|abatements?|exemptions?|incentives?|increment)|abatements?|rebates?|reimburse\w*|subsid(?:y|ies)|forgivable|performance-based|closing\s+fund|enterprise\s+fund|the\s+company|the\s+firm|the\s+project)\b/i;

export function withIncentivesToInvestor(commitments: readonly Commitment[], datelineCountry: () => string | null): Commitment[] {
  if (!commitments.some((c) => INCENTIVE.test(c.quote))) return [...commitments];
  const investor = foreignInvestor(commitments, datelineCountry);
  if (investor === null) return [...commitments];
  const home = datelineCountry();
  return commitments.map((c) => {
    // (A receiver that is the dateline's country itself, read from "its first U.S. plant", names no one a state or town
    // could give to but the company.)
    // (Only for a giver named as of that country, a county or a parish, or none: one of no known country may be a donor
    // from abroad.)
    const unnamed = c.recipient === null || (c.recipient === home && c.recipient_country === home && (c.funder === null || c.funder_country === home || LOCAL_BODY.test(c.funder)));
    if (!unnamed || c.funder === investor.funder || !localGiver(c, home) || !INCENTIVE.test(c.quote)) return c;
    return {
      ...c,
      funder_country: c.funder === null ? null : home,
      recipient: investor.funder,
      recipient_country: investor.country,
      recipient_source: 'article',
    };
  });
}

/**
 * Whether a row's giver may be a state, county or town of the dateline's country: none named, one of that country, or one
 * of no known country that is no lender (a development bank of no country is a multilateral, lending from abroad).
 */
function localGiver(c: Commitment, home: string | null): boolean {
  if (c.funder === null || (home !== null && c.funder_country === home)) return true;
  return c.funder_country === null && !LENDER_TYPES.has(c.funder_type);
}
/** A county's, township's, parish's or borough's name: "Davidson County". */
const LOCAL_BODY = new RegExp(String.raw`\s(?:${[...LOCAL_BODY_HEADS].join('|')})$`);
const LENDER_TYPES: ReadonlySet<Commitment['funder_type']> = new Set(['development_bank', 'export_credit_agency', 'sovereign_fund', 'bank']);

/**
 * The one company that invests, from one country other than the dateline's, told with a funder and a country; null when
 * none or several, or when the dateline names no country.
 */
function foreignInvestor(commitments: readonly Commitment[], datelineCountry: () => string | null): { funder: string; country: string } | null {
  const investing = commitments.filter((c) => c.instrument === 'investment' && c.funder !== null && c.funder_country !== null && (c.funder_type === 'company' || c.funder_type === null));
  const funders = new Set(investing.map((c) => c.funder!));
  if (funders.size !== 1) return null;
  const first = investing[0]!;
  const home = datelineCountry();
  if (home === null || first.funder_country === home) return null;
  return { funder: first.funder!, country: first.funder_country! };
}
