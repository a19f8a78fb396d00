/**
 * Shares of exports: "$3 billion in export earnings, about 12 percent of the country's
 * existing export volume". The share and the value are separate projections; they are paired when
 * they come from the same article (same sentence first, then same project), and the pair implies
 * the export base the article assumes (3e9 / 12% = 25e9), which can be set against reference
 * data.
 */
import type { CountryExports, Projection } from '../tables.ts';
import { countryCode, findCountry } from './countries.ts';

export interface SharePair {
  share: Projection;
  value: Projection;
  /** ISO alpha-3 code of the country whose exports the share is of, when named. */
  country: string | null;
  /** The country as the article names it, for messages. */
  countryName: string;
  /** value / share: the export base the article implies, in the value's unit. */
  impliedBase: number;
}

function isShareOfExports(p: Projection): boolean {
  if (p.metric === 'share_of_exports') return true;
  return p.unit === 'percent' && p.of_what !== null && /export/i.test(p.of_what);
}

function isExportValue(p: Projection): boolean {
  return p.metric === 'export_value' && p.value !== null && p.unit !== null && p.unit !== 'percent';
}

export function pairShares(projections: readonly Projection[]): SharePair[] {
  // The export values of each article, in table order: a share looks only at its own article's.
  const valuesByArticle = new Map<string, Projection[]>();
  for (const p of projections) {
    if (!isExportValue(p)) continue;
    const list = valuesByArticle.get(p.article_id);
    if (list) list.push(p);
    else valuesByArticle.set(p.article_id, [p]);
  }
  const pairs: SharePair[] = [];
  for (const share of projections.filter(isShareOfExports)) {
    if (share.value === null || share.value <= 0) continue;
    const candidates = valuesByArticle.get(share.article_id) ?? [];
    const value =
      candidates.find((p) => p.quote === share.quote) ??
      candidates.find((p) => p.project !== null && p.project === share.project) ??
      (candidates.length === 1 ? candidates[0] : undefined);
    if (!value || value.value === null) continue;
    const country = findCountry(share.of_what) ?? findCountry(share.quote);
    pairs.push({
      share,
      value,
      country,
      countryName: share.of_what?.replace(/[’']s\b.*$/u, '').trim() || country || 'the country',
      impliedBase: value.value / (share.value / 100),
    });
  }
  return pairs;
}

/** The latest reference row for a country (matched by name or code). */
export function referenceExports(country: string | null, rows: readonly CountryExports[]): CountryExports | null {
  if (country === null) return null;
  const matching = rows.filter((r) => countryCode(r.country) === country || r.country.toUpperCase() === country);
  return matching.sort((a, b) => b.year - a.year)[0] ?? null;
}
