/**
 * How numbers and dates read in the brief: "$4.2 billion", "$1.3 million", "8,400", "4 March 2025".
 * Words rather than "B"/"M" because the brief is read by people, not parsed; the workbook keeps
 * the raw numbers and uses number formats instead.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Up to `digits` decimals, trailing zeros dropped, thousands separated: 4.25, 1.3, 996. */
function trimmed(value: number, digits: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits });
}

/** A count with thousands separators: 8400 -> "8,400". Null reads as an em dash. */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return trimmed(value, 0);
}

/** A large physical quantity in words: 1.5e6 -> "1.5 million", 8400 -> "8,400". */
export function formatQuantity(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${trimmed(value / 1e9, 2)} billion`;
  if (abs >= 1e6) return `${trimmed(value / 1e6, 2)} million`;
  return trimmed(value, 2);
}

/**
 * Money in words, USD by default: 4.2e9 -> "$4.2 billion", 1.3e6 -> "$1.3 million",
 * 250000 -> "$250,000". Other currencies are written with their ISO code ("INR 83 billion").
 */
export function formatMoney(value: number | null | undefined, currency = 'USD'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const prefix = currency === 'USD' ? '$' : `${currency} `;
  if (abs >= 1e12) return `${sign}${prefix}${trimmed(abs / 1e12, 2)} trillion`;
  if (abs >= 1e9) return `${sign}${prefix}${trimmed(abs / 1e9, 2)} billion`;
  if (abs >= 1e6) return `${sign}${prefix}${trimmed(abs / 1e6, 1)} million`;
  return `${sign}${prefix}${trimmed(abs, 0)}`;
}

/** A percent value already in percent units: 15.277 -> "15.3%". */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${trimmed(value, 1)}%`;
}

/** A figure with low/central/high bounds, in words. */
export interface BoundedText {
  /** The figure to print large: "$3 billion", "at least $4.01 billion", "$1–2 billion". */
  main: string;
  /** What the bounds mean, or null when the figure is exact. */
  note: string | null;
}

/**
 * Say what is known and no more: an open high end reads "at least <low>", a closed range
 * "<low> to <high>", an exact figure just the figure. The central value is mentioned when it
 * differs from what is printed, so no number is hidden.
 */
export function formatBounded(
  low: number | null,
  value: number | null,
  high: number | null,
  format: (v: number | null) => string,
): BoundedText {
  if (value === null && low === null && high === null) return { main: '—', note: null };
  const floor = low ?? value;
  if (high === null) {
    if (floor === null) return { main: format(value), note: null };
    const note = value !== null && value !== floor ? `${format(value)} counting every "up to" amount in full` : null;
    return { main: `at least ${format(floor)}`, note };
  }
  if (floor !== null && floor !== high) {
    const note = value !== null && value !== floor && value !== high ? `central estimate ${format(value)}` : null;
    return { main: `${format(floor)} to ${format(high)}`, note };
  }
  return { main: format(value ?? high), note: null };
}

/** "2025-03-04" -> "4 March 2025"; anything else is returned unchanged, null as null. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** Snake-case vocabulary words for readers: "under_discussion" -> "under discussion". */
export function humanize(word: string | null | undefined): string {
  return word ? word.replace(/_/g, ' ') : '—';
}
