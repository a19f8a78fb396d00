/**
 * Runs read, ingest and extract over many inputs. Each input file is ingested and its articles
 * extracted on their own (pure functions of the file's bytes, its metadata and the reference
 * tables), so the result of a whole file can be cached by content and computed on a pool of worker
 * threads. Results are merged in input order, so the output is the same bytes whatever the number
 * of workers and whatever came from the cache.
 *
 * Why per input file and not per article: an unchanged file then costs a hash and one cache read,
 * with no decoding, cleaning, splitting or extraction; that is what keeps a re-run after one new
 * article small next to the full run.
 *
 * Why windows: inputs are read a window at a time while the workers work on the previous one, so
 * raw bytes never pile up in memory, whatever the number of files.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Article, ArticleFacts, ExtractedTables, Rejected, Sentence } from './tables.ts';
import { EXTRACTOR_VERSION, concatTables, sentencesByArticle, type ExtractReference } from './stages/extract.ts';
import { INGEST_VERSION, type IngestOptions, type RawInput } from './stages/ingest.ts';
import { hashExtractReference, loadExtractReference } from './io/extractReference.ts';
import { loadCurrencyReference } from './io/currencyReference.ts';
import type { ReadOne } from './io/inputs.ts';
import { openInputCache } from './io/inputCache.ts';
import { workerEntry } from './io/workerBundle.ts';
import { runTask, type ExtractTask, type InputTask, type WorkerTask } from './extractWorker.ts';
import { decodeOutcome, type InputFacts, type InputOutcome } from './io/inputOutcome.ts';
import { mapLimited } from './io/mapLimited.ts';
import { sha256Hex } from './ingest/ids.ts';

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
  /** Articles without their text (their rows went to `onInput`). */
  articles: ArticleFacts[];
  /** Inputs (or articles of them) that ingest or extraction turned down, in input order. */
  ingestRejected: Rejected[];
  /** Sentences of all articles (their rows went to `onInput`; only their number is kept). */
  sentenceCount: number;
  /** Inputs that could not be read (missing, too large, unreadable), in input order. */
  readRejected: Rejected[];
  /** SHA-256 of each input read, in input order: run.json records what a run read. */
  inputHashes: { file: string; sha256: string }[];
}

/** An input's rows of articles.csv and sentences.csv, formatted (csvRows: no header). */
export type InputRows = Pick<InputOutcome, 'articlesCsv' | 'sentencesCsv'>;

/** Inputs still to read, one at a time: a run never needs every file's bytes at once. */
export interface InputFeed {
  length: number;
  load(index: number): Promise<ReadOne>;
}

/** Below this many tasks, starting threads costs more than it saves. */
const MIN_TASKS_FOR_POOL = 16;
/** Inputs read at once; the next window is read while the workers do the current one. */
const WINDOW = 512;
/** Input files read at once while a window is read (cache entries are read from packs already open: io/inputCache.ts). */
const IO_CONCURRENCY = 32;
/** Bump when the shape of a cache entry changes. */
const CACHE_FORMAT = 'input-5';

export function defaultWorkers(): number {
  return availableParallelism();
}

/** A feed over inputs already in memory (tests, the benchmark). */
export function feedOf(inputs: readonly RawInput[]): InputFeed {
  return { length: inputs.length, load: async (index) => ({ ok: true, input: inputs[index]! }) };
}

/**
 * Read, ingest and extract every input, in input order, reusing cached results for unchanged
 * inputs. Each input's rows of articles and sentences (the texts) are handed to `onInput` in input
 * order as soon as it and those before it are done; only facts are kept after that.
 */
