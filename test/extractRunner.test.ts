/**
 * Extraction over many articles: the cache and the worker pool must never change the output.
 * Not timings (those are `npm run bench`): byte-identical tables, and which articles were redone.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractAll, ingestAndExtractAll } from '../pipeline/extractRunner.ts';
import { ingestAndExtract } from '../pipeline/extractWorker.ts';
import type { ExtractReference } from '../pipeline/stages/extract.ts';
import { ingest, type RawInput } from '../pipeline/stages/ingest.ts';
import { parseCsv, toCsv } from '../pipeline/io/csv.ts';
import { TABLE_COLUMNS, type Article, type ExtractedTables, type Sentence } from '../pipeline/tables.ts';

const FUNDERS = ['The World Bank', 'The Asian Development Bank', 'China', 'Saudi Arabia', 'Japan', 'The European Investment Bank'];
const RECIPIENTS = ['Kenya', 'Bangladesh', 'Egypt', 'Vietnam', 'Peru', 'Morocco'];
const VERBS = ['approved a loan of', 'pledged', 'signed an agreement to invest', 'agreed to lend'];

/** Twenty articles of our own making, each with a commitment and a jobs figure. */
function corpus(): RawInput[] {
  return Array.from({ length: 20 }, (_, i) => {
    const text =
      `Funding news number ${i + 1}\n\n` +
      `${FUNDERS[i % FUNDERS.length]} ${VERBS[i % VERBS.length]} $${(i + 1) * 25} million to ${RECIPIENTS[i % RECIPIENTS.length]} for a port upgrade, officials said on Monday. ` +
      `The project is expected to create ${(i + 1) * 100} jobs in ${RECIPIENTS[i % RECIPIENTS.length]}.\n`;
    return { file: `news-${String(i).padStart(2, '0')}.txt`, line: null, bytes: new TextEncoder().encode(text), text: null, format: 'txt', meta: {} };
  });
}

function csvOf(tables: ExtractedTables): string {
  return (Object.keys(tables) as (keyof ExtractedTables)[])
    .map((name) => toCsv(tables[name] as object[], TABLE_COLUMNS[name] as readonly string[] as never))
    .join('\n');
}


/**
 * ingestAndExtractAll, with the rows of articles (and their text) and sentences it hands on
 * collected, in order, as the two tables' CSV text, and read back.
 */
async function runInputs(...args: Parameters<typeof ingestAndExtractAll>) {
  let articlesCsv = toCsv([], TABLE_COLUMNS.articles);
  let sentencesCsv = toCsv([], TABLE_COLUMNS.sentences);
  const [feed, ingestOptions, options] = args;
  const result = await ingestAndExtractAll(feed, ingestOptions, options, (input) => {
    articlesCsv += input.articlesCsv;
    sentencesCsv += input.sentencesCsv;
  });
  const articleRows = parseCsv(articlesCsv);
  // What is kept after handing on is the facts: the same articles without their text.
  expect(toCsv(result.articles, FACT_COLUMNS)).toBe(toCsv(articleRows, FACT_COLUMNS));
  expect(result.sentenceCount).toBe(parseCsv(sentencesCsv).length);
  return { ...result, articlesCsv, sentencesCsv, articleRows };
}
const FACT_COLUMNS = TABLE_COLUMNS.articles.filter((c) => c !== 'text');

let articles: Article[];
let sentences: Sentence[];
const referenceDir = 'data/reference';

beforeAll(() => {
  ({ articles, sentences } = ingest(corpus(), { maxArticleBytes: 1 << 20 }));
});

