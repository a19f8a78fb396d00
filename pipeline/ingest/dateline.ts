/**
 * Datelines: "LAGOS:", "LIMA:", "NEW DELHI (Reuters) -", "WASHINGTON, Nov 3 (AP) —",
 * "Accra, Nov 3:". The city is kept as written; an agency named in brackets is the outlet; a date
 * with its year ("DHAKA, June 4, 2026 -") is the article's date when no page stamp gives one.
 * Mixed-case words before a bare colon ("Energy: ...", "Note: ...") are not datelines, so a
 * mixed-case city needs a date or an agency after it.
 */

import { findAbsoluteDate } from './dates.ts';

export interface Dateline {
  city: string;
  outlet: string | null;
  /** YYYY-MM-DD, when the dateline writes day, month and year; else null (a year is never guessed). */
  date: string | null;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
// ("BELGRADE, 25th November, 2026 (WAM)": Gulf agencies write the day as an ordinal.)
// ("Addis Ababa, November 24/2026 (ENA) -": the Ethiopian News Agency writes the year after a slash.)
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4}|\\/\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+\\d{4})?)`;
// ("Riyadh, November 24, 2026, SPA --": an agency's capitals after a comma, as the Saudi Press Agency writes.)
// ("BISHKEK, November 26 (24.kg) —": an agency's name may open with a digit; "Bishkek, November 26 /Kabar/.": Kyrgyz
// agencies write theirs between slashes.)
const AGENCY = '(?:\\((?<agency>[\\p{L}\\p{N}][\\p{L}\\p{N} .&\'’-]{0,40})\\)|\\/(?<slashed>\\p{L}[\\p{L}\\p{N} .&\'’-]{0,40})\\/|,\\s*(?<bare>\\p{Lu}{2,8})(?=\\s*(?:--|[-–—])\\s))';
// ("Nairobi, Nov. 20 --": two hyphens for a dash, as typed.)
const DASH = '(?:--|[-–—:])';
const UPPER_WORDS = "\\p{Lu}[\\p{Lu}.'’-]*(?:[ -]\\p{Lu}[\\p{Lu}.'’-]*){0,3}";
// "DUBAI/RIYADH" datelines name two cities; keep both as written.
const UPPER_CITY = `(${UPPER_WORDS}(?:\\s*\\/\\s*${UPPER_WORDS})*)`;
// "ST. PETERSBURG, Russia" / "GENEVA, Switzerland": a country after the city.
const COUNTRY = "(?:,\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{Lu}[\\p{L}.'’-]+){0,2})";
const MIXED_CITY = "(\\p{Lu}[\\p{Ll}'’-]+(?:[ -]\\p{Lu}[\\p{Ll}'’-]+){0,3})";

// CITY [, Date] [(Agency)] : or -
const UPPER = new RegExp(`^${UPPER_CITY}${COUNTRY}?(?:,\\s*(?<date>${DATE}))?\\s*(?:${AGENCY})?\\s*${DASH}\\s`, 'u');
// City, Date [(Agency)] : or - ; or a full stop after the date or agency, as state agencies write: "Tashkent,
// November 25 (UzA). The head of state ...", "BAKU, Azerbaijan, November 26. The State Oil Company ...".
const MIXED_DATED = new RegExp(`^${MIXED_CITY}${COUNTRY}?,\\s*(?<date>${DATE})\\s*(?:${AGENCY})?\\s*(?:${DASH}|\\.)\\s`, 'u');
const UPPER_DATED_STOP = new RegExp(`^${UPPER_CITY}${COUNTRY}?,\\s*(?<date>${DATE})\\s*(?:${AGENCY})?\\s*\\.\\s`, 'u');
// City, Date (Agency) and the text straight after, no dash: "New Delhi, Nov 25 (PTI) Japan on Wednesday ...", as the
// Press Trust of India writes.
const DATED_AGENCY_BARE = new RegExp(`^(${UPPER_WORDS}|\\p{Lu}[\\p{Ll}'’-]+(?:[ -]\\p{Lu}[\\p{Ll}'’-]+){0,3}),\\s*(?<date>${DATE})\\s*\\((?<agency>[\\p{L}][\\p{L}\\p{N} .&'’-]{0,40})\\)\\s+(?=[\\p{Lu}\\p{N}"“‘'])`, 'u');
// City [, Country] (Agency) - : "Tashkent, Uzbekistan (UzDaily.com) --".
const MIXED_AGENCY = new RegExp(`^${MIXED_CITY}${COUNTRY}?\\s*${AGENCY}\\s*${DASH}\\s`, 'u');

// City. — a place alone, then a full stop, opening the paragraph (Ugandan and Tanzanian dailies: "Kampala.
// Government has signed ..."). A sentence is never one capitalised word, but a label may be: see NOT_PLACES.
const MIXED_STOP = new RegExp(`^${MIXED_CITY}\\.\\s+(?=\\p{Lu})`, 'u');

// A byline line naming where the reporter files from, alone before the first paragraph: "CHAMBO MULENGA, Lusaka",
// "Olatunji Bakare, Abuja", "Staff Reporter, Harare" (two to four words of a name, then one or two of a place).
const BYLINE_PLACE = /^(?:By\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*$/u;

/** Capitalised labels that open paragraphs but are not places. */
const NOT_PLACES = new Set([
  'BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'COMMENT', 'EDITORIAL', 'NOTE', 'EDITOR’S NOTE',
  "EDITOR'S NOTE", 'WATCH', 'LISTEN', 'READ', 'PHOTO', 'VIDEO', 'LIVE', 'FACT BOX', 'FACTBOX', 'Q', 'A', 'FILE',
  'CORRECTION', 'CLARIFICATION', 'SOURCE', 'SOURCES', 'ALSO READ', 'READ MORE', 'RELATED', 'AP', 'AFP', 'US', 'UK', 'EU',
  'YES', 'NO', 'MEANWHILE', 'HOWEVER', 'ALSO', 'STILL', 'AGAIN', 'THANKS', 'INDEED', 'EXACTLY', 'FINE', 'SO', 'WELL', 'MR', 'MRS',
  'MS', 'DR', 'PROF', 'ST', 'SEN', 'REP', 'GEN', 'GOV', 'LT', 'COL', 'CAPT', 'SGT', 'JR', 'SR', 'INC', 'LTD', 'CO', 'CORP', 'NO',
]);

/** The dateline opening a body paragraph, or null. */
export function findDateline(paragraph: string): Dateline | null {
  const text = paragraph.trimStart();
  for (const pattern of [UPPER, UPPER_DATED_STOP, MIXED_DATED, MIXED_AGENCY, MIXED_STOP, DATED_AGENCY_BARE, BYLINE_PLACE]) {
    const m = pattern.exec(text);
    if (m === null) continue;
    const city = m[1]!.replace(/[-.]+$/, '');
    if (city.length < 2 || NOT_PLACES.has(city.toUpperCase())) return null;
    const written = m.groups?.date;
    return { city, outlet: (m.groups?.agency ?? m.groups?.slashed ?? m.groups?.bare)?.trim() || null, date: written ? (findAbsoluteDate(written.replace(/\.$/, ''))?.date ?? null) : null };
  }
  return null;
}
