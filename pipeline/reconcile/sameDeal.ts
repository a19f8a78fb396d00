/**
 * Whether two reports tell the same deal. Two commitments are the same deal when every field both
 * of them state agrees: funder (the same organisation, or an organisation against its own country),
 * recipient, project (tolerant match), instrument family (financing ~ export credit ~ loan), sector,
 * stake, and amount (within 2%, or the same rounded figure; 5% across currencies, whose rates are
 * yearly averages). A field one report leaves empty does not block a merge, except that a report
 * without an amount merges only with a report of the same project.
 *
 * Dedupe compares each report with many others, so what a comparison reads of a report (country
 * codes, normalised text, instrument family, amounts as single figures) is worked out once per
 * report, in its profile, not once per pair.
 */
import type { Commitment, Instrument } from '../tables.ts';
import { amountsAgree, pointOf } from './amounts.ts';
import { countryCode } from './countries.ts';
import type { RateUsed, UsdAmounts } from './fx.ts';
import { sameParty, sameProject } from './names.ts';
import { normaliseText } from './text.ts';

/** A commitment with what dedupe needs to know about its article and its USD value. */
export interface Report {
  commitment: Commitment;
  published: string | null;
  /** Position of the article in the run, to order undated articles stably. */
  articleOrder: number;
  usd: UsdAmounts | null;
  /** The rate used for `usd`, when there was one. */
  rate: RateUsed | null;
}

export type Verdict = 'same' | 'conflict' | 'different';

/** Instruments that can describe the same money: a loan and an export credit are both credit. */
export const INSTRUMENT_FAMILIES: Record<Instrument, string> = {
  loan: 'credit',
  financing: 'credit',
  export_credit: 'credit',
  investment: 'investment',
  grant: 'grant',
  equity: 'equity',
  deposit: 'deposit',
  debt_package: 'debt_package',
  // A guarantee is no money lent: the loan it backs is another deal.
  guarantee: 'guarantee',
  trade: 'trade',
  other: 'other',
};

/** A country as written: its code when it has one, else its normalised text. */
interface CountryValue {
  code: string | null;
  text: string;
}

/** What a comparison reads of a report, computed once. */
export interface Profile {
  report: Report;
  commitment: Commitment;
  /** countryCode of the funder name itself ("China" → CHN): a funder named by its country. */
  funderAsCountry: string | null;
  funderCountry: CountryValue | null;
  recipientAsCountry: string | null;
  recipientCountry: CountryValue | null;
  /** Code of funder_country / recipient_country, for "an organisation against its own country". */
  funderCountryCode: string | null;
  recipientCountryCode: string | null;
  family: string | null;
  sector: string | null;
  point: number | null;
  /** Upper-cased currency. */
  currency: string | null;
  /** The single USD figure, when the report has one. */
  usdPoint: number | null;
}

function countryValue(name: string | null): CountryValue | null {
  return name === null ? null : { code: countryCode(name), text: normaliseText(name) };
}

export function makeProfile(report: Report): Profile {
  const c = report.commitment;
  const usd = report.usd;
  return {
    report,
    commitment: c,
    funderAsCountry: c.funder === null ? null : countryCode(c.funder),
    funderCountry: countryValue(c.funder_country),
    recipientAsCountry: c.recipient === null ? null : countryCode(c.recipient),
    recipientCountry: countryValue(c.recipient_country),
    funderCountryCode: countryCode(c.funder_country),
    recipientCountryCode: countryCode(c.recipient_country),
    family: c.instrument === null ? null : INSTRUMENT_FAMILIES[c.instrument],
    sector: c.sector === null ? null : normaliseText(c.sector),
    point: pointOf(c),
    currency: c.currency === null ? null : c.currency.toUpperCase(),
    usdPoint: usd ? pointOf({ amount: usd.amount_usd, amount_low: usd.amount_usd_low, amount_high: usd.amount_usd_high }) : null,
  };
}

/**
 * What compareProfiles reads of a profile, apart from its article: two profiles with the same key
 * get the same verdict against any third, except that the article can turn a 'conflict' into
 * 'different'. A cluster of many reports of one deal has few distinct keys, so a report joining it
 * is compared with one member per key rather than with every member.
 */
export function comparisonKey(p: Profile): string {
  // (JSON text never holds a raw NUL, so the two parts cannot run into each other.)
  return `${fieldKey(p)}\u0000${JSON.stringify([num(p.point), p.currency, num(p.usdPoint)])}`;
}

/** What fieldsAgree reads of a profile. */
export function fieldKey(p: Profile): string {
  const c = p.commitment;
  return JSON.stringify([c.funder, c.funder_country, c.recipient, c.recipient_country, c.project, p.family, p.sector, num(c.stake_percent)]);
}