export async function ingestAndExtractAll(
  feed: InputFeed | readonly RawInput[],
  ingestOptions: IngestOptions,
  options: ExtractRunOptions,
  onInput: (rows: InputRows) => void | Promise<unknown> = () => {},
): Promise<InputRunResult> {
  const inputs: InputFeed = 'load' in feed ? feed : feedOf(feed);
  const cacheDir = options.cacheDir;
  const [referenceHash, currencies] = await Promise.all([hashExtractReference(options.referenceDir), loadCurrencyReference(options.referenceDir)]);
  // Outcomes wait in `results` until their rows are handed on in order; then only their facts stay, in `kept`.
  const results: (InputOutcome | null)[] = new Array(inputs.length).fill(null);
  const kept: (InputFacts | null)[] = new Array(inputs.length).fill(null);
  const readRejected: (Rejected | null)[] = new Array(inputs.length).fill(null);
  const inputHashes: ({ file: string; sha256: string } | null)[] = new Array(inputs.length).fill(null);
  const runner = new TaskRunner(options);
  const cache = cacheDir ? await openInputCache(cacheDir) : null;
  let cacheHits = 0;
  let extracted = 0;
  const progress = progressFrom(0, options.onProgress);
  const inFlight: { indices: number[]; done: Promise<unknown> }[] = [];
  let sentenceCount = 0;
  // In input order: hand each full result on, then keep only its facts.
  const flush = async (window: { indices: number[]; done: Promise<unknown> }) => {
    await window.done;
    for (const index of window.indices) {
      const result = results[index];
      if (!result) continue;
      // The receiver may ask to wait (its file has fallen behind): results read from the cache come
      // far faster than their rows are written, and would otherwise pile up in memory.
      const wait = onInput({ articlesCsv: result.articlesCsv, sentencesCsv: result.sentencesCsv });
      if (wait) await wait;
      sentenceCount += result.sentenceCount;
      kept[index] = result.facts;
      results[index] = null;
    }
  };
  try {
    for (let start = 0; start < inputs.length; start += WINDOW) {
      const indices = range(start, Math.min(inputs.length, start + WINDOW));
      const loaded = await mapLimited(indices, IO_CONCURRENCY, async (index) => {
        const one = await inputs.load(index);
        if (!one.ok) {
          readRejected[index] = one.rejected;
          return null;
        }
        const contentHash = sha256Hex(one.input.bytes ?? one.input.text ?? '');
        inputHashes[index] = { file: one.input.file, sha256: contentHash };
        const key = cache ? inputCacheKey(one.input, contentHash, ingestOptions, referenceHash) : null;
        const stored = cache && key ? cache.read(key) : null;
        // An entry that does not hold together is a miss: the input is done again.
        const cached = stored === null ? null : decodeOutcome(stored);
        if (cached) {
          results[index] = cached;
          cacheHits++;
          return null;
        }
        return { index, input: one.input, key };
      });
      const misses = loaded.filter((m) => m !== null);
      progress(indices.length - misses.length);
      extracted += misses.length;
      // The workers do this window while the next one is read; at most two windows wait in memory.
      const tasks = misses.map((m): InputTask => ({ kind: 'input', input: m.input, options: ingestOptions }));
      const windowDone = runner.run(tasks, progress).then(async (fresh) => {
        misses.forEach((m, i) => {
          const outcome = decodeOutcome(fresh[i]!);
          // A fresh outcome always holds together; if not, the encoding broke: stop loudly.
          if (outcome === null) throw new Error(`the extraction of ${m.input.file} came back from its worker unreadable`);
          results[m.index] = outcome;
        });
        // The window's outcomes as one pack (io/inputCache.ts says why).
        await cache?.add(misses.map((m, i) => ({ key: m.key!, text: fresh[i]! })));
      });
      // Awaited below; the no-op handler keeps a second failing window from being an unhandled rejection.
      windowDone.catch(() => {});
      inFlight.push({ indices, done: windowDone });
      if (inFlight.length >= 2) await flush(inFlight.shift()!);
    }
    for (const window of inFlight) await flush(window);
    await cache?.close();
  } catch (error) {
    // The previous index stays as it was (this run's packs are removed by the next).
    cache?.abandon();
    throw error;
  } finally {
    await runner.close();
  }
  const done = kept.filter((r) => r !== null);
  return {
    articles: done.flatMap((r) => r.articles),
    ingestRejected: done.flatMap((r) => r.rejected),
    sentenceCount,
    tables: concatTables(done.map((r) => r.tables)),
    readRejected: readRejected.filter((r) => r !== null),
    inputHashes: inputHashes.filter((h) => h !== null),
    cacheHits,
    extracted,
    referenceProblems: currencies.problems,
  };
}

