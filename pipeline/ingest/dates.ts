/**
 * Dates written in page stamps ("Updated 21 November 2025", "Published: Nov 3, 2024",
 * "2024-11-03T09:30:00Z"). Only a date whose day, month and year are all written counts: chrono would
 * happily fill a missing year from today's clock, and a relative stamp ("7 sec ago") says nothing
 * about the day the article was written once the page is saved.
 */
import * as chrono from 'chrono-node';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const RELATIVE = /\b(ago|yesterday|today|tonight|just now|last|next|this)\b/i;

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  if (year < 1900 || year > 2200) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface FoundDate {
  /** YYYY-MM-DD. */
  date: string;
  /** Characters of the input the date (and its time) covers, for "is this line only a date" tests. */
  covered: number;
}

/** An absolute calendar date written in `text`, or null (relative, partial or no date). */
export function findAbsoluteDate(text: string): FoundDate | null {
  const trimmed = text.trim();
  const isoMatch = ISO_DATE.exec(trimmed);
  if (isoMatch) {
    const date = iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
    return date === null ? null : { date, covered: trimmed.length };
  }
  if (RELATIVE.test(trimmed)) return null;
  // A fixed reference date keeps the parse a pure function of the text (no clock).
  const results = chrono.en.strict.parse(trimmed, new Date(Date.UTC(2000, 0, 1)));
  for (const r of results) {
    const s = r.start;
    if (!(s.isCertain('year') && s.isCertain('month') && s.isCertain('day'))) continue;
    // "3/11/2024" is March 11 in Washington and 3 November in London: ambiguous, so unknown.
    const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/.exec(r.text);
    if (numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2]) continue;
    const date = iso(s.get('year')!, s.get('month')!, s.get('day')!);
    if (date !== null) return { date, covered: r.text.length };
  }
  return null;
}

/** The ISO date of an HTML date attribute or meta value ("2025-11-21T10:00:00+05:00" → "2025-11-21"). */
export function isoDateOf(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return findAbsoluteDate(value)?.date ?? null;
}

/** Characters of `text` chrono reads as a date or time of any kind ("Nov 3", "Friday", "10:15 GMT"). */
export function dateLikeCoverage(text: string): number {
  const results = chrono.en.casual.parse(text, new Date(Date.UTC(2000, 0, 1)));
  return results.reduce((sum, r) => sum + r.text.length, 0);
}
