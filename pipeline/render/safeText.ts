/**
 * Text from articles must never become a spreadsheet formula. A value that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is what Excel, LibreOffice and CSV importers read as a
 * formula, so such text gets a leading apostrophe (the OWASP advice): it is shown as text, and
 * stays text if someone edits the cell or saves the sheet as CSV.
 */
/** `=`, `+`, `-`, `@`, tab and carriage return, by character code. */
const FORMULA_START = new Set([61, 43, 45, 64, 9, 13]);

export function safeText(text: string): string {
  // The first character's code rather than a regular expression: this runs for every text cell.
  return text.length > 0 && FORMULA_START.has(text.charCodeAt(0)) ? `'${text}` : text;
}

/** Whether `url` may become a clickable link: only http and https, never javascript:, file: or data:. */
export function isWebUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}
