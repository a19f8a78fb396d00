/** Extraction of made-up articles in tests: the shipped reference, loaded once per test file. */
import { beforeAll } from 'vitest';
import { loadExtractReference } from '../../pipeline/io/extractReference.ts';
import { extractArticle, type ExtractReference } from '../../pipeline/stages/extract.ts';
import type { ExtractedTables } from '../../pipeline/tables.ts';
import { madeUpArticle } from './madeUpArticle.ts';

/**
 * Registers the reference's loading (a `beforeAll` of the calling file or block) and returns a
 * function extracting an article made of `lines`, the first its title.
 */
export function extractLines(): (lines: readonly string[]) => ExtractedTables {
  let ref: ExtractReference;
  beforeAll(async () => {
    ref = (await loadExtractReference('data/reference')).ref;
  });
  return (lines) => {
    const { article, sentences } = madeUpArticle(lines);
    return extractArticle(article, sentences, ref);
  };
}
