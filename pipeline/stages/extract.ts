/**
 * Stage 2, extract: articles and their sentences → commitments, jobs, projections, projects and
 * the evidence each rests on. Pure: the reference tables come in, tables go out, nothing is read
 * or written. Each article is extracted on its own (extractArticle), so results can be cached by
 * content and computed on a worker pool; `extract` concatenates them in article order.
 */
import type { Article, ExtractedTables, Sentence } from '../tables.ts';
import type { EntityIndex } from '../extract/entities.ts';
import type { CurrencyIndex } from '../extract/currencies.ts';
import type { SizeRates } from '../extract/sizes.ts';
import type { ExtractHooks } from '../extract/context.ts';
import { extractArticleWith } from '../extract/article.ts';
import { articleCountry, datelineReceiver, resolveParties } from '../extract/roles.ts';
import { resolvePlace } from '../extract/places.ts';
import { describeProject, findProjectMentions, sameProjectName } from '../extract/projectNames.ts';

/** Bump when rules change: cached extractions are keyed by it. */
export const EXTRACTOR_VERSION = 'figures-137';

export interface ExtractReference {
  entities: EntityIndex;
  currencies: CurrencyIndex;
  /** Each currency's latest rate, to tell a part in one currency of a whole in another (extract/sizes.ts). */
  sizeRates: SizeRates;
}

/** The entity engineer's functions, bound to the reference index. */
export function entityHooks(index: EntityIndex): ExtractHooks {
  let hooks = hooksByIndex.get(index);
  if (!hooks) {
    hooks = Object.freeze({
      parties: (request) => resolveParties(request, index),
      place: (phrase) => resolvePlace(phrase, index),
      projects: (sentence, known) => findProjectMentions(sentence, index, { known }),
      describeProject: (sentence, mention) => describeProject(sentence, mention, index),
      sameProject: sameProjectName,
      datelineReceiver: (dateline, texts) => datelineReceiver(dateline, texts, index),
      articleCountry: (texts, givers) => articleCountry(texts, givers, index),
    } satisfies ExtractHooks);
    hooksByIndex.set(index, hooks);
  }
  return hooks;
}

// One set of hooks per index, made once: each article asks for them, and making (and naming) five closures per article adds up.
const hooksByIndex = new WeakMap<EntityIndex, ExtractHooks>();

export function extractArticle(article: Article, sentences: readonly Sentence[], ref: ExtractReference): ExtractedTables {
  return extractArticleWith(article, sentences, ref.currencies, entityHooks(ref.entities), ref.sizeRates);
}

/** Each article's sentences, in their order: one pass, so a file of many articles is not scanned once per article. */
export function sentencesByArticle(sentences: readonly Sentence[]): Map<string, Sentence[]> {
  const byArticle = new Map<string, Sentence[]>();
  for (const s of sentences) {
    const list = byArticle.get(s.article_id);
    if (list) list.push(s);
    else byArticle.set(s.article_id, [s]);
  }
  return byArticle;
}

export function extract(articles: readonly Article[], sentences: readonly Sentence[], ref: ExtractReference): ExtractedTables {
  const byArticle = sentencesByArticle(sentences);
  return concatTables(articles.map((article) => extractArticle(article, byArticle.get(article.article_id) ?? [], ref)));
}

/** Tables of many articles (or inputs) one after the other, in the order given: results merge in input order whoever computed them. */
export function concatTables(parts: readonly ExtractedTables[]): ExtractedTables {
  const out: ExtractedTables = { commitments: [], jobs: [], projections: [], projects: [], evidence: [] };
  for (const part of parts) {
    for (const name of Object.keys(out) as (keyof ExtractedTables)[]) {
      for (const row of part[name]) (out[name] as unknown[]).push(row);
    }
  }
  return out;
}
