/**
 * Currency conversion with the reference table data/reference/fx_rates.csv. The rate used is the
 * one dated on the article's date or the nearest earlier one (yearly averages are dated YYYY-01-01
 * and so cover their year). An article with no date gets the latest rate on or before the
 * reference date (the run's latest article date when none is given), and an info check says so.
 * No rate means no USD amount: never a guess.
 */
import type { FxRate } from '../tables.ts';

export interface RateUsed {
  rate: number;
  /** Date of the rate row; null for USD itself. */
  date: string | null;
  source: string;
  /** True when the article had no date and the latest rate was used. */
  latest: boolean;
}

export interface UsdAmounts {
  amount_usd: number | null;
  amount_usd_low: number | null;
  amount_usd_high: number | null;
  fx_rate: number | null;
  fx_date: string | null;
}

export const NO_USD: UsdAmounts = { amount_usd: null, amount_usd_low: null, amount_usd_high: null, fx_rate: null, fx_date: null };

/** Index the rate table by currency, each list sorted by date. */
export function indexRates(rates: readonly FxRate[]): Map<string, FxRate[]> {
  const byCurrency = new Map<string, FxRate[]>();
  for (const rate of rates) {
    const code = rate.currency.toUpperCase();
    byCurrency.set(code, [...(byCurrency.get(code) ?? []), rate]);
  }
  for (const list of byCurrency.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return byCurrency;
}

export function rateFor(
  currency: string,
  date: string | null,
  rates: ReadonlyMap<string, readonly FxRate[]>,
  referenceDate: string | null,
): RateUsed | null {
  const code = currency.toUpperCase();
  if (code === 'USD') return { rate: 1, date: null, source: 'USD', latest: false };
  const list = rates.get(code) ?? [];
  const limit = date ?? referenceDate;
  const eligible = limit === null ? list : list.filter((r) => r.date <= limit);
  const chosen = eligible[eligible.length - 1];
  if (!chosen) return null;
  return { rate: chosen.usd_per_unit, date: chosen.date, source: chosen.source, latest: date === null };
}

// Amounts are plain numbers of currency units; whole dollars are precision enough and keep
// 1e9 × 0.0036 from printing as 3599999.9999999995.
function toUsd(value: number | null, rate: number): number | null {
  return value === null ? null : Math.round(value * rate);
}

export function convert(
  row: { amount: number | null; amount_low: number | null; amount_high: number | null },
  used: RateUsed,
): UsdAmounts {
  return {
    amount_usd: toUsd(row.amount, used.rate),
    amount_usd_low: toUsd(row.amount_low, used.rate),
    amount_usd_high: toUsd(row.amount_high, used.rate),
    fx_rate: used.rate,
    fx_date: used.date,
  };
}
