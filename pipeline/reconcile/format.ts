/** Figures in messages and explanations, written the way the articles write them. */
import type { Qualifier } from '../tables.ts';

export function formatMoney(value: number | null, currency = 'USD'): string {
  if (value === null) return 'an unknown amount';
  const sign = currency === 'USD' ? '$' : `${currency} `;
  const abs = Math.abs(value);
  const scaled = (n: number, unit: string) => `${sign}${Number(n.toPrecision(4)).toLocaleString('en-US')} ${unit}`;
  if (abs >= 1e12) return scaled(value / 1e12, 'trillion');
  if (abs >= 1e9) return scaled(value / 1e9, 'billion');
  if (abs >= 1e6) return scaled(value / 1e6, 'million');
  return `${sign}${Math.round(value).toLocaleString('en-US')}`;
}

const WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  nearly: 'nearly ',
  over: 'over ',
  at_least: 'at least ',
  up_to: 'up to ',
  range: '',
};

export function formatQualified(value: number | null, qualifier: Qualifier | null, currency = 'USD'): string {
  return `${qualifier ? WORDS[qualifier] : ''}${formatMoney(value, currency)}`;
}
