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
  // Chrono reads a year only from digits: a text without one cannot hold a full date (and chrono is slow).
  if (!/\d/.test(trimmed)) return null;
  const plainDate = plainCalendarDate(trimmed);
  if (plainDate !== null) return plainDate;
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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?`;
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2}) ${MONTH_NAMES},? (\d{4})$`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`^${MONTH_NAMES} (\d{1,2}),? (\d{4})$`, 'i');

/**
 * The stamp lines of most pages ("21 November 2025", "Nov 3, 2024") read without chrono, which
 * costs tens of microseconds a line; they read as chrono reads them (the whole text, that date).
 * Anything else, or an impossible date, is left to chrono.
 */
function plainCalendarDate(text: string): FoundDate | null {
  let m = DAY_MONTH_YEAR.exec(text);
  let day: string | undefined;
  let month: string | undefined;
  let year: string | undefined;
  if (m) [, day, month, year] = m;
  else {
    m = MONTH_DAY_YEAR.exec(text);
    if (m) [, month, day, year] = m;
  }
  if (!m || day === undefined || month === undefined || year === undefined) return null;
  const date = iso(Number(year), MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1, Number(day));
  return date === null ? null : { date, covered: text.length };
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
