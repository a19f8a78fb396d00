/**
 * A worker thread of the extraction pool: loads the reference tables once, then does the tasks it
 * is sent: ingest and extract an input file, or extract one already ingested article. See
 * extractRunner.ts.
 */
import { workerData } from 'node:worker_threads';
import type { Article, Evidence, ExtractedTables, Rejected, Sentence } from './tables.ts';
import { extractArticle, sentencesByArticle, type ExtractReference } from './stages/extract.ts';
import { ingestSafely, type IngestOptions, type RawInput } from './stages/ingest.ts';
import { loadExtractReference } from './io/extractReference.ts';
import * as messages from './messages.ts';

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
 * One input's result without the texts the article already holds: sentences carry offsets only and
 * evidence no sentence (extractRunner.ts slices them again from the article's text).
 */
export interface CompactResult {
  articles: Article[];
  sentences: Omit<Sentence, 'text'>[];
  rejected: Rejected[];
  tables: Omit<ExtractedTables, 'evidence'> & { evidence: Omit<Evidence, 'sentence'>[] };
}

/** One input file: ingest it, then extract each of its articles from its own sentences. */
export function ingestAndExtract(input: RawInput, options: IngestOptions, ref: ExtractReference): CompactResult {
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
    articles: ingested.articles,
    sentences: ingested.sentences.map(({ text: _text, ...offsets }) => offsets),
    rejected,
    tables: {
      commitments: parts.flatMap((t) => t.commitments),
      jobs: parts.flatMap((t) => t.jobs),
      projections: parts.flatMap((t) => t.projections),
      projects: parts.flatMap((t) => t.projects),
      evidence: parts.flatMap((t) => t.evidence.map(({ sentence: _sentence, ...rest }) => rest)),
    },
  };
}

export function runTask(task: WorkerTask, ref: ExtractReference): CompactResult | ExtractedTables {
  return task.kind === 'input' ? ingestAndExtract(task.input, task.options, ref) : extractArticle(task.article, task.sentences, ref);
}

// Only in a worker thread: the main thread imports this module for its types and runTask.
const reference = workerData ? loadExtractReference((workerData as { referenceDir: string }).referenceDir) : null;

/**
 * Results go back as JSON text: one string crosses the thread boundary as a plain copy, and
 * JSON.parse on the main thread is several times cheaper than rebuilding the same objects from a
 * structured clone (the main thread was the pool's bottleneck on 2 cores). The cache stores the
 * same text, so a fresh input is never serialised twice.
 */
export default async function runBatch(tasks: WorkerTask[]): Promise<string[]> {
  const { ref } = await reference!;
  return tasks.map((task) => JSON.stringify(runTask(task, ref)));
}
