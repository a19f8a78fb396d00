/** Profiling helper: builds an in-memory corpus and runs extraction in this thread. */
import { join } from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { readInputs } from '../../pipeline/io/inputs.ts';
import { loadSentencePool, makeArticle, rng } from './corpus.ts';
import { ingest } from '../../pipeline/stages/ingest.ts';
import { extractAll } from '../../pipeline/extractRunner.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const size = Number(process.argv[2] ?? 1000);
const pool = await loadSentencePool(ROOT);
const random = rng(20261125);
const dir = await mkdtemp(join(tmpdir(), 'pledgebook-prof-'));
for (let i = 0; i < size; i++) await writeFile(join(dir, `a${i}.txt`), makeArticle(pool, random, i));
const { inputs } = await readInputs(dir, { maxArticleBytes: 5e6 });
const t0 = performance.now();
const { articles, sentences } = ingest(inputs, { maxArticleBytes: 5e6 });
const t1 = performance.now();
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
const r = await extractAll(articles, sentences, { referenceDir: join(ROOT, 'data/reference'), cacheDir: null, workers: 0 });
const t2 = performance.now();
console.log(`ingest ${((t1 - t0) / 1000).toFixed(2)} s; extract ${((t2 - t1) / 1000).toFixed(2)} s, ${(mb / ((t2 - t1) / 1000)).toFixed(2)} MB/s, ${r.tables.commitments.length} commitments`);
await rm(dir, { recursive: true, force: true });
