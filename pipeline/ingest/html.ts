/**
 * HTML pages → the article's own text and metadata. The page is parsed into a DOM (linkedom, which
 * never fetches anything: no scripts run, no images or frames load) and Mozilla Readability picks
 * the article body, the way Firefox's reader view does; regexes over markup would keep menus,
 * scripts and "related stories" as soon as a page is laid out differently.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isoDateOf } from './dates.ts';

export interface HtmlArticle {
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
  /** Article text, one paragraph (or list item, heading) per line. */
  text: string;
}

/** Elements whose text is never article text. */
const DROP = [
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'button', 'input',
  'select', 'textarea', 'nav', 'svg', 'canvas', 'video', 'audio', 'picture', 'img', 'source', 'track', 'map', 'figcaption',
  'dialog', 'menu',
].join(',');
/** Class or id words of blocks that hold other stories or widgets, never the story's text. */
const NOT_STORY =
  /(?:^|[\s_-])(?:related|recommended|recommendations|more-stories|morestories|read-more|readmore|read-also|also-read|most-read|mostread|most-popular|popular-posts|trending|newsletter|social|share|sharing|share-bar|sharebar|promo|advert|advertisement|outbrain|taboola|breadcrumbs?|tags|tag-list)(?:$|[\s_-])/i;
/** Elements never removed for their class: the page and the story itself. */
const KEEP_WHOLE = new Set(['HTML', 'BODY', 'ARTICLE', 'MAIN']);

interface ListElement {
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null; querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> }>;
}

interface ParagraphHolder {
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

/** Paragraphs of 200 characters or more: prose, not a list of headlines. */
function longParagraphs(el: ParagraphHolder): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) if ((p.textContent ?? '').length >= 200) n++;
  return n;
}

/** A list whose every item is nothing but links ("Related: <a>UAE pledges $10bn ...</a>"): a list of other pages. */
function isLinkList(list: ListElement): boolean {
  const items = Array.from(list.querySelectorAll('li'));
  if (items.length === 0) return false;
  return items.every((li) => {
    const all = (li.textContent ?? '').replace(/\s+/g, '');
    const linked = Array.from(li.querySelectorAll('a')).map((a) => (a.textContent ?? '').replace(/\s+/g, '')).join('');
    return all.length > 0 && linked === all;
  });
}

/** Page chrome outside the article, dropped only when not inside an <article>. */
const CHROME = 'header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'BODY', 'HTML',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Pages deeper or larger than this skip Readability: real news pages are a few dozen levels deep. */
const MAX_READABILITY_DEPTH = 150;
const MAX_READABILITY_ELEMENTS = 60_000;

/** Depth and element count of a DOM tree, without recursion. */
function treeShape(root: DomNode | null): { depth: number; elements: number } {
  if (root === null) return { depth: 0, elements: 0 };
  let depth = 0;
  let elements = 0;
  const stack: [DomNode, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    if (node.nodeType !== 1) continue;
    elements++;
    if (d > depth) depth = d;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, d + 1]);
  }
  return { depth, elements };
}

/** Text of a DOM subtree with a line break at every block boundary and spaces collapsed inside lines. */
export function blockText(root: DomNode): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[ \t\n\r\f\u00A0]+/g, ' ').trim();
    if (line !== '') lines.push(line);
    current = '';
  };
  // An explicit stack, not recursion: a hostile page nests thousands of <div>s deep.
  const stack: { node: DomNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    const block = BLOCK.has(name);
    if (leaving) {
      if (block) flush();
      else if (name === 'TD' || name === 'TH') current += ' ';
      continue;
    }
    if (block) flush();
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
  flush();
  return lines.join('\n');
}

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const v = value.replace(/\s+/g, ' ').trim();
  return v === '' ? null : v;
}

export function htmlToArticle(html: string): HtmlArticle {
  // linkedom builds no <html>/<body> around a bare fragment; give it one so `document.body` exists.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const meta = (selector: string, attribute = 'content'): string | null =>
    clean(document.querySelector(selector)?.getAttribute(attribute));

  // Metadata first: Readability rewrites the document it reads.
  const ogTitle = meta('meta[property="og:title"]') ?? meta('meta[name="og:title"]') ?? meta('meta[name="twitter:title"]');
  const pageTitle = clean(document.querySelector('title')?.textContent);
  const published =
    isoDateOf(meta('meta[property="article:published_time"]')) ??
    isoDateOf(meta('meta[name="article:published_time"]')) ??
    isoDateOf(meta('meta[itemprop="datePublished"]')) ??
    isoDateOf(document.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    isoDateOf(meta('meta[name="date"]')) ??
    isoDateOf(meta('meta[name="publish-date"]')) ??
    isoDateOf(meta('meta[name="dc.date"]'));
  const url = meta('link[rel="canonical"]', 'href') ?? meta('meta[property="og:url"]');
  const outlet = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');

  // Media and widgets carry no article text, and a multi-megabyte data: URI is cheaper to drop than to score.
  for (const el of Array.from(document.querySelectorAll(DROP))) el.remove();
  // "Related", "Most read", share bars and lists of links to other stories, which Readability keeps
  // when a page puts them inside the <article>: their headlines ("UAE pledges $10bn ...") are other
  // stories' figures.
  for (const el of Array.from(document.querySelectorAll('[class],[id]'))) {
    if (KEEP_WHOLE.has(el.tagName.toUpperCase())) continue;
    if (!NOT_STORY.test(el.getAttribute('class') ?? '') && !NOT_STORY.test(el.getAttribute('id') ?? '')) continue;
    // A wrapper around the story itself ("content share-enabled") is kept: it holds the article, or paragraphs of prose.
    if (el.querySelector('article, main, [itemprop="articleBody"]') || longParagraphs(el as unknown as ParagraphHolder) >= 3) continue;
    el.remove();
  }
  for (const list of Array.from(document.querySelectorAll('ul, ol'))) if (isLinkList(list as unknown as ListElement)) list.remove();

  let text = '';
  let readabilityTitle: string | null = null;
  // Readability's scoring is slow on pathological trees (quadratic in depth); such pages get the plain-body fallback.
  const shape = treeShape(document.documentElement as unknown as DomNode);
  if (shape.depth <= MAX_READABILITY_DEPTH && shape.elements <= MAX_READABILITY_ELEMENTS) {
    try {
      const parsed = new Readability(document.cloneNode(true) as unknown as Document, {
        serializer: (node: Node) => node,
      }).parse();
      if (parsed?.content) text = blockText(parsed.content as unknown as DomNode);
      readabilityTitle = clean(parsed?.title);
    } catch {
      // Readability gives up on some malformed pages; the body text below is the fallback.
    }
  }
  if (text.trim() === '') {
    for (const el of Array.from(document.querySelectorAll(CHROME))) if (!el.closest('article')) el.remove();
    const body = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
    text = body ? blockText(body as unknown as DomNode) : '';
  }
  return {
    title: readabilityTitle ?? pageTitle ?? ogTitle,
    published,
    url: url !== null && /^https?:\/\//i.test(url) ? url : null,
    outlet,
    text,
  };
}
