/**
 * A worker thread of the extraction pool: loads the reference tables once, then does the tasks it
 * is sent: ingest and extract an input file, or extract one already ingested article. See
 * extractRunner.ts.
 */
import { workerData } from 'node:worker_threads';
import { TABLE_COLUMNS, type Article, type ExtractedTables, type Sentence } from './tables.ts';
import { concatTables, extractArticle, sentencesByArticle, type ExtractReference } from './stages/extract.ts';
import { ingestSafely, type IngestOptions, type RawInput } from './stages/ingest.ts';
import { loadExtractReference } from './io/extractReference.ts';
import * as messages from './messages.ts';
import { csvRows } from './io/csv.ts';
import { encodeOutcome, type InputOutcome } from './io/inputOutcome.ts';

export interface ExtractTask {
  kind: 'extract';
  article: Article;
  sentences: Sentence[];
}

export interface InputTask {
  kind: 'input';
  input: RawInput;
  options: IngestOptions;
}

export type WorkerTask = ExtractTask | InputTask;

/**
 * One input file: ingest it, then extract each of its articles from its own sentences. The
 * articles' and sentences' rows are formatted here, once (see io/inputOutcome.ts for why).
 */
export function ingestAndExtract(input: RawInput, options: IngestOptions, ref: ExtractReference): InputOutcome {
  const ingested = ingestSafely(input, options);
  const rejected = [...ingested.rejected];
  const byArticle = sentencesByArticle(ingested.sentences);
  const parts: ExtractedTables[] = ingested.articles.map((article) => {
    try {
      return extractArticle(article, byArticle.get(article.article_id) ?? [], ref);
    } catch (err) {
      // Errors as values: a rule that breaks on one article costs that article's figures, never the run.
      const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      rejected.push({ file: input.file, line: input.line, reason: messages.extractFigures.articleFailed(article.part, detail) });
      return { commitments: [], jobs: [], projections: [], projects: [], evidence: [] };
    }
  });
  return {
    facts: {
      articles: ingested.articles.map(({ text: _text, ...facts }) => facts),
      rejected,
      tables: concatTables(parts),
    },
    articlesCsv: csvRows(ingested.articles, TABLE_COLUMNS.articles),
    sentencesCsv: csvRows(ingested.sentences, TABLE_COLUMNS.sentences),
    sentenceCount: ingested.sentences.length,
  };
}

/**
 * A task's result as text: an input's outcome encoded (io/inputOutcome.ts), an article's tables as
 * JSON. Text because one string crosses the thread boundary as a plain copy, and parsing it on the
 * main thread is several times cheaper than rebuilding the same objects from a structured clone.
 * The in-thread run takes the same path, so its facts are fresh strings too (an evidence sentence
 * sliced from its article would keep the whole text alive) and the cache stores the same text.
 */
export function runTask(task: WorkerTask, ref: ExtractReference): string {
  return task.kind === 'input'
    ? encodeOutcome(ingestAndExtract(task.input, task.options, ref))
    : JSON.stringify(extractArticle(task.article, task.sentences, ref));
}

// Only in a worker thread: the main thread imports this module for its types and runTask.
const reference = workerData ? loadExtractReference((workerData as { referenceDir: string }).referenceDir) : null;

/** A batch of tasks, each result as runTask's text. */
export default async function runBatch(tasks: WorkerTask[]): Promise<string[]> {
  const { ref } = await reference!;
  return tasks.map((task) => runTask(task, ref));
}
