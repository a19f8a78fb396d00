/**
 * A worker thread of the extraction pool: loads the reference tables once, then extracts the
 * articles it is sent. See extractRunner.ts.
 */
import { workerData } from 'node:worker_threads';
import type { Article, ExtractedTables, Sentence } from './tables.ts';
import { extractArticle } from './stages/extract.ts';
import { loadExtractReference } from './io/extractReference.ts';

export interface ExtractTask {
  article: Article;
  sentences: Sentence[];
}

const reference = loadExtractReference((workerData as { referenceDir: string }).referenceDir);

export default async function extractBatch(tasks: ExtractTask[]): Promise<ExtractedTables[]> {
  const { ref } = await reference;
  return tasks.map((task) => extractArticle(task.article, task.sentences, ref));
}
