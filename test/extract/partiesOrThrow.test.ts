/**
 * resolveParties never throws: a rule that fails leaves the figure's parties empty, so one bad
 * sentence never sinks an article. That safety net also hides a broken rule (a pattern used
 * without its literal gate once emptied every party of the figures it met). Here the extractor
 * runs with the net removed over every article the tests hold, so such a rule fails a test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { loadExtractReference } from '../../pipeline/io/extractReference.ts';
import { entityHooks, type ExtractReference } from '../../pipeline/stages/extract.ts';
import { extractArticleWith } from '../../pipeline/extract/article.ts';
import { resolvePartiesOrThrow } from '../../pipeline/extract/roles.ts';
import { ingest } from '../../pipeline/stages/ingest.ts';
import type { ExtractHooks } from '../../pipeline/extract/context.ts';
import { CASES } from './unseen.cases.ts';

let ref: ExtractReference;
let hooks: ExtractHooks;
beforeAll(async () => {
  ref = (await loadExtractReference('data/reference')).ref;
  hooks = { ...entityHooks(ref.entities), parties: (request) => resolvePartiesOrThrow(request, ref.entities) };
});

/** Every article of a text, ingested as the pipeline ingests it, extracted with the strict hooks; the commitments found. */
function extractStrictly(file: string, text: string, format: 'txt' | 'md' | 'html'): number {
  const { articles, sentences } = ingest([{ file, line: null, bytes: null, text, format, meta: {} }], { maxArticleBytes: 1 << 20 });
  let rows = 0;
  for (const article of articles) rows += extractArticleWith(article, sentences.filter((s) => s.article_id === article.article_id), ref.currencies, hooks).commitments.length;
  return rows;
}

describe('party resolution without its safety net', () => {
  it('throws on no unseen article', () => {
    let rows = 0;
    for (const c of CASES) rows += extractStrictly(`${c.name}.txt`, c.text, 'txt');
    expect(rows).toBeGreaterThan(CASES.length);
  });

  it('throws on no article of the default corpus', async () => {
    const dir = 'data/articles';
    let rows = 0;
    for (const name of await readdir(dir)) {
      const ext = extname(name).slice(1);
      if (ext !== 'txt' && ext !== 'md' && ext !== 'html') continue;
      rows += extractStrictly(name, await readFile(join(dir, name), 'utf8'), ext);
    }
    expect(rows).toBeGreaterThan(0);
  });
});
