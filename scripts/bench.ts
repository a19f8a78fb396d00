/**
 * `npm run bench [-- --large] [-- --sizes=1000,10000] [-- --repeats=3]`: measures pledgebook on corpora of 1,000 and
 * 10,000 articles (100,000 with --large) built from real sentences (scripts/bench/corpus.ts).
 *
 * For each corpus it prints, per stage and in total: items, seconds (median of 3 runs, each in a
 * fresh process so peak memory is the run's own), MB/s of article text, articles/s and peak RSS;
 * two floors in the same run (reading + sentence splitting only; wink-nlp's own pass alone);
 * extraction on 0 (in-thread), 1 and 2 workers; a re-run after one article changed, with the
 * cache (after a first run writing it, as `npm start` does); and a run of that one article alone,
 * the least any re-run with reports can take. Figures go to reports/bench.json. This is a script,
 * not a test: timings never fail a build.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, readdir } from 'node:fs/promises';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { writeCorpus } from './bench/corpus.ts';
import { readInputs } from '../pipeline/io/inputs.ts';
import { ingest } from '../pipeline/stages/ingest.ts';
import { extractAll } from '../pipeline/extractRunner.ts';
import { writeFileSafely } from '../pipeline/io/atomic.ts';
import { TABLE_NAMES } from '../pipeline/tables.ts';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;
const ARGS = process.argv.slice(2);
/** Repeats per figure (the median is reported); `--repeats=1` for a quick look at the 100,000-article corpus. */
const REPEATS = Number(ARGS.find((a) => a.startsWith('--repeats='))?.slice('--repeats='.length) ?? 3);

interface Figure {
  corpus: number;
  what: string;
  items: number;
  seconds: number;
  mb_per_s: number | null;
  articles_per_s: number | null;
  peak_rss_mb: number | null;
  /** CPU seconds (median): of the pipeline's process in the stage, where run.json has them, or of this process (its workers included) for extraction alone. Over `seconds`, the cores kept busy. */
  cpu_seconds?: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timeMedian(work: () => Promise<unknown> | unknown): Promise<number> {
  return (await timeMedianWithCpu(work)).seconds;
}

/**
 * Seconds and CPU seconds of this process (its worker threads included), each the median of the
 * repeats: CPU over wall time says how many cores the work kept busy.
 */
async function timeMedianWithCpu(work: () => Promise<unknown> | unknown): Promise<{ seconds: number; cpu: number }> {
  const seconds: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await work();
    const used = process.cpuUsage(c);
    seconds.push((performance.now() - t) / 1000);
    cpu.push((used.user + used.system) / 1e6);
  }
  return { seconds: median(seconds), cpu: median(cpu) };
}

interface RunJson {
  stages: { stage: string; rows: number; seconds: number; cpu_seconds: number }[];
  tables_written_seconds: number;
  total_seconds: number;
  peak_rss_mb: number;
}

/** A run's record, and the seconds its process took from launch to exit (start-up included, which run.json's total is not). */
type TimedRun = RunJson & { wall_seconds: number };

async function pipelineRun(input: string, out: string, extra: string[]): Promise<TimedRun> {
  const started = performance.now();
  // The same launcher as `npm start` (the CLI's bundle), so the figures are what a user gets.
  await run(process.execPath, [join(ROOT, 'scripts/start.mjs'), '--input', input, '--out', out, '--quiet', ...extra], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { code?: number }) => {
    // Exit 3 means "finished with rejected inputs": still a finished run to measure.
    if (error.code !== 3) throw error;
  });
  const wall = (performance.now() - started) / 1000;
  return { ...(JSON.parse(await readFile(join(out, 'run.json'), 'utf8')) as RunJson), wall_seconds: wall };
}