// Numbers as exact text, -0 told from 0 (String(-0) is "0").
function num(v: number | null): string | null {
  return v === null ? null : Object.is(v, -0) ? '-0' : String(v);
}

// Two countries agree when either is unknown, by code when both have one, else by their text.
function countriesAgree(a: CountryValue | null, b: CountryValue | null): boolean {
  if (a === null || b === null) return true;
  return a.code !== null && b.code !== null ? a.code === b.code : a.text === b.text;
}

// The same party, or one named by its country against an organisation of that country.
export function partiesAgree(a: string, b: string, aAsCountry: string | null, bAsCountry: string | null, aCountry: string | null, bCountry: string | null) {
  return (aAsCountry !== null && aAsCountry === bCountry) || (bAsCountry !== null && bAsCountry === aCountry) || sameParty(a, b);
}

/**
 * Whether every field but the amount agrees (what compareProfiles asks first). It reads only what
 * `fieldKey` holds, so two profiles of one field key get one answer against any third.
 */
export function fieldsAgree(a: Profile, b: Profile): boolean {
  const ca = a.commitment;
  const cb = b.commitment;
  if (ca.funder !== null && cb.funder !== null) {
    if (!partiesAgree(ca.funder, cb.funder, a.funderAsCountry, b.funderAsCountry, a.funderCountryCode, b.funderCountryCode)) return false;
  }
  if (!countriesAgree(a.funderCountry, b.funderCountry)) return false;
  if (ca.recipient !== null && cb.recipient !== null) {
    if (!partiesAgree(ca.recipient, cb.recipient, a.recipientAsCountry, b.recipientAsCountry, a.recipientCountryCode, b.recipientCountryCode)) {
      return false;
    }
  }
  if (!countriesAgree(a.recipientCountry, b.recipientCountry)) return false;
  if (ca.project !== null && cb.project !== null && !sameProject(ca.project, cb.project)) return false;
  if (a.family !== null && b.family !== null && a.family !== b.family) return false;
  if (a.sector !== null && b.sector !== null && a.sector !== b.sector) return false;
  if (ca.stake_percent !== null && cb.stake_percent !== null && ca.stake_percent !== cb.stake_percent) return false;
  return true;
}

/**
 * Whether the amounts let two profiles be one deal (without an amount on both sides, the project
 * decides): what compareProfiles asks after fieldsAgree, so it says 'same' exactly when both hold.
 * Cheaper than fieldsAgree (numbers only), so a search for the cluster a report joins can ask it
 * of every member first: most candidates it tries differ in the amount.
 */
export function amountsAllowSame(a: Profile, b: Profile): boolean {
  const pa = a.point;
  const pb = b.point;
  // Without an amount, only the project tells two reports of one funder apart.
  if (pa === null || pb === null) return (a.commitment.project === null) === (b.commitment.project === null);
  if (a.currency !== null && a.currency === b.currency) return amountsAgree(pa, pb);
  // Two currencies and no rate for one of them: there is no telling, so keep them apart.
  if (a.usdPoint === null || b.usdPoint === null) return false;
  return amountsAgree(a.usdPoint, b.usdPoint, 0.05);
}

/** Compare two reports: the same deal, the same deal with amounts that disagree, or different deals. */
export function compareProfiles(a: Profile, b: Profile): Verdict {
  return fieldsAgree(a, b) ? compareAgreeing(a, b) : 'different';
}

/**
 * compareProfiles of two profiles whose fields agree (fieldsAgree), without asking it again: the
 * search for conflicts knows it per pair of field keys, and asked it again for every pair of members.
 */
export function compareAgreeing(a: Profile, b: Profile): Verdict {
  if (amountsAllowSame(a, b)) return 'same';
  // Not the same: a missing amount or rate tells nothing more; two amounts disagree.
  if (a.point === null || b.point === null) return 'different';
  const sameCurrency = a.currency !== null && a.currency === b.currency;
  if (!sameCurrency && (a.usdPoint === null || b.usdPoint === null)) return 'different';
  // Only a named project makes two reports one deal told with two amounts: without it, two loans of
  // one funder to one country are simply two loans (a corpus has many), not a conflict.
  const ca = a.commitment;
  const cb = b.commitment;
  const oneProject = ca.project !== null && cb.project !== null;
  return oneProject && ca.article_id !== cb.article_id ? 'conflict' : 'different';
}

// Profiles of reports compared one pair at a time (tests, tools), kept while the report lives.
const profiles = new WeakMap<Report, Profile>();
function profileOf(report: Report): Profile {
  let profile = profiles.get(report);
  if (!profile) profiles.set(report, (profile = makeProfile(report)));
  return profile;
}

export function compareReports(a: Report, b: Report): Verdict {
  return compareProfiles(profileOf(a), profileOf(b));
}
