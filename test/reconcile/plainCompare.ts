/**
 * The comparison of two reports as dedupe made it before reports had profiles, kept as the
 * reference the profile-based comparison (pipeline/reconcile/sameDeal.ts) is tested against.
 */
import type { Commitment } from '../../pipeline/tables.ts';
import { amountsAgree, pointOf } from '../../pipeline/reconcile/amounts.ts';
import { countryCode } from '../../pipeline/reconcile/countries.ts';
import { isCountryOf, sameParty, sameProject } from '../../pipeline/reconcile/names.ts';
import { normaliseText } from '../../pipeline/reconcile/text.ts';
// The family table is data both comparisons read, not the logic under test: one copy.
import { INSTRUMENT_FAMILIES as FAMILIES, type Report, type Verdict } from '../../pipeline/reconcile/sameDeal.ts';

function fundersAgree(a: Commitment, b: Commitment): boolean {
  if (a.funder === null || b.funder === null) return true;
  return sameParty(a.funder, b.funder) || isCountryOf(a.funder, b.funder_country) || isCountryOf(b.funder, a.funder_country);
}

function countriesAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const ca = countryCode(a);
  const cb = countryCode(b);
  return ca !== null && cb !== null ? ca === cb : normaliseText(a) === normaliseText(b);
}

function recipientsAgree(a: Commitment, b: Commitment): boolean {
  if (a.recipient !== null && b.recipient !== null) {
    const same =
      sameParty(a.recipient, b.recipient) || isCountryOf(a.recipient, b.recipient_country) || isCountryOf(b.recipient, a.recipient_country);
    if (!same) return false;
  }
  return countriesAgree(a.recipient_country, b.recipient_country);
}

function textAgrees(a: string | null, b: string | null): boolean {
  return a === null || b === null || normaliseText(a) === normaliseText(b);
}

/** Compare two reports: the same deal, the same deal with amounts that disagree, or different deals. */
export function plainCompare(a: Report, b: Report): Verdict {
  const ca = a.commitment;
  const cb = b.commitment;
  if (!fundersAgree(ca, cb)) return 'different';
  if (!countriesAgree(ca.funder_country, cb.funder_country)) return 'different';
  if (!recipientsAgree(ca, cb)) return 'different';
  if (ca.project !== null && cb.project !== null && !sameProject(ca.project, cb.project)) return 'different';
  if (ca.instrument !== null && cb.instrument !== null && FAMILIES[ca.instrument] !== FAMILIES[cb.instrument]) return 'different';
  if (!textAgrees(ca.sector, cb.sector)) return 'different';
  if (ca.stake_percent !== null && cb.stake_percent !== null && ca.stake_percent !== cb.stake_percent) return 'different';

  const pa = pointOf(ca);
  const pb = pointOf(cb);
  if (pa === null || pb === null) {
    // Without an amount, only the project tells two reports of one funder apart.
    return (ca.project === null) === (cb.project === null) ? 'same' : 'different';
  }
  let agree: boolean;
  if (ca.currency !== null && cb.currency !== null && ca.currency.toUpperCase() === cb.currency.toUpperCase()) {
    agree = amountsAgree(pa, pb);
  } else {
    const ua = a.usd ? pointOf({ amount: a.usd.amount_usd, amount_low: a.usd.amount_usd_low, amount_high: a.usd.amount_usd_high }) : null;
    const ub = b.usd ? pointOf({ amount: b.usd.amount_usd, amount_low: b.usd.amount_usd_low, amount_high: b.usd.amount_usd_high }) : null;
    // Two currencies and no rate for one of them: there is no telling, so keep them apart.
    if (ua === null || ub === null) return 'different';
    agree = amountsAgree(ua, ub, 0.05);
  }
  if (agree) return 'same';
  // Only a named project makes two reports one deal told with two amounts: without it, two loans of
  // one funder to one country are simply two loans (a corpus has many), not a conflict.
  const oneProject = ca.project !== null && cb.project !== null;
  return oneProject && ca.article_id !== cb.article_id ? 'conflict' : 'different';
}

