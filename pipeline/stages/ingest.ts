/**
 * Stage 1, ingest: raw inputs (bytes or inline text, with whatever metadata a manifest gave) →
 * articles, their sentences, and the inputs that could not be read. Pure: the files were read by
 * `io/inputs.ts`. One bad input becomes a `Rejected` row and the others go on.
 */
import * as messages from '../messages.ts';
import type { Article, Rejected, Sentence } from '../tables.ts';
import { checkInlineText, decodeBytes } from '../ingest/decode.ts';
import { findDateline, type Dateline } from '../ingest/dateline.ts';
import { isBullet, stripFurniture } from '../ingest/furniture.ts';
import { htmlToArticle } from '../ingest/html.ts';
import { articleId, sha256Hex } from '../ingest/ids.ts';
import { splitSentences } from '../ingest/sentences.ts';
import { splitArticles } from '../ingest/split.ts';
import { markdownToText, normalizeText } from '../ingest/text.ts';

export interface RawInput {
  /** Display path, relative to the input folder (a manifest row's file, or the manifest itself for inline text). */
  file: string;
  /** Line of the manifest row, or null. */
  line: number | null;
  /** File content, or null when the manifest gave `text`. */
  bytes: Uint8Array | null;
  /** Text given inline by a manifest row. */
  text: string | null;
  format: 'txt' | 'md' | 'html';
  meta: { title?: string; published?: string; url?: string; outlet?: string };
}

export interface IngestOptions {
  /** Larger inputs are rejected, not read: a 2 GB log file renamed .txt must not take the run down. */
  maxArticleBytes: number;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Bump when ingest rules change (cleaning, splitting, titles, dates): cached results are keyed by it. */
export const INGEST_VERSION = 'ingest-8';

export interface Ingested {
  articles: Article[];
  sentences: Sentence[];
  rejected: Rejected[];
}

/** Metadata a page or manifest states about an article, before the text's own stamps are read. */
interface StatedMeta {
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
  /** A page's headline, put on the text's first line (its <h1> is often outside Readability's body). */
  pageTitle: string | null;
}

function stated(input: RawInput): StatedMeta {
  return {
    title: input.meta.title?.trim() || null,
    published: input.meta.published?.trim() || null,
    url: input.meta.url?.trim() || null,
    outlet: input.meta.outlet?.trim() || null,
    pageTitle: null,
  };
}

/** The dateline of the first body paragraph (after the title and the summary bullets). */
function datelineOf(lines: readonly string[]): Dateline | null {
  const body = lines.slice(1).filter((l) => !isBullet(l) && l.trim() !== '');
  // The first paragraph, or the first after a byline or a time stamp ("By Monitor Reporter", "Updated 24 Nov"):
  // short lines with no sentence in them.
  for (let i = 0; i < Math.min(body.length, 4); i++) {
    const found = findDateline(body[i]!);
    if (found !== null) return found;
    if (body[i]!.trim().length > 60 || /[.!?]["”’]?\s*$/.test(body[i]!.trim())) return null;
  }
  return null;
}

function sentencesOf(article: Article): Sentence[] {
  return splitSentences(article.text).map((span, i) => ({
    article_id: article.article_id,
    sentence_id: `${article.article_id}-s${i + 1}`,
    start: span.start,
    end: span.end,
    text: article.text.slice(span.start, span.end),
  }));
}

/** Ingest one input: usually one article, several when the file holds articles back to back. */
export function ingestOne(input: RawInput, options: IngestOptions): Ingested {
  const reject = (reason: string): Ingested => ({
    articles: [],
    sentences: [],
    rejected: [{ file: input.file, line: input.line, reason }],
  });

  const decoded =
    input.text !== null
      ? checkInlineText(input.text, options.maxArticleBytes)
      : input.bytes !== null
        ? decodeBytes(input.bytes, options.maxArticleBytes)
        : { ok: false as const, reason: messages.ingest.empty() };
  if (!decoded.ok) return reject(decoded.reason);

  let text = normalizeText(decoded.text);
  const meta = stated(input);
  let segments: string[][];
  if (input.format === 'html') {
    const page = htmlToArticle(text);
    if (page.text.trim() === '') return reject(messages.ingest.htmlNoText());
    meta.title ??= page.title;
    meta.published ??= page.published;
    meta.url ??= page.url;
    meta.outlet ??= page.outlet;
    // The page's own headline goes first in the text (so it can be quoted), whatever title a manifest gave.
    meta.pageTitle = page.title;
    segments = [normalizeText(page.text).split('\n')];
  } else {
    if (input.format === 'md') text = markdownToText(text);
    segments = splitArticles(text.split('\n'));
  }

  // Metadata a manifest or page states belongs to the whole input: only used when it holds one article.
  const single = segments.length === 1;
  const sourceFile = input.text !== null && input.line !== null ? `${input.file}:${input.line}` : input.file;
  const out: Ingested = { articles: [], sentences: [], rejected: [] };
  segments.forEach((segment, i) => {
    const part = i + 1;
    const cleaned = stripFurniture(segment);
    let lines = cleaned.lines;
    if (lines.length === 0) {
      out.rejected.push({ file: input.file, line: input.line, reason: messages.ingest.emptyAfterCleaning() });
      return;
    }
    const title = (single ? meta.title : null) ?? cleaned.title;
    const headline = meta.pageTitle;
    if (single && headline !== null && lines[0] !== headline) {
      lines = [headline, ...lines.filter((l) => l !== headline)];
    }
    const dateline = datelineOf(lines);
    const articleText = lines.join('\n');
    const article: Article = {
      article_id: articleId(sourceFile, part, articleText),
      source_file: sourceFile,
      part,
      title,
      // A page's stamp, else the dateline's date ("DHAKA, June 4, 2026 -").
      published: (single ? meta.published : null) ?? cleaned.published ?? dateline?.date ?? null,
      dateline: dateline?.city ?? null,
      outlet: (single ? meta.outlet : null) ?? dateline?.outlet ?? null,
      url: single ? meta.url : null,
      chars: articleText.length,
      text_sha256: sha256Hex(articleText),
      text: articleText,
    };
    out.articles.push(article);
    for (const s of sentencesOf(article)) out.sentences.push(s);
  });
  return out;
}

/** `ingestOne`, with any unforeseen failure (a parser bug, a pathological page) turned into a rejected row. */
export function ingestSafely(input: RawInput, options: IngestOptions): Ingested {
  try {
    return ingestOne(input, options);
  } catch (err) {
    const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { articles: [], sentences: [], rejected: [{ file: input.file, line: input.line, reason: messages.ingest.failed(detail) }] };
  }
}

/** Ingest every input, in order. */
export function ingest(inputs: readonly RawInput[], options: IngestOptions): Ingested {
  const out: Ingested = { articles: [], sentences: [], rejected: [] };
  for (const input of inputs) {
    const one = ingestSafely(input, options);
    for (const a of one.articles) out.articles.push(a);
    for (const s of one.sentences) out.sentences.push(s);
    for (const r of one.rejected) out.rejected.push(r);
  }
  return out;
}