/** Extract already ingested articles (no cache): extraction alone, for the benchmark and tests. */
export async function extractAll(
  articles: readonly Article[],
  sentences: readonly Sentence[],
  options: Omit<ExtractRunOptions, 'cacheDir'> & { cacheDir?: null },
): Promise<ExtractRunResult> {
  const byArticle = sentencesByArticle(sentences);
  const tasks = articles.map((article): ExtractTask => ({ kind: 'extract', article, sentences: byArticle.get(article.article_id) ?? [] }));
  const runner = new TaskRunner(options);
  try {
    const fresh = (await runner.run(tasks, progressFrom(0, options.onProgress))).map((text) => JSON.parse(text) as ExtractedTables);
    const { problems } = await loadCurrencyReference(options.referenceDir);
    return { tables: concatTables(fresh), cacheHits: 0, extracted: articles.length, referenceProblems: problems };
  } finally {
    await runner.close();
  }
}

/**
 * Runs tasks in this thread or on a pool of workers, started on the first call that is worth it
 * and kept for the rest of the run (starting a worker costs far more than one article).
 */
class TaskRunner {
  #pool: Promise<Piscina> | null = null;
  #reference: Promise<ExtractReference> | null = null;
  constructor(private readonly options: Pick<ExtractRunOptions, 'workers' | 'referenceDir'>) {}

  /** Each task's result as runTask's text (extractWorker.ts). */
  async run(tasks: readonly WorkerTask[], progress: (n: number) => void): Promise<string[]> {
    if (tasks.length === 0) return [];
    const workers = this.options.workers;
    if (workers > 0 && (this.#pool !== null || tasks.length >= MIN_TASKS_FOR_POOL)) {
      // A promise, so two windows asking at once share one pool.
      this.#pool ??= workerEntry().then(
        (entry) =>
          new Piscina({
            filename: entry.filename,
            minThreads: workers,
            maxThreads: workers,
            // Set either way: a worker would otherwise inherit the parent's flags (tsx's loader, vitest's).
            execArgv: entry.execArgv,
            workerData: { referenceDir: this.options.referenceDir },
          }),
      );
      const pool = await this.#pool;
      // Batches amortise the message passing: one article is often smaller than its envelope.
      const batchSize = Math.max(1, Math.min(64, Math.ceil(tasks.length / (workers * 8))));
      const batches: WorkerTask[][] = [];
      for (let i = 0; i < tasks.length; i += batchSize) batches.push(tasks.slice(i, i + batchSize));
      const out = await Promise.all(
        batches.map(async (batch) => {
          const result = (await pool.run(batch)) as string[];
          progress(batch.length);
          return result;
        }),
      );
      return out.flat();
    }
    // The entity index is built only when there is something to extract in this thread.
    this.#reference ??= loadExtractReference(this.options.referenceDir).then((r) => r.ref);
    const ref = await this.#reference;
    return tasks.map((task) => {
      const result = runTask(task, ref);
      progress(1);
      return result;
    });
  }

  async close(): Promise<void> {
    const pool = this.#pool;
    this.#pool = null;
    await (await pool)?.destroy();
  }
}

function progressFrom(start: number, onProgress: ((done: number) => void) | undefined): (n: number) => void {
  let done = start;
  onProgress?.(done);
  return (n) => {
    done += n;
    onProgress?.(done);
  };
}

/**
 * Everything ingest and extraction read goes into the key: the file's content hash, its name,
 * manifest line and metadata (they become ids and columns), the size limit, the rules' versions
 * and the reference tables' bytes. A change to any of them is a miss.
 */
export function inputCacheKey(input: RawInput, contentHash: string, options: IngestOptions, referenceHash: string): string {
  const hash = createHash('sha256');
  hash.update(`${CACHE_FORMAT}\0${INGEST_VERSION}\0${EXTRACTOR_VERSION}\0${referenceHash}\0${options.maxArticleBytes}\0`);
  hash.update(JSON.stringify([input.file, input.line, input.format, input.meta, input.bytes !== null ? 'bytes' : 'text', contentHash]));
  return hash.digest('hex');
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
