/**
 * Page furniture: the lines a browser's "select all, copy" drags along with an article (share
 * buttons, "Updated 7 sec ago", photo captions, "Read more" links, the headline printed twice).
 * They carry no facts, and a figure in a caption must not be mistaken for one in the story, so they
 * are dropped. Bullet summaries ("• ...") look like furniture but state facts: they stay.
 */
import { dateLikeCoverage, findAbsoluteDate } from './dates.ts';

/** Whole-line widgets and labels, compared case-insensitively after trimming. */
const WIDGETS = new Set(
  [
    'short url', 'short link', 'copy link', 'link copied', 'copied', 'follow', 'follow us', 'following', 'unfollow',
    'share', 'share this', 'share this article', 'share this story', 'share article', 'share story', 'share via',
    'share on facebook', 'share on twitter', 'share on x', 'share on linkedin', 'share on whatsapp', 'tweet', 'email',
    'e-mail', 'print', 'comment', 'comments', 'save', 'saved', 'bookmark', 'listen', 'listen to this article',
    'read more', 'read also', 'also read', 'see also', 'related', 'related articles', 'related stories',
    'related news', 'recommended', 'recommended stories', 'more stories', 'most read', 'most popular', 'trending',
    'top stories', 'latest', 'latest news', 'advertisement', 'advertisment', 'sponsored', 'sponsored content', 'ad',
    'scroll to continue', 'scroll to continue with content', 'subscribe', 'subscribe now', 'sign up', 'sign in',
    'log in', 'login', 'register', 'newsletter', 'sign up for our newsletter', 'font size', 'text size', 'a a', 'a+ a-',
    'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'pinterest', 'skip to content',
    'skip to main content', 'back to top', 'click here', 'show more', 'show less', 'loading', 'loading...',
    'open in app', 'view comments', 'add comment', 'gift this article', 'zoom', 'enlarge', 'close', 'menu', 'home',
  ].map((w) => w.toLowerCase()),
);
/** "Follow us on Twitter", "Join our WhatsApp channel", "Subscribe to our newsletter": calls to a reader, whole lines. */
const SOCIAL_CALL =
  /^(?:(?:follow|like|join|find|connect with)\s+us\s+(?:on|at)\s+[\w.+ ]{1,40}|join\s+our\s+[\w ]{1,30}(?:channel|group|community)|subscribe\s+to\s+(?:our|the)\s+[\w ]{1,30}|sign\s+up\s+(?:for|to)\s+(?:our|the)\s+[\w ]{1,30}|download\s+(?:our|the)\s+[\w ]{1,20}app)[.!:]?$/i;
export const LONGEST_WIDGET = Math.max(...[...WIDGETS].map((w) => w.length));

/** What `\s` matches (the comparison collapses it), and the trailing marks the comparison strips. */
function isSpaceOrTrailer(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 127) return code === 58 || code === 46 || code === 33 || code === 62; // : . ! >
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff || code === 0x203a || code === 0xbb // › »
  );
}

/**
 * False when the line cannot be a widget: it has more characters than the longest widget that are
 * neither whitespace (collapsed by the comparison) nor trailing marks (stripped by it). Lower-casing
 * never shortens a character, so such a line cannot equal any widget. Why: the comparison builds a
 * lower-cased copy of the line, and nearly every line is a paragraph of the story.
 */
export function mayBeWidget(text: string): boolean {
  if (text.length <= LONGEST_WIDGET) return true;
  let counted = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A low surrogate ends a character already counted by its high half.
    if (isSpaceOrTrailer(code) || (code >= 0xdc00 && code <= 0xdfff)) continue;
    if (++counted > LONGEST_WIDGET) return false;
  }
  return true;
}

const STAMP_WORD = /^(?:(?:last|first)\s+)?(updated|published|posted|modified|created|edited)\b(?:\s+(?:on|at))?\s*[:\-–—|]?\s*/i;
const RELATIVE_TIME =
  /^(?:about\s+)?(?:\d+|an?|one|few)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\.?\s+ago\b|^(?:just now|moments ago|yesterday|today)\b/i;
