/**
 * Runs the extract stage over many articles: each article is extracted on its own (a pure function
 * of the article, its sentences and the reference tables), so results can be cached by content and
 * computed on a pool of worker threads. Results are merged in article order, so the output is the
 * same bytes whatever the number of workers and whatever came from the cache.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Article, ExtractedTables, Sentence } from './tables.ts';
import { extractArticle, EXTRACTOR_VERSION } from './stages/extract.ts';
import { loadExtractReference } from './io/extractReference.ts';
import { writeFileSafely } from './io/atomic.ts';
import type { ExtractTask } from './extractWorker.ts';

export interface ExtractRunOptions {
  referenceDir: string;
  /** Folder of cached per-article results, or null to extract everything afresh. */
  cacheDir: string | null;
  /** Worker threads; 0 extracts in this thread. */
  workers: number;
  /** Called with the number of articles done so far (cached ones count at once). */
  onProgress?: (done: number) => void;
}

export interface ExtractRunResult {
  tables: ExtractedTables;
  cacheHits: number;
  extracted: number;
  /** Rows of the reference tables that were skipped, each naming file, line and value. */
  referenceProblems: string[];
}

/** Below this many articles to extract, starting threads costs more than it saves. */
const MIN_ARTICLES_FOR_POOL = 16;

export function defaultWorkers(): number {
  return availableParallelism();
}

export async function extractAll(
  articles: readonly Article[],
  sentences: readonly Sentence[],
  options: ExtractRunOptions,
): Promise<ExtractRunResult> {
  const reference = await loadExtractReference(options.referenceDir);
  const sentencesByArticle = groupSentences(sentences);
  // Without a cache folder the keys would be hashed (the whole article, as JSON) for nothing.
  const cacheDir = options.cacheDir;
  const keys = cacheDir
    ? articles.map((article) => cacheKey(article, sentencesByArticle.get(article.article_id) ?? [], reference.hash))
    : null;

  const results: (ExtractedTables | null)[] = keys
    ? await Promise.all(keys.map((key) => readCached(cacheDir!, key)))
    : articles.map(() => null);
  const missing = results.flatMap((result, index) => (result === null ? [index] : []));
  const cacheHits = articles.length - missing.length;

  const tasks = missing.map((index): ExtractTask => {
    const article = articles[index]!;
    return { article, sentences: sentencesByArticle.get(article.article_id) ?? [] };
  });
  let done = cacheHits;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done);
  };
  progress(0);
  let fresh: ExtractedTables[];
  if (options.workers > 0 && tasks.length >= MIN_ARTICLES_FOR_POOL) {
    fresh = await runOnPool(tasks, options.referenceDir, options.workers, progress);
  } else {
    fresh = tasks.map((task) => {
      const result = extractArticle(task.article, task.sentences, reference.ref);
      progress(1);
      return result;
    });
  }
  await Promise.all(
    missing.map(async (index, i) => {
      results[index] = fresh[i]!;
      if (cacheDir && keys) await writeCached(cacheDir, keys[index]!, fresh[i]!);
    }),
  );
  return {
    tables: concatTables(results as ExtractedTables[]),
    cacheHits,
    extracted: missing.length,
    referenceProblems: reference.problems,
  };
}

async function runOnPool(
  tasks: readonly ExtractTask[],
  referenceDir: string,
  workers: number,
  progress: (n: number) => void,
): Promise<ExtractedTables[]> {
  const pool = new Piscina({
    filename: new URL('./extractWorker.ts', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // Workers load TypeScript through tsx, whether the parent runs under tsx, vitest or plain node.
    execArgv: ['--import', 'tsx'],
    workerData: { referenceDir },
  });
  try {
    // Batches amortise the message passing: one article is often smaller than its envelope.
    const batchSize = Math.max(1, Math.min(64, Math.ceil(tasks.length / (workers * 8))));
    const batches: ExtractTask[][] = [];
    for (let i = 0; i < tasks.length; i += batchSize) batches.push(tasks.slice(i, i + batchSize));
    const out = await Promise.all(
      batches.map(async (batch) => {
        const result = (await pool.run(batch)) as ExtractedTables[];
        progress(batch.length);
        return result;
      }),
    );
    return out.flat();
  } finally {
    await pool.destroy();
  }
}

function groupSentences(sentences: readonly Sentence[]): Map<string, Sentence[]> {
  const byArticle = new Map<string, Sentence[]>();
  for (const sentence of sentences) {
    const list = byArticle.get(sentence.article_id);
    if (list) list.push(sentence);
    else byArticle.set(sentence.article_id, [sentence]);
  }
  return byArticle;
}

/** Everything extraction reads goes into the key: the article, its sentences, the rules' version and the reference tables. */
function cacheKey(article: Article, sentences: readonly Sentence[], referenceHash: string): string {
  const hash = createHash('sha256');
  hash.update(EXTRACTOR_VERSION).update('\0').update(referenceHash).update('\0');
  hash.update(JSON.stringify(article)).update('\0');
  for (const s of sentences) hash.update(`${s.sentence_id}:${s.start}:${s.end}\n`);
  return hash.digest('hex');
}

function cachePath(cacheDir: string, key: string): string {
  return join(cacheDir, key.slice(0, 2), `${key}.json`);
}

async function readCached(cacheDir: string, key: string): Promise<ExtractedTables | null> {
  try {
    return JSON.parse(await readFile(cachePath(cacheDir, key), 'utf8')) as ExtractedTables;
  } catch {
    // A missing or unreadable cache entry is simply a miss: the article is extracted again.
    return null;
  }
}

async function writeCached(cacheDir: string, key: string, tables: ExtractedTables): Promise<void> {
  await mkdir(join(cacheDir, key.slice(0, 2)), { recursive: true });
  await writeFileSafely(cachePath(cacheDir, key), JSON.stringify(tables));
}

export function concatTables(parts: readonly ExtractedTables[]): ExtractedTables {
  const out: ExtractedTables = { commitments: [], jobs: [], projections: [], projects: [], evidence: [] };
  for (const part of parts) {
    for (const name of Object.keys(out) as (keyof ExtractedTables)[]) {
      (out[name] as unknown[]).push(...part[name]);
    }
  }
  return out;
}
