/**
 * Sentence boundaries with character offsets into the cleaned article text. Extraction quotes
 * sentences verbatim, so `text.slice(start, end)` must be the sentence exactly, with no spaces at
 * either end. A plain scan (no NLP model) keeps ingest at several MB/s: lines first (a headline or a
 * bullet never runs into the next line), then `. ! ?` followed by a space and a capital, quote or
 * digit, except after abbreviations and initials. A decimal point is never followed by a space, so
 * "$4.75 billion" and "version 2.0" stay whole.
 */

export interface Span {
  start: number;
  end: number;
}

/** Words that end with a period without ending the sentence (compared without the period). */
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'St', 'Sr', 'Jr', 'Gen', 'Col', 'Lt', 'Capt', 'Cmdr', 'Adm', 'Maj', 'Sgt',
  'Sen', 'Rep', 'Gov', 'Pres', 'Amb', 'Hon', 'Rev', 'Fr', 'Sheikh', 'Mt', 'Ft', 'Ave', 'Blvd', 'Rd',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Plc', 'LLC', 'Pvt', 'Pte', 'Pty', 'Dept', 'Govt', 'Assn', 'Intl',
  'No', 'Nos', 'Vol', 'Art', 'Sec', 'Fig', 'p', 'pp', 'para', 'cf', 'vs', 'v', 'etc', 'approx', 'est', 'al', 'ca',
  'Rs', 'Re', 'Sh', 'Ksh', 'Tk', 'Dh', 'Dhs', 'Bn', 'bn', 'mn', 'Mn',
]);

const BOUNDARY = /[.!?]+[)\]"”’'»]*[ \t\u00A0]+(?=[\p{Lu}\p{Lt}\p{N}"“‘'«$€£¥(\[])/gu;
/** "U.S", "e.g", "i.e", "U.K": letters separated by periods. */
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;

const SPACE = /\s/;

/** Any Unicode space (the ideographic space of CJK text too), never the newline that separates lines. */
function isSpace(c: string | undefined): boolean {
  return c !== undefined && c !== '\n' && SPACE.test(c);
}

/** The word just before the period at `dot`, without leading brackets or quotes. */
function wordBefore(line: string, dot: number): string {
  let i = dot;
  while (i > 0 && !isSpace(line[i - 1])) i--;
  return line.slice(i, dot).replace(/^[(\["“‘'«]+/u, '');
}

function endsSentence(line: string, at: number): boolean {
  if (line[at] !== '.') return true;
  const word = wordBefore(line, at);
  if (word === '') return true;
  if (ABBREVIATIONS.has(word)) return false;
  if (DOTTED.test(word)) return false;
  // An initial: "J. Smith", "George W. Bush".
  if (/^\p{Lu}$/u.test(word)) return false;
  return true;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}

/** Sentence spans of `text`, in order, never overlapping, never empty. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let from = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(line); m !== null; m = BOUNDARY.exec(line)) {
      const closing = m[0].replace(/[ \t\u00A0]+$/, '');
      const terminatorEnd = m.index + closing.length;
      // Check the last period of a run like "Inc.)": the terminator is the first char of the match.
      if (!endsSentence(line, m.index)) continue;
      pushTrimmed(spans, text, lineStart + from, lineStart + terminatorEnd);
      from = m.index + m[0].length;
    }
    pushTrimmed(spans, text, lineStart + from, lineEnd);
    lineStart = lineEnd + 1;
  }
  return spans;
}