const READING_TIME = /^\d+\s*(?:-\s*)?(?:min|mins|minute|minutes)\.?\s+(?:read|listen)$/i;
const SEPARATOR = /^[\s\-–—_=*•·|~#]+$/u;
const LINK_LIST = /^(?:read more|read also|also read|see also|related(?: stories| articles| news| coverage)?|more on this|recommended(?: for you)?|you may also like|you might also like|most read|don['’]t miss|watch)\s*(?:[:»>|›\-–—]|$)/i;
const BREADCRUMB = /^home\s*[>/»|›]/i;
const CAPTION_START =
  /^(?:in this (?:\w+ ){0,2}(?:photo|picture|image|photograph|handout)|this (?:\w+ ){0,2}(?:photo|picture|image|photograph)\b|(?:file|handout|representational|representative) (?:photo|picture|image)|(?:photo|photos|picture|image|photograph|caption|credit|photo credit|image credit|source)\s*:|photo by\b|\(photo\b)/i;
const CREDIT_END =
  /\((?:[^()]*\/[^()]*|file|file photo|handout|photo|reuters|afp|ap|ap photo|getty|getty images|anadolu|xinhua|epa|bloomberg|supplied)\)\s*$/i;
const BYLINE = /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,|in|for))*\s*(?:[,|–—-]\s*[\p{L} .]+)?$/u;

export interface Stamp {
  /** ISO date when the stamp gives an absolute one. */
  date: string | null;
  /** "published" stamps win over "updated" ones for the article's date. */
  kind: 'published' | 'updated' | 'date';
}

/**
 * Answers kept per line: splitting a file into articles and cleaning each article ask the same
 * questions of every line, and a stamp test may run chrono. Emptied when full, so memory stays flat.
 */
function lineMemo<V>(limit = 8192): { get(line: string): V | undefined; set(line: string, value: V): V } {
  let entries = new Map<string, V>();
  return {
    get: (line) => entries.get(line),
    set: (line, value) => {
      if (entries.size >= limit) entries = new Map();
      entries.set(line, value);
      return value;
    },
  };
}

const stamps = lineMemo<Readonly<Stamp> | null>();

/** A publication/update stamp line ("Updated 7 sec ago", "Published: Nov 3, 2024", "21 November 2025"). */
export function stampOf(line: string): Stamp | null {
  const known = stamps.get(line);
  if (known !== undefined) return known === null ? null : { ...known };
  const stamp = stampOfLine(line);
  stamps.set(line, stamp === null ? null : Object.freeze({ ...stamp }));
  return stamp;
}

/** A stamp line is short; anything longer is prose. */
const MAX_STAMP_CHARS = 90;

function stampOfLine(line: string): Stamp | null {
  const text = line.trim();
  if (text === '' || text.length > MAX_STAMP_CHARS) return null;
  // "Published 3 Nov 2024 | Updated 4 Nov 2024": every piece must be a stamp.
  const pieces = text.split(/\s+[|·•]\s+/);
  if (pieces.length > 1) {
    const stamps = pieces.map(stampPiece);
    if (stamps.some((s) => s === null)) return null;
    const all = stamps as Stamp[];
    return all.find((s) => s.kind === 'published' && s.date !== null) ?? all.find((s) => s.date !== null) ?? all[0]!;
  }
  return stampPiece(text);
}

/** Cheap test run before chrono (which is slow): a bare date line is short and names a month, a day or a number. */
const DATE_HINT =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|ago|now)/i;

const DATE_WORD =
  /^(?:\d+(?:st|nd|rd|th)?|\d{1,4}[-/.:]\d{1,2}(?:[-/.:]\d{1,4})*(?:[T ][\d:.]+)?z?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*|a\.?m\.?|p\.?m\.?|at|on|of|the|ago|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?|an?|just|now|today|yesterday|[a-z]{2,4}|[+-]\d{2}:?\d{2}|utc[+-]?\d*|gmt[+-]?\d*)$/i;

/** A line made of date and time words only ("Monday, 21 Nov 2025 14:02 PKT"), checked before chrono. */
function mostlyDateWords(text: string): boolean {
  const words = text.split(/[\s,|·()]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 8) return false;
  let other = 0;
  for (const w of words) if (!DATE_WORD.test(w.replace(/[.,;]+$/, ''))) other++;
  return other === 0;
}

function stampPiece(piece: string): Stamp | null {
  const word = STAMP_WORD.exec(piece);
  const rest = word ? piece.slice(word[0].length).trim() : piece;
  if (word === null && (rest.length > 48 || !mostlyDateWords(rest))) return null;
  if (rest !== '' && !DATE_HINT.test(rest)) return null;
  const kind: Stamp['kind'] = word === null ? 'date' : /updated|modified|edited/i.test(word[1]!) ? 'updated' : 'published';
  if (word !== null && rest === '') return { date: null, kind };
  if (RELATIVE_TIME.test(rest) && rest.length <= 40) return { date: null, kind };
  const found = findAbsoluteDate(rest);
  // The date must be (nearly) the whole remainder: "Updated 5 March 2024 with comment from ..." is prose.
  if (found !== null && found.covered >= rest.length * 0.7 && rest.length - found.covered <= 12) return { date: found.date, kind };
  // A date without a year ("Nov 3", "Friday, 10:15 GMT") is still a stamp line, but its date is unknown.
  if (rest.length <= 40 && /\p{L}|\d/u.test(rest) && dateLikeCoverage(rest) >= rest.replace(/[\s,|·]+/g, '').length * 0.8)
    return { date: null, kind };
  return null;
}

export function isBullet(line: string): boolean {
  return /^\s*(?:[•●▪◦‣⁃∙·]|[-–*+])\s+\S/u.test(line);
}

const furniture = lineMemo<boolean>();

/** True for a line that is page furniture, not article text. Bullets are never furniture. */
const PAGE_METADATA = /^(?:From|Part of|Applies to|Organisation|Organization|Department|Issued by|Document type|Topic|Location):\s+\S/;

export function isFurniture(line: string): boolean {
  return furniture.get(line) ?? furniture.set(line, isFurnitureLine(line));
}

function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return true;
  if (isBullet(text)) return false;
  if (mayBeWidget(text)) {
    const lower = text.toLowerCase().replace(/\s+/g, ' ');
    if (WIDGETS.has(lower) || WIDGETS.has(lower.replace(/[:.!›»>]+$/, ''))) return true;
  }
  if (SEPARATOR.test(text)) return true;
  if (READING_TIME.test(text)) return true;
  if (text.length <= 80 && SOCIAL_CALL.test(text)) return true;
  if (text.length <= 200 && (LINK_LIST.test(text) || BREADCRUMB.test(text))) return true;
  if (text.length <= 400 && (CAPTION_START.test(text) || CREDIT_END.test(text))) return true;
  if (text.length <= 80 && !/\d/.test(text) && BYLINE.test(text)) return true;
  // A government page's metadata: "From: Foreign, Commonwealth & Development Office and Baroness Helen Whitmore".
  if (text.length <= 200 && PAGE_METADATA.test(text)) return true;
  // The length first: a paragraph is never a stamp, and asking would keep it in the stamps' memo.
  return text.length <= MAX_STAMP_CHARS && stampOf(text) !== null;
}

