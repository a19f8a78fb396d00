/**
 * `npm start -- [options]`: runs the whole pipeline. Exit status: 0 all good, 3 finished with
 * rejected inputs, 1 could not run (one line says why), 2 bad command-line usage.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import lockfile from 'proper-lockfile';
import { SingleBar, Presets } from 'cli-progress';
import { runPipeline, type RunOptions } from './run.ts';
import { defaultWorkers } from './extractRunner.ts';
import { systemEnv } from './env.ts';
import * as messages from './messages.ts';
import { STATUSES, type Status } from './tables.ts';
import { PACKAGE_VERSION } from './version.ts';

export const EXIT = { ok: 0, couldNotRun: 1, usage: 2, rejected: 3 } as const;

function positiveInteger(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(messages.cli.notANumber(name, value));
    return n;
  };
}

export function buildProgram(): Command {
  return new Command('pledgebook')
    .description('Extract pledged money, jobs and projections from news articles into traceable tables, a workbook and a brief.')
    .version(PACKAGE_VERSION)
    .option('-i, --input <path>', 'folder of .txt/.md/.html articles, one article file, or a CSV manifest', 'data/articles')
    .option('-o, --out <dir>', 'output folder', 'reports')
    .option('--reference <dir>', 'folder of reference tables', 'data/reference')
    .option('--corrections <file>', 'corrections to apply after extraction', 'data/corrections.csv')
    .addOption(
      new Option('--count-from <status>', 'lowest status counted in the headline total').choices(STATUSES).default('pledged'),
    )
    .option('--max-article-bytes <n>', 'reject any single article larger than this', positiveInteger('--max-article-bytes'), 5 * 1024 * 1024)
    .option('--workers <n>', 'extraction worker threads (0: none, and the workbook in this thread too)', positiveInteger('--workers'), defaultWorkers())
    .option('--no-cache', 'extract every article again, ignoring cached results')
    .option('--no-pdf', 'skip the PDF brief (the HTML brief and the workbook are still written)')
    .option('--no-reports', 'write the tables only')
    .option('-q, --quiet', 'print only problems and the final line')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version') return EXIT.ok;
    process.stderr.write(program.helpInformation());
    return EXIT.usage;
  }
  const opts = program.opts<{
    input: string; out: string; reference: string; corrections: string; countFrom: Status;
    maxArticleBytes: number; workers: number; cache: boolean; pdf: boolean; reports: boolean; quiet: boolean;
  }>();
  const env = systemEnv();
  if (opts.quiet) env.log = { info: () => {}, warn: env.log.warn };
  // A bar for the long stage, only where someone watches a terminal (not in pipes, CI logs or --quiet).
  if (process.stderr.isTTY && !opts.quiet) env.progress = terminalProgress;
  if (!existsSync(opts.input)) {
    console.error(messages.run.inputMissing(opts.input));
    return EXIT.couldNotRun;
  }
  const options: RunOptions = {
    input: opts.input,
    out: opts.out,
    referenceDir: opts.reference,
    correctionsPath: opts.corrections,
    countFrom: opts.countFrom,
    maxArticleBytes: opts.maxArticleBytes,
    workers: opts.workers,
    cache: opts.cache,
    pdf: opts.pdf,
    reports: opts.reports,
  };

  let release: (() => Promise<void>) | null = null;
  try {
    await mkdir(opts.out, { recursive: true });
    try {
      release = await lockfile.lock(opts.out, { lockfilePath: `${opts.out}/.pledgebook.lock`, stale: 10 * 60_000 });
    } catch {
      console.error(messages.run.lockHeld(opts.out));
      return EXIT.couldNotRun;
    }
    const result = await runPipeline(options, env);
    const rejected = result.tables.rejected;
    for (const row of rejected) env.log.warn(messages.run.rejectedLine(row.file, row.line, row.reason));
    console.log(messages.run.finished(opts.out, rejected.length));
    return rejected.length > 0 ? EXIT.rejected : EXIT.ok;
  } catch (error) {
    console.error(messages.run.couldNotRun(error instanceof Error ? error.message : String(error)));
    if (process.env.PLEDGEBOOK_DEBUG) console.error(error);
    return EXIT.couldNotRun;
  } finally {
    if (release) await release();
  }
}

function terminalProgress(label: string, total: number) {
  const bar = new SingleBar({ format: `${label.padEnd(12)} [{bar}] {value}/{total} articles  {eta_formatted}`, stream: process.stderr, clearOnComplete: true, hideCursor: true }, Presets.shades_classic);
  bar.start(total, 0);
  return { advance: (done: number) => bar.update(done), stop: () => bar.stop() };
}

// Run when executed directly (`tsx pipeline/cli.ts`), not when imported by tests.
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('pipeline/cli.ts')) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
