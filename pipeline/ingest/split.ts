/**
 * Files that hold several articles back to back: what you get by copying a few web pages into one
 * text file. Each copied page starts with the same header pattern,
 *
 *     Headline
 *     (caption, "Short Url", "Updated 21 November 2025", "Follow" ...)
 *     Headline            ← printed again above the story
 *     • summary bullets
 *     CITY: body ...
 *
 * so an article starts at (a) a headline that is printed again a few lines later with only page
 * furniture between the two copies, or (b) the line just above a block of "Updated/Published"
 * stamps. A start is kept only if the text before it and after it both hold a body: a single
 * article that merely repeats its title, or ends with a stamp, stays whole.
 */
import { isBullet, isFurniture, stampOf } from './furniture.ts';

/** How many non-blank lines apart the two copies of a headline may be. */
const REPEAT_WINDOW = 8;
/** Headlines are short; a paragraph above a stamp is the end of the previous story, not a title. */
const MAX_HEADLINE_CHARS = 200;

interface LineInfo {
  index: number;
  text: string;
  /** key(text), computed when first compared (most lines never are) and kept. */
  key: string | null;
  furniture: boolean;
  stamp: boolean;
}

function key(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}

function keyOf(line: LineInfo): string {
  return (line.key ??= key(line.text));
}

const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * key(a.text) === key(b.text). Most pairs differ in their first word: up to the first space or
 * non-ASCII character the key is the text in lower case, so a difference there settles it without
 * building either key (a line is compared with the next few, and this runs on every line).
 */
function sameKey(a: LineInfo, b: LineInfo): boolean {
  const x = a.text;
  const y = b.text;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const c = x.charCodeAt(i);
    const d = y.charCodeAt(i);
    if (c <= 32 || d <= 32 || c >= 127 || d >= 127) break;
    if (c !== d && lowerAscii(c) !== lowerAscii(d)) return false;
  }
  return keyOf(a) === keyOf(b);
}

function headlineLike(line: LineInfo): boolean {
  return !line.furniture && !isBullet(line.text) && line.text.length <= MAX_HEADLINE_CHARS;
}

/** Line indexes where an article starts (always including 0). */
export function articleStarts(lines: readonly string[]): number[] {
  const info: LineInfo[] = [];
  lines.forEach((raw, index) => {
    const text = raw.trim();
    if (text === '') return;
    const furniture = isFurniture(text);
    info.push({ index, text, key: null, furniture, stamp: furniture && stampOf(text) !== null });
  });

  const candidates = new Set<number>();
  for (let p = 0; p < info.length; p++) {
    const line = info[p]!;
    // (a) headline printed twice with only furniture between the copies
    if (headlineLike(line)) {
      let between = 0;
      for (let q = p + 1; q < info.length && q <= p + REPEAT_WINDOW; q++) {
        const other = info[q]!;
        if (sameKey(other, line)) {
          // Two copies side by side are a headline only if the line reads like one (not a quoted sentence said twice).
          if (between > 0 || !/[.!?"”’]$/.test(line.text)) candidates.add(line.index);
          break;
        }
        if (!other.furniture) break;
        between++;
      }
    }
    // (b) the first line of a stamp block: the headline is the line above it when there is one
    if (line.stamp && (p === 0 || !info[p - 1]!.furniture)) {
      const above = p > 0 ? info[p - 1]! : null;
      candidates.add(above !== null && headlineLike(above) ? above.index : line.index);
    }
  }

  // A segment has a body when it holds a non-furniture line other than its headline (and copies of
  // it). One forward pass over the lines decides every candidate, so hostile files stay linear.
  const accepted = [0];
  let cursor = 0;
  let headline: LineInfo | null = null;
  let body = false;
  const advanceTo = (end: number) => {
    for (; cursor < info.length && info[cursor]!.index < end; cursor++) {
      const line = info[cursor]!;
      if (line.furniture || body) continue;
      if (headline === null) headline = line;
      else if (!sameKey(line, headline)) body = true;
    }
  };
  for (const c of [...candidates].sort((a, b) => a - b)) {
    if (c === 0) continue;
    advanceTo(c);
    if (!body) continue;
    accepted.push(c);
    headline = null;
    body = false;
  }
  advanceTo(lines.length);
  if (accepted.length > 1 && !body) accepted.pop();
  return accepted;
}

/** Split a file's lines into one array of lines per article. */
export function splitArticles(lines: readonly string[]): string[][] {
  const starts = articleStarts(lines);
  return starts.map((start, i) => lines.slice(start, starts[i + 1] ?? lines.length));
}