describe('extractAll', () => {
  test('the corpus holds facts to compare (the comparisons below are not vacuous)', async () => {
    const r = await extractAll(articles, sentences, { referenceDir, cacheDir: null, workers: 0 });
    expect(articles).toHaveLength(20);
    expect(r.tables.commitments.length).toBeGreaterThanOrEqual(15);
    expect(r.tables.jobs.length).toBeGreaterThanOrEqual(15);
  });

  test('1 and 2 workers and the in-thread run give identical tables', async () => {
    const inThread = await extractAll(articles, sentences, { referenceDir, cacheDir: null, workers: 0 });
    const one = await extractAll(articles, sentences, { referenceDir, cacheDir: null, workers: 1 });
    const two = await extractAll(articles, sentences, { referenceDir, cacheDir: null, workers: 2 });
    expect(csvOf(one.tables)).toBe(csvOf(inThread.tables));
    expect(csvOf(two.tables)).toBe(csvOf(inThread.tables));
  });

  test('cached and uncached runs give identical tables; only a changed input is done again', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'pledgebook-cache-'));
    const options = { maxArticleBytes: 1 << 20 };
    const cold = await runInputs(corpus(), options, { referenceDir, cacheDir, workers: 0 });
    expect({ hits: cold.cacheHits, extracted: cold.extracted }).toEqual({ hits: 0, extracted: 20 });
    // The per-input path gives what ingest then extract give.
    const separate = await extractAll(articles, sentences, { referenceDir, workers: 0 });
    expect(csvOf(cold.tables)).toBe(csvOf(separate.tables));
    expect(cold.sentencesCsv).toBe(toCsv(sentences, TABLE_COLUMNS.sentences));
    expect(cold.articlesCsv).toBe(toCsv(articles, TABLE_COLUMNS.articles));

    const warm = await runInputs(corpus(), options, { referenceDir, cacheDir, workers: 2 });
    expect({ hits: warm.cacheHits, extracted: warm.extracted }).toEqual({ hits: 20, extracted: 0 });
    expect(csvOf(warm.tables)).toBe(csvOf(cold.tables));
    expect(warm.articlesCsv).toBe(cold.articlesCsv);
    expect(warm.sentencesCsv).toBe(cold.sentencesCsv);

    const inputs = corpus();
    inputs[3] = { ...inputs[3]!, bytes: new TextEncoder().encode('Funding news changed\n\nJapan pledged $75 million to Peru for schools.\n') };
    const rerun = await runInputs(inputs, options, { referenceDir, cacheDir, workers: 0 });
    expect({ hits: rerun.cacheHits, extracted: rerun.extracted }).toEqual({ hits: 19, extracted: 1 });
    expect(rerun.tables.commitments.some((c) => c.amount === 75_000_000 && c.recipient === 'Peru')).toBe(true);
    const uncached = await runInputs(inputs, options, { referenceDir, cacheDir: null, workers: 2 });
    expect(csvOf(rerun.tables)).toBe(csvOf(uncached.tables));
    expect(rerun.articlesCsv).toBe(uncached.articlesCsv);
    expect(rerun.sentencesCsv).toBe(uncached.sentencesCsv);

    // What the key reads: the same bytes under another name, or another size limit, are misses.
    const renamed = corpus().map((input, i) => (i === 0 ? { ...input, file: 'renamed.txt' } : input));
    expect((await runInputs(renamed, options, { referenceDir, cacheDir, workers: 0 })).extracted).toBe(1);
    expect((await runInputs(corpus(), { maxArticleBytes: 1 << 19 }, { referenceDir, cacheDir, workers: 0 })).extracted).toBe(20);
  });

  test('a receiver that asks to wait (its file has fallen behind) gets no more rows until it is ready, from the cache too', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'pledgebook-cache-'));
    const options = { maxArticleBytes: 1 << 20 };
    const cold = await runInputs(corpus(), options, { referenceDir, cacheDir, workers: 0 });
    for (const workers of [0, 2]) {
      let waiting = false;
      let overlapped = 0;
      let articlesCsv = toCsv([], TABLE_COLUMNS.articles);
      const warm = await ingestAndExtractAll(corpus(), options, { referenceDir, cacheDir, workers }, (input) => {
        if (waiting) overlapped++;
        articlesCsv += input.articlesCsv;
        waiting = true;
        // Ready again only after a turn of the event loop, as a file's write would be.
        return new Promise<void>((resolve) => setTimeout(() => { waiting = false; resolve(); }, 1));
      });
      expect(warm.cacheHits).toBe(20);
      expect(overlapped).toBe(0);
      expect(articlesCsv).toBe(cold.articlesCsv);
    }
  });

  test('1 and 2 workers give identical ingested and extracted tables for whole inputs', async () => {
    const options = { maxArticleBytes: 1 << 20 };
    const inThread = await runInputs(corpus(), options, { referenceDir, cacheDir: null, workers: 0 });
    const two = await runInputs(corpus(), options, { referenceDir, cacheDir: null, workers: 2 });
    expect(csvOf(two.tables)).toBe(csvOf(inThread.tables));
    expect(two.sentencesCsv).toBe(inThread.sentencesCsv);
    expect(two.articlesCsv).toBe(inThread.articlesCsv);
  });
});

