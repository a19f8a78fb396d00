/**
 * Times the stages after extraction (correct, reconcile, aggregate) on their own, so work on them
 * does not wait for extraction each time:
 *
 *   npx tsx scripts/bench/reconcileStages.ts save /tmp/corpus10k /tmp/reconcile-bench/10k.v8
 *   npx tsx scripts/bench/reconcileStages.ts time /tmp/reconcile-bench/10k.v8 [/tmp/reconcile-bench/out]
 *
 * `save` reads, ingests and extracts a corpus once and saves the articles (without their text, as
 * the run holds them) and the extracted tables in V8's serialised form (a 100,000-article corpus's
 * tables are too long for one JSON string); `time` loads them in a fresh process (so the name
 * caches start cold, as in a real run), runs the three stages as pipeline/run.ts does, prints their
 * seconds, and, given an output folder, writes deals, checks, jobs and aggregates as CSV to diff
 * against a full run's tables.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import { dirname, join } from 'node:path';
import { readInputs } from '../../pipeline/io/inputs.ts';
import { ingest } from '../../pipeline/stages/ingest.ts';
import { extractAll } from '../../pipeline/extractRunner.ts';
import { readCorrections } from '../../pipeline/io/corrections.ts';
import { loadCountryExports, loadFxRates } from '../../pipeline/io/fxReference.ts';
import { applyCorrections } from '../../pipeline/stages/correct.ts';
import { reconcile } from '../../pipeline/stages/reconcile.ts';
import { aggregate } from '../../pipeline/stages/aggregate.ts';
import { makeCheck } from '../../pipeline/reconcile/checkId.ts';
import { writeCsv } from '../../pipeline/io/csv.ts';
import { TABLE_COLUMNS, type ArticleFacts, type Check, type ExtractedTables, type RunTables } from '../../pipeline/tables.ts';

const REFERENCE = 'data/reference';
const CORRECTIONS = 'data/corrections.csv';
const MAX_BYTES = 5 * 1024 * 1024;

interface Saved {
  articles: ArticleFacts[];
  extracted: ExtractedTables;
  referenceProblems: string[];
}

async function save(input: string, file: string): Promise<void> {
  const read = await readInputs(input, { maxArticleBytes: MAX_BYTES });
  const ingested = await ingest(read.inputs, { maxArticleBytes: MAX_BYTES });
  const extracted = await extractAll(ingested.articles, ingested.sentences, { referenceDir: REFERENCE, cacheDir: null, workers: 2 });
  // Without their text, as the run holds them after extraction (ArticleFacts): the stages after
  // extraction never read it.
  const articles = ingested.articles.map(({ text: _text, ...facts }) => facts);
  const saved: Saved = { articles, extracted: extracted.tables, referenceProblems: extracted.referenceProblems };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, serialize(saved));
  console.log(`saved ${ingested.articles.length} articles, ${extracted.tables.commitments.length} commitments to ${file}`);
}

async function time(file: string, out: string | undefined): Promise<void> {
  const saved = deserialize(await readFile(file)) as Saved;
  const userCorrections = await readCorrections(CORRECTIONS);
  const [fxRates, countryExports] = await Promise.all([
    loadFxRates(join(REFERENCE, 'fx_rates.csv')),
    loadCountryExports(join(REFERENCE, 'country_exports.csv')),
  ]);
  const seconds: Record<string, number> = {};
  // CPU seconds too: on a shared machine they vary less than wall-clock seconds.
  const cpu: Record<string, number> = {};
  const timed = <T>(name: string, work: () => T): T => {
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    const value = work();
    const used = process.cpuUsage(startedCpu);
    seconds[name] = Number(((performance.now() - started) / 1000).toFixed(3));
    cpu[name] = Number(((used.user + used.system) / 1e6).toFixed(3));
    return value;
  };
  const corrected = timed('correct', () => applyCorrections(saved.extracted, userCorrections.corrections));
  const reconciled = timed('reconcile', () =>
    reconcile({ extracted: corrected.tables, articles: saved.articles, fxRates, countryExports }, { countFrom: 'pledged' }),
  );
  const aggregates = timed('aggregate', () =>
    aggregate({ deals: reconciled.deals, jobs: reconciled.jobs, projections: corrected.tables.projections, countryExports, articles: saved.articles }),
  );
  console.log(JSON.stringify({ commitments: saved.extracted.commitments.length, deals: reconciled.deals.length, seconds, cpu }));
  if (out === undefined) return;
  const referenceChecks = saved.referenceProblems.map((p) => makeCheck('reference_row_skipped', 'warning', false, p, [], p));
  const checks: Check[] = [...referenceChecks, ...userCorrections.problems, ...corrected.checks, ...reconciled.checks];
  const tables: Pick<RunTables, 'deals' | 'checks' | 'jobs' | 'aggregates'> = { deals: reconciled.deals, checks, jobs: reconciled.jobs, aggregates };
  for (const name of ['deals', 'checks', 'jobs', 'aggregates'] as const) {
    await writeCsv(join(out, `${name}.csv`), tables[name] as object[], TABLE_COLUMNS[name] as readonly string[] as never);
  }
}

const [mode, a, b] = process.argv.slice(2);
if (mode === 'save' && a && b) await save(a, b);
else if (mode === 'time' && a) await time(a, b);
else {
  console.error('usage: reconcileStages.ts save <corpus> <file> | time <file> [out folder]');
  process.exit(2);
}
