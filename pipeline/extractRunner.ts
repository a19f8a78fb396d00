/**
 * Runs ingest and extract over many inputs. Each input file is ingested and its articles extracted
 * on their own (pure functions of the file's bytes, its metadata and the reference tables), so the
 * result of a whole file can be cached by content and computed on a pool of worker threads.
 * Results are merged in input order, so the output is the same bytes whatever the number of
 * workers and whatever came from the cache.
 *
 * Why per input file and not per article: an unchanged file then costs a hash and one cache read,
 * with no decoding, cleaning, splitting or extraction; that is what keeps a re-run after one new
 * article small next to the full run.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Article, ExtractedTables, Sentence } from './tables.ts';
import { EXTRACTOR_VERSION } from './stages/extract.ts';
import { INGEST_VERSION, type Ingested, type IngestOptions, type RawInput } from './stages/ingest.ts';
import { hashExtractReference, loadExtractReference } from './io/extractReference.ts';
import { loadCurrencyReference } from './io/currencyReference.ts';
import { writeFileSafely } from './io/atomic.ts';
import { runTask, type ExtractTask, type InputTask, type WorkerTask } from './extractWorker.ts';

export interface ExtractRunOptions {
  referenceDir: string;
  /** Folder of cached per-input results, or null to do everything afresh. */
  cacheDir: string | null;
  /** Worker threads; 0 works in this thread. */
  workers: number;
  /** Called with the number of inputs (or articles, for extractAll) done so far; cached ones count at once. */
  onProgress?: (done: number) => void;
}

export interface ExtractRunResult {
  tables: ExtractedTables;
  /** Inputs whose result came from the cache. */
  cacheHits: number;
  /** Inputs (or articles, for extractAll) worked on afresh. */
  extracted: number;
  /** Rows of the reference tables that were skipped, each naming file, line and value. */
  referenceProblems: string[];
}

export interface InputRunResult extends ExtractRunResult {
  ingested: Ingested;
}

/** What one input file becomes: its articles, sentences and rejections, and the facts extracted from them. */
export interface InputResult extends Ingested {
  tables: ExtractedTables;
}

/** Below this many tasks, starting threads costs more than it saves. */
const MIN_TASKS_FOR_POOL = 16;
/** Bump when the shape of a cache entry changes. */
const CACHE_FORMAT = 'input-2';

export function defaultWorkers(): number {
  return availableParallelism();
}

/** Ingest and extract every input, in input order, reusing cached results for unchanged inputs. */
export async function ingestAndExtractAll(
  inputs: readonly RawInput[],
  ingestOptions: IngestOptions,
  options: ExtractRunOptions,
): Promise<InputRunResult> {
  const cacheDir = options.cacheDir;
  const [referenceHash, currencies] = await Promise.all([hashExtractReference(options.referenceDir), loadCurrencyReference(options.referenceDir)]);
  const keys = cacheDir ? inputs.map((input) => inputCacheKey(input, ingestOptions, referenceHash)) : null;
  const results: (InputResult | null)[] = keys
    ? await mapLimited(keys, 64, async (key) => {
        const entry = await readCached<CacheEntry>(cacheDir!, key);
        return entry === null ? null : fromCacheEntry(entry);
      })
    : inputs.map(() => null);
  const missing = results.flatMap((result, index) => (result === null ? [index] : []));
  const cacheHits = inputs.length - missing.length;

  const progress = progressFrom(cacheHits, options.onProgress);
  const tasks = missing.map((index): InputTask => ({ kind: 'input', input: inputs[index]!, options: ingestOptions }));
  const fresh = await runTasks<InputResult>(tasks, options, progress);
  await Promise.all(
    missing.map(async (index, i) => {
      results[index] = fresh[i]!;
      if (cacheDir && keys) await writeCached(cacheDir, keys[index]!, toCacheEntry(fresh[i]!));
    }),
  );
  const done = results as InputResult[];
  return {
    ingested: {
      articles: done.flatMap((r) => r.articles),
      sentences: done.flatMap((r) => r.sentences),
      rejected: done.flatMap((r) => r.rejected),
    },
    tables: concatTables(done.map((r) => r.tables)),
    cacheHits,
    extracted: missing.length,
    referenceProblems: currencies.problems,
  };
}