/**
 * Inputs of every kind the workers' bundle must read as the sources do: HTML (readability and
 * linkedom), Windows-1252 bytes (chardet and iconv-lite), Markdown with a dateline and a date
 * (chrono-node). The bundle carries its own copies of those packages.
 */
function mixedCorpus(): RawInput[] {
  return Array.from({ length: 18 }, (_, i) => {
    const funder = FUNDERS[i % FUNDERS.length]!;
    const recipient = RECIPIENTS[i % RECIPIENTS.length]!;
    const sentence = `${funder} ${VERBS[i % VERBS.length]} $${(i + 2) * 10} million to ${recipient} for a rail line, creating ${(i + 1) * 50} jobs.`;
    if (i % 3 === 0) {
      const html = `<!doctype html><html><head><title>Rail money ${i}</title><script>alert(1)</script></head><body><article><h1>Rail money ${i}</h1><p>Published March ${i + 1}, 2025</p><p>${sentence}</p><p>Officials welcomed the deal, which was signed in the capital after months of talks between the two sides.</p></article></body></html>`;
      return { file: `rail-${i}.html`, line: null, bytes: new TextEncoder().encode(html), text: null, format: 'html', meta: {} };
    }
    if (i % 3 === 1) {
      const text = `Crédit news ${i}\n\nSociété Générale said on ${i + 1} April 2025 that ${sentence} The café owners cheered.\n`;
      return { file: `latin-${i}.txt`, line: null, bytes: Uint8Array.from(Buffer.from(text, 'latin1')), text: null, format: 'txt', meta: {} };
    }
    const md = `# Port deal ${i}\n\nNAIROBI, May ${i + 1}, 2025 (Reuters) - ${sentence}\n`;
    return { file: `port-${i}.md`, line: null, bytes: new TextEncoder().encode(md), text: null, format: 'md', meta: {} };
  });
}

describe('inputs of every kind through the workers', () => {
  test('HTML, Windows-1252 and dated Markdown inputs: 2 workers give what the in-thread run gives', async () => {
    const options = { maxArticleBytes: 1 << 20 };
    const inThread = await runInputs(mixedCorpus(), options, { referenceDir, cacheDir: null, workers: 0 });
    const two = await runInputs(mixedCorpus(), options, { referenceDir, cacheDir: null, workers: 2 });
    // Not vacuous: every input gave an article, facts, and the decoders and date reader had work.
    expect(inThread.articleRows).toHaveLength(18);
    expect(inThread.tables.commitments.length).toBeGreaterThanOrEqual(12);
    expect(inThread.articleRows.some((a) => a.text!.includes('Société Générale'))).toBe(true);
    expect(inThread.articleRows.filter((a) => a.published).length).toBeGreaterThanOrEqual(6);
    expect(inThread.articleRows.filter((a) => a.dateline).length).toBeGreaterThanOrEqual(3);
    expect(inThread.articleRows.every((a) => !a.text!.includes('alert(1)'))).toBe(true);
    // Evidence sentences are the article's own characters, Latin-1 letters included.
    expect(inThread.tables.evidence.some((e) => e.sentence.includes('Société Générale'))).toBe(true);
    expect(csvOf(two.tables)).toBe(csvOf(inThread.tables));
    expect(two.articlesCsv).toBe(inThread.articlesCsv);
    expect(two.sentencesCsv).toBe(inThread.sentencesCsv);
  });
});

describe('ingestAndExtract', () => {
  test('an article the rules break on becomes a rejected row naming file and article; its text stays, the run goes on', () => {
    const input = corpus()[0]!;
    // Reference tables that make every extraction throw stand in for a rule that breaks on some article.
    const broken = { entities: null, currencies: null } as unknown as ExtractReference;
    const { facts, articlesCsv, sentenceCount } = ingestAndExtract(input, { maxArticleBytes: 1 << 20 }, broken);
    expect(facts.articles).toHaveLength(1);
    expect(sentenceCount).toBeGreaterThan(0);
    expect(articlesCsv).toContain('officials said on Monday');
    expect(facts.tables.commitments).toEqual([]);
    expect(facts.rejected).toEqual([
      { file: 'news-00.txt', line: null, reason: expect.stringMatching(/^article 1 of this file could not be extracted \(TypeError: .+\); its text is in the tables/) },
    ]);
  });
});