export interface CleanedArticle {
  title: string | null;
  /** ISO date from the first absolute stamp ("published" before "updated"), else null. */
  published: string | null;
  /** Article lines, trimmed, without furniture or blank lines; the title first. */
  lines: string[];
}

function lineKey(line: string): string {
  return line.replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Labels over a list of other stories ("Related", "Most read"): the headline-like lines right after
 * one are links to other pages, and their figures ("UAE pledges $10bn ...") are other deals'.
 */
const LIST_HEADERS = new Set(
  [
    'related', 'related articles', 'related stories', 'related news', 'related content', 'read more', 'read also', 'also read',
    'see also', 'recommended', 'recommended stories', 'recommended for you', 'more stories', 'more news', 'most read',
    'most popular', 'most viewed', 'trending', 'trending now', 'top stories', 'latest', 'latest news', 'latest stories',
    "editor's picks", 'editors picks', 'you may also like', 'you might also like', 'more from this section', 'in other news',
  ],
);
/** A headline, not a paragraph: short, and not ending a sentence. */
const HEADLINE_LIKE = (line: string) => line.length <= 160 && !/[.!?]["”’)]?$/.test(line);

/** Drop furniture and the repeated headline; title = first line that is not furniture. */
export function stripFurniture(lines: readonly string[]): CleanedArticle {
  const kept: string[] = [];
  let title: string | null = null;
  let titleKey: string | null = null;
  let published: string | null = null;
  let updated: string | null = null;
  // After a "Related" label, while lines look like headlines.
  let inLinkList = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (inLinkList && HEADLINE_LIKE(line) && title !== null) continue;
    inLinkList = false;
    if (isFurniture(line)) {
      if (title !== null && LIST_HEADERS.has(line.toLowerCase().replace(/\s+/g, ' ').replace(/[:.!›»>]+$/, ''))) inLinkList = true;
      const stamp = stampOf(line);
      if (stamp?.date) {
        if (stamp.kind === 'updated') updated ??= stamp.date;
        else published ??= stamp.date;
      }
      continue;
    }
    // Length first: most lines are far from the title's length, and this runs on every line.
    if (titleKey !== null && Math.abs(line.length - title!.length) <= 8 && lineKey(line) === titleKey) continue;
    if (title === null) {
      title = line;
      titleKey = lineKey(line);
    }
    kept.push(line);
  }
  return { title, published: published ?? updated, lines: kept };
}