/** Extract already ingested articles (no cache): extraction alone, for the benchmark and tests. */
export async function extractAll(
  articles: readonly Article[],
  sentences: readonly Sentence[],
  options: Omit<ExtractRunOptions, 'cacheDir'> & { cacheDir?: null },
): Promise<ExtractRunResult> {
  const sentencesByArticle = groupSentences(sentences);
  const tasks = articles.map((article): ExtractTask => ({ kind: 'extract', article, sentences: sentencesByArticle.get(article.article_id) ?? [] }));
  const fresh = await runTasks<ExtractedTables>(tasks, options, progressFrom(0, options.onProgress));
  const { problems } = await loadCurrencyReference(options.referenceDir);
  return { tables: concatTables(fresh), cacheHits: 0, extracted: articles.length, referenceProblems: problems };
}

function progressFrom(start: number, onProgress: ((done: number) => void) | undefined): (n: number) => void {
  let done = start;
  onProgress?.(done);
  return (n) => {
    done += n;
    onProgress?.(done);
  };
}

/** Run tasks in this thread or on a pool; results in task order. */
async function runTasks<R>(tasks: readonly WorkerTask[], options: Pick<ExtractRunOptions, 'workers' | 'referenceDir'>, progress: (n: number) => void): Promise<R[]> {
  if (tasks.length === 0) return [];
  if (options.workers > 0 && tasks.length >= MIN_TASKS_FOR_POOL) return runOnPool<R>(tasks, options.referenceDir, options.workers, progress);
  // The entity index is built only when there is something to extract in this thread.
  const { ref } = await loadExtractReference(options.referenceDir);
  return tasks.map((task) => {
    const result = runTask(task, ref) as R;
    progress(1);
    return result;
  });
}

async function runOnPool<R>(
  tasks: readonly WorkerTask[],
  referenceDir: string,
  workers: number,
  progress: (n: number) => void,
): Promise<R[]> {
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
    const batches: WorkerTask[][] = [];
    for (let i = 0; i < tasks.length; i += batchSize) batches.push(tasks.slice(i, i + batchSize));
    const out = await Promise.all(
      batches.map(async (batch) => {
        const result = (await pool.run(batch)) as R[];
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

/**
 * Everything ingest and extraction read goes into the key: the file's bytes (or inline text), its
 * name, manifest line and metadata (they become ids and columns), the size limit, the rules'
 * versions and the reference tables' bytes. A change to any of them is a miss.
 */
export function inputCacheKey(input: RawInput, options: IngestOptions, referenceHash: string): string {
  const hash = createHash('sha256');
  hash.update(`${CACHE_FORMAT}\0${INGEST_VERSION}\0${EXTRACTOR_VERSION}\0${referenceHash}\0${options.maxArticleBytes}\0`);
  hash.update(JSON.stringify([input.file, input.line, input.format, input.meta])).update('\0');
  if (input.bytes !== null) hash.update('bytes\0').update(input.bytes);
  else hash.update('text\0').update(input.text ?? '');
  return hash.digest('hex');
}

/** A cache entry stores each sentence's offsets, not its text: the text is the article's, sliced again on reading. */
interface CacheEntry extends Omit<InputResult, 'sentences'> {
  sentences: Omit<Sentence, 'text'>[];
}

function toCacheEntry(result: InputResult): CacheEntry {
  return { ...result, sentences: result.sentences.map(({ text: _text, ...rest }) => rest) };
}

function fromCacheEntry(entry: CacheEntry): InputResult | null {
  const texts = new Map(entry.articles.map((a) => [a.article_id, a.text]));
  const sentences: Sentence[] = [];
  for (const s of entry.sentences) {
    const text = texts.get(s.article_id);
    // An entry that does not hold together is a miss, never a wrong sentence.
    if (text === undefined || s.end > text.length) return null;
    sentences.push({ ...s, text: text.slice(s.start, s.end) });
  }
  return { ...entry, sentences };
}

function cachePath(cacheDir: string, key: string): string {
  return join(cacheDir, key.slice(0, 2), `${key}.json`);
}

async function readCached<T>(cacheDir: string, key: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(cachePath(cacheDir, key), 'utf8')) as T;
  } catch {
    // A missing or unreadable cache entry is simply a miss: the input is done again.
    return null;
  }
}

async function writeCached(cacheDir: string, key: string, value: unknown): Promise<void> {
  await mkdir(join(cacheDir, key.slice(0, 2)), { recursive: true });
  await writeFileSafely(cachePath(cacheDir, key), JSON.stringify(value));
}

async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export function concatTables(parts: readonly ExtractedTables[]): ExtractedTables {
  const out: ExtractedTables = { commitments: [], jobs: [], projections: [], projects: [], evidence: [] };
  for (const part of parts) {
    for (const name of Object.keys(out) as (keyof ExtractedTables)[]) {
      for (const row of part[name]) (out[name] as unknown[]).push(row);
    }
  }
  return out;
}
