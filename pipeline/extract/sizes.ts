/**
 * Sizes of figures in different currencies, for one question only: is a part smaller than the
 * whole it is told as part of? "OCP signed financing worth $1.2 billion with JBIC and the EIB. JBIC
 * will provide $400 million and the EIB 300 million euros": the euros are a share of the dollars,
 * and unlinked they are counted beside them. Rows keep their own currency; reconciliation converts
 * them with the rate of the article's date (reconcile/fx.ts), and its parts-within-whole check
 * tells the reader when linked parts come to more than their whole.
 *
 * The rates here are each currency's latest in data/reference/fx_rates.csv, not the article's
 * date's, so a part in another currency must be clearly smaller (CROSS_CURRENCY_MARGIN): no move
 * of a rate between its dates should turn a part into something larger than its whole.
 */
import type { Commitment, FxRate } from '../tables.ts';
import { amountPoint } from './mergeMentions.ts';

/** US dollars per unit, by currency code. */
export type SizeRates = ReadonlyMap<string, number>;

export const NO_RATES: SizeRates = new Map();

/** At most this share of its whole, in US dollars, for a part in another currency. */
export const CROSS_CURRENCY_MARGIN = 0.9;

/** Each currency's rate of its latest date (US dollars are 1, whatever the table says). */
export function latestRates(rates: readonly FxRate[]): SizeRates {
  const latest = new Map<string, FxRate>();
  for (const rate of rates) {
    const known = latest.get(rate.currency);
    if (!known || rate.date > known.date) latest.set(rate.currency, rate);
  }
  const out = new Map([...latest].map(([code, rate]) => [code, rate.usd_per_unit]));
  out.set('USD', 1);
  return out;
}

/** A figure's size in US dollars at these rates; null without a figure, a currency or its rate. */
export function usdSize(c: Commitment, rates: SizeRates): number | null {
  const point = amountPoint(c);
  const rate = c.currency === null ? undefined : c.currency === 'USD' ? 1 : rates.get(c.currency);
  return point === null || rate === undefined ? null : point * rate;
}

/**
 * A part is smaller than its whole: in the whole's currency, or, in another, clearly smaller in US
 * dollars (CROSS_CURRENCY_MARGIN). Without a rate for either, figures in two currencies are never
 * part and whole.
 */
export function smallerPart(part: Commitment, whole: Commitment, rates: SizeRates = NO_RATES): boolean {
  if (part.currency === whole.currency) {
    const own = amountPoint(part);
    const size = amountPoint(whole);
    return own !== null && size !== null && own < size;
  }
  const own = usdSize(part, rates);
  const size = usdSize(whole, rates);
  return own !== null && size !== null && own < size * CROSS_CURRENCY_MARGIN;
}

/**
 * A figure's size for choosing the largest of several wholes, or for adding up shares: in US dollars
 * where the rates know its currency, else its own figure (then only comparable within one currency,
 * which is all the callers had before rates).
 */
export function comparableSize(c: Commitment, rates: SizeRates): number | null {
  return usdSize(c, rates) ?? amountPoint(c);
}

/**
 * The rates, with a rate for each currency that has none but whose figure the article converts to dollars in brackets
 * ("a BDS$150 million (US$75 million) loan" gives the Barbados dollar 0.5): for telling this article's parts from its
 * wholes only. The article's own conversion is the writer's rate of the day; the reconciled tables never use it (a
 * sum with no rate in `fx_rates.csv` keeps no dollar value there).
 */
export function withConvertedRates(rates: SizeRates, mentions: readonly { row: Commitment; converted?: { currency: string | null; value: number | null } }[]): SizeRates {
  let out: Map<string, number> | null = null;
  for (const m of mentions) {
    const { currency } = m.row;
    const point = amountPoint(m.row);
    const c = m.converted;
    if (currency === null || point === null || point <= 0 || rates.has(currency) || out?.has(currency) || !c || c.value === null || c.currency === null) continue;
    const per = c.currency === 'USD' ? 1 : rates.get(c.currency);
    if (per === undefined) continue;
    out ??= new Map(rates);
    out.set(currency, (c.value * per) / point);
  }
  return out ?? rates;
}
