/**
 * Every match of a global regex in a text, as `text.matchAll(re)` gives them, without what
 * matchAll costs on each call: it copies the regex (a new RegExp object per call) and walks an
 * iterator. The cue tables (status, sector, instrument) run a dozen patterns over every sentence
 * with a figure, so that copy was a measurable share of extraction.
 *
 * Same matches, same order: the scan starts at 0, each next search starts where the last match
 * ended, and an empty match steps one character (one code point for a /u regex), as matchAll does.
 * `re.lastIndex` is restored around each visit, so a visitor may use the same regex.
 */

/** Calls `visit` with each match of the global regex `re` in `text`, in order. */
export function eachMatch(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  if (!re.global) throw new TypeError('eachMatch needs a global regex (as matchAll does)');
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(text);
    if (m === null) break;
    let next = re.lastIndex;
    if (m[0] === '') next = advance(text, next, re.unicode || re.flags.includes('v'));
    visit(m);
    re.lastIndex = next;
  }
  re.lastIndex = 0;
}

/** The matches as an array (for callers that want a list). */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  eachMatch(re, text, (m) => out.push(m));
  return out;
}

/** The index after `i`: past a surrogate pair when the regex reads code points. */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
