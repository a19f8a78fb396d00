/**
 * Text from articles must never become a spreadsheet formula. A value that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is what Excel, LibreOffice and CSV importers read as a
 * formula, so such text gets a leading apostrophe (the OWASP advice): it is shown as text, and
 * stays text if someone edits the cell or saves the sheet as CSV.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
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