async function benchCorpus(size: number, figures: Figure[]): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), `pledgebook-bench-${size}-`));
  const corpus = join(dir, 'articles');
  const bytes = await writeCorpus(ROOT, corpus, size);
  const mb = bytes / 1e6;
  const add = (what: string, items: number, seconds: number, peak: number | null = null, cpuSeconds: number | null = null) => {
    const f: Figure = {
      corpus: size, what, items, seconds: Number(seconds.toFixed(3)),
      mb_per_s: seconds > 0 ? Number((mb / seconds).toFixed(2)) : null,
      articles_per_s: seconds > 0 ? Math.round(size / seconds) : null,
      peak_rss_mb: peak,
      ...(cpuSeconds === null ? {} : { cpu_seconds: Number(cpuSeconds.toFixed(3)) }),
    };
    figures.push(f);
    console.log(
      `${String(size).padStart(6)} articles  ${what.padEnd(34)} ${String(items).padStart(8)} items ${f.seconds.toFixed(2).padStart(8)} s ` +
        `${String(f.mb_per_s ?? '-').padStart(7)} MB/s ${String(f.articles_per_s ?? '-').padStart(7)} art/s` +
        (cpuSeconds === null ? '' : `  cpu ${cpuSeconds.toFixed(2)} s`) +
        (peak === null ? '' : `  peak ${peak} MB`),
    );
  };
  console.log(`\ncorpus of ${size} articles, ${mb.toFixed(1)} MB of text`);

  // Floor 1: reading and sentence splitting only.
  let articles: Awaited<ReturnType<typeof ingest>>['articles'] = [];
  let sentences: Awaited<ReturnType<typeof ingest>>['sentences'] = [];
  const floorRead = await timeMedian(async () => {
    const read = await readInputs(corpus, { maxArticleBytes: 5 * 1024 * 1024 });
    ({ articles, sentences } = ingest(read.inputs, { maxArticleBytes: 5 * 1024 * 1024 }));
  });
  add('floor: read + ingest + split', sentences.length, floorRead);

  // Floor 2: wink-nlp's own pass (sentences, tokens, entities) over the same text, on at most 1,000 articles.
  const nlp = winkNLP(model);
  const sample = articles.slice(0, 1000);
  const sampleMb = sample.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
  const winkSeconds = await timeMedian(() => {
    for (const a of sample) nlp.readDoc(a.text).entities().length();
  });
  figures.push({ corpus: size, what: 'floor: wink-nlp readDoc (1 core)', items: sample.length, seconds: Number(winkSeconds.toFixed(3)), mb_per_s: Number((sampleMb / winkSeconds).toFixed(2)), articles_per_s: Math.round(sample.length / winkSeconds), peak_rss_mb: null });
  console.log(`${String(size).padStart(6)} articles  ${'floor: wink-nlp readDoc (1 core)'.padEnd(34)} ${String(sample.length).padStart(8)} items ${winkSeconds.toFixed(2).padStart(8)} s ${(sampleMb / winkSeconds).toFixed(2).padStart(7)} MB/s`);

  // Extraction alone, in this thread and on 1 and 2 workers (worker start-up included).
  // CPU seconds too: a thread's garbage collector and compiler run on threads of their own, so one
  // worker keeps more than one core busy, and 2 workers can be at most 2 / (its cores) times faster.
  const extractSeconds: number[] = [];
  const extractCores: number[] = [];
  // Past 10,000 articles only the pool is timed alone: three variants of a 100,000-article extraction take too long.
  const variants = size > 10_000 ? [2] : [0, 1, 2];
  for (const workers of variants) {
    let rows = 0;
    const { seconds, cpu } = await timeMedianWithCpu(async () => {
      const r = await extractAll(articles, sentences, { referenceDir: join(ROOT, 'data/reference'), workers });
      rows = r.tables.commitments.length + r.tables.jobs.length + r.tables.projections.length + r.tables.projects.length;
    });
    extractSeconds.push(seconds);
    extractCores.push(cpu / seconds);
    add(workers === 0 ? 'extract, in-thread (1 core)' : `extract, ${workers} worker${workers > 1 ? 's' : ''}`, rows, seconds, null, cpu);
  }
  if (variants.length === 3) {
    const [inThread, one, two] = extractSeconds as [number, number, number];
    const [, oneCores, twoCores] = extractCores as [number, number, number];
    console.log(`${String(size).padStart(6)} articles  extraction on 2 workers is ${(one / two).toFixed(2)}x 1 worker, ${(inThread / two).toFixed(2)}x in-thread`);
    console.log(
      `${String(size).padStart(6)} articles  cores busy: 1 worker ${oneCores.toFixed(2)}, 2 workers ${twoCores.toFixed(2)}; ` +
        `so 2 workers can be at most ${(2 / oneCores).toFixed(2)}x 1 worker on 2 cores`,
    );
  }

  // The whole pipeline, end to end, each repeat in a fresh process.
  const runs: TimedRun[] = [];
  for (let i = 0; i < REPEATS; i++) runs.push(await pipelineRun(corpus, join(dir, `out-${i}`), ['--no-cache']));
  for (const stage of runs[0]!.stages.map((s) => s.stage)) {
    const seconds = median(runs.map((r) => r.stages.find((s) => s.stage === stage)?.seconds ?? 0));
    const cpuSeconds = median(runs.map((r) => r.stages.find((s) => s.stage === stage)?.cpu_seconds ?? 0));
    add(`stage ${stage}`, runs[0]!.stages.find((s) => s.stage === stage)!.rows, seconds, null, cpuSeconds);
  }
  add('writing tables/*.csv', TABLE_NAMES.length, median(runs.map((r) => r.tables_written_seconds)));
  add('pipeline, start to end (run.json)', size, median(runs.map((r) => r.total_seconds)));
  add('end to end, process (workbook + PDF)', size, median(runs.map((r) => r.wall_seconds)), median(runs.map((r) => r.peak_rss_mb)));

  // Incremental: warm the cache, change one article, run again.
  const cachedOut = join(dir, 'out-cached');
  // The first run writes the cache, as `npm start` does by default (one run, not a median).
  const first = await pipelineRun(corpus, cachedOut, []);
  add('first run, writing the cache (1 run)', size, first.wall_seconds, first.peak_rss_mb);
  const firstFile = (await readdir(join(corpus, '0000'))).sort()[0]!;
  const changedPath = join(corpus, '0000', firstFile);
  await writeFileSafely(changedPath, (await readFile(changedPath, 'utf8')) + '\nThe World Bank approved a $150 million loan to Kenya for roads.\n');
  const rerun = await pipelineRun(corpus, cachedOut, []);
  add('re-run after 1 article changed', 1, rerun.wall_seconds, rerun.peak_rss_mb);
  const full = median(runs.map((r) => r.wall_seconds));
  console.log(`${String(size).padStart(6)} articles  re-run / full run = ${((rerun.wall_seconds / full) * 100).toFixed(1)} % (process wall times)`);

  // The floor of any run with reports: one article end to end (start-up, workbook, the browser's
  // launch, chart and PDF). A re-run, however little it redid, would take at least this.
  const one = join(dir, 'one-article');
  await mkdir(one);
  await copyFile(changedPath, join(one, firstFile));
  const oneRuns: TimedRun[] = [];
  for (let i = 0; i < REPEATS; i++) oneRuns.push(await pipelineRun(one, join(dir, `out-one-${i}`), ['--no-cache']));
  const floor = median(oneRuns.map((r) => r.wall_seconds));
  const floorPeak = median(oneRuns.map((r) => r.peak_rss_mb));
  // Not per MB or article of the corpus: the run reads one article.
  figures.push({ corpus: size, what: 'floor: a run of 1 article (reports)', items: 1, seconds: Number(floor.toFixed(3)), mb_per_s: null, articles_per_s: null, peak_rss_mb: floorPeak });
  console.log(`${String(size).padStart(6)} articles  ${'floor: a run of 1 article (reports)'.padEnd(34)} ${String(1).padStart(8)} items ${floor.toFixed(2).padStart(8)} s  peak ${floorPeak} MB`);
  console.log(`${String(size).padStart(6)} articles  a run of 1 article / full run = ${((floor / full) * 100).toFixed(1)} % (the least any re-run with reports takes)`);
  await rm(dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const sizesArg = ARGS.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length);
  const sizes = sizesArg ? sizesArg.split(',').map(Number) : [1000, 10000, ...(ARGS.includes('--large') ? [100000] : [])];
  console.log(`pledgebook bench — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}`);
  const figures: Figure[] = [];
  for (const size of sizes) await benchCorpus(size, figures);
  const out = join(ROOT, 'reports', 'bench.json');
  await writeFileSafely(out, JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, node: process.version, repeats: REPEATS, figures }, null, 2) + '\n');
  console.log(`\nfigures written to ${out}`);
}

await main();
