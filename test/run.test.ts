/** The orchestrator: every stage's table on disk, run.json, and a broken reference row that does not stop the run. */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { appendFile, cp, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline, type RunOptions } from '../pipeline/run.ts';
import { silentLogger, type Logger } from '../pipeline/env.ts';
import { TABLE_NAMES } from '../pipeline/tables.ts';

async function options(overrides: Partial<RunOptions> = {}): Promise<RunOptions> {
  const out = await mkdtemp(join(tmpdir(), 'pledgebook-run-'));
  return {
    input: 'data/articles', out, referenceDir: 'data/reference', correctionsPath: join(out, 'none.csv'),
    countFrom: 'pledged', maxArticleBytes: 1 << 20, workers: 0, cache: false, pdf: false, reports: false, ...overrides,
  };
}
/** Every part of a zip file, by name (the zip's own timestamps aside). */
async function zipParts(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) out.set(name, await zip.files[name]!.async('string'));
  return out;
}
const fixedClock = { now: () => new Date('2026-02-03T04:05:06Z'), log: silentLogger };

describe('runPipeline', () => {
  test('writes every table, with a header row, and run.json with inputs, rows and stage times', async () => {
    const opts = await options();
    const { tables } = await runPipeline(opts, fixedClock);
    const files = (await readdir(join(opts.out, 'tables'))).sort();
    expect(files).toEqual(TABLE_NAMES.map((n) => `${n}.csv`).sort());
    for (const name of TABLE_NAMES) {
      const text = await readFile(join(opts.out, 'tables', `${name}.csv`), 'utf8');
      expect(text.split('\n')[0]!.length).toBeGreaterThan(0);
    }
    const run = JSON.parse(await readFile(join(opts.out, 'run.json'), 'utf8'));
    expect(run.run_date).toBe('2026-02-03T04:05:06.000Z');
    expect(run.rows.articles).toBe(tables.articles.length);
    expect(run.rows.commitments).toBe(tables.commitments.length);
    expect(run.stages.map((s: { stage: string }) => s.stage)).toEqual(['find inputs', 'read + ingest + extract', 'correct', 'reconcile', 'aggregate']);
  });

  test('the heap is sized for the number of inputs listed, before extraction and after it; run.json says how', async () => {
    const asked: [number, string][] = [];
    const opts = await options();
    await runPipeline(opts, { ...fixedClock, sizeHeap: (inputs, stage) => (asked.push([inputs, stage]), true) });
    const run = JSON.parse(await readFile(join(opts.out, 'run.json'), 'utf8'));
    const inputs = run.stages[0].rows;
    expect(inputs).toBeGreaterThan(0);
    expect(asked).toEqual([[inputs, 'extract'], [inputs, 'after extract']]);
    expect(run.heap_growth_bounded).toBe(true);
    // Without the hook (tests, library use) nothing is set.
    const plain = await options();
    await runPipeline(plain, fixedClock);
    expect(JSON.parse(await readFile(join(plain.out, 'run.json'), 'utf8')).heap_growth_bounded).toBe(false);
  });

  test('a run whose workbook gets its own thread writes the same workbook and tables; run.json says so', async () => {
    const asked: [number, number][] = [];
    const threaded = await options({ reports: true, workers: 1 });
    await runPipeline(threaded, { ...fixedClock, workbookThread: (inputs, workers) => (asked.push([inputs, workers]), true) });
    const plain = await options({ reports: true, workers: 1 });
    await runPipeline(plain, fixedClock);
    const run = JSON.parse(await readFile(join(threaded.out, 'run.json'), 'utf8'));
    expect(asked).toEqual([[run.stages[0].rows, 1]]);
    expect(run.workbook_thread).toBe(true);
    expect(JSON.parse(await readFile(join(plain.out, 'run.json'), 'utf8')).workbook_thread).toBe(false);
    expect(await zipParts(join(threaded.out, 'pledgebook.xlsx'))).toEqual(await zipParts(join(plain.out, 'pledgebook.xlsx')));
    for (const name of TABLE_NAMES) {
      expect(await readFile(join(threaded.out, 'tables', `${name}.csv`), 'utf8')).toBe(await readFile(join(plain.out, 'tables', `${name}.csv`), 'utf8'));
    }
  }, 120_000);

  test('a bad reference row is skipped with a warning and a check naming file and line; the run goes on', async () => {
    const referenceDir = await mkdtemp(join(tmpdir(), 'pledgebook-ref-'));
    await cp('data/reference', referenceDir, { recursive: true });
    await appendFile(join(referenceDir, 'currencies.csv'), ',,,,,\n');
    const warnings: string[] = [];
    const log: Logger = { info: () => {}, warn: (m) => warnings.push(m) };
    const { tables } = await runPipeline(await options({ referenceDir }), { now: fixedClock.now, log });
    const skipped = tables.checks.filter((c) => c.kind === 'reference_row_skipped');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.message).toMatch(/currencies\.csv, line \d+/);
    expect(warnings.some((w) => w.includes('currencies.csv'))).toBe(true);
    expect(tables.commitments.length).toBeGreaterThan(0);
  });
});

describe('corrections that stick', () => {
  test('a correction and a drop apply on every run, and a stale one becomes a check', async () => {
    const first = await runPipeline(await options(), fixedClock);
    const loan = first.tables.commitments.find((c) => c.instrument === 'loan')!;
    const job = first.tables.jobs[0]!;
    const dir = await mkdtemp(join(tmpdir(), 'pledgebook-corr-'));
    const correctionsPath = join(dir, 'corrections.csv');
    await appendFile(
      correctionsPath,
      'table,row_id,column,value,note\n' +
        `commitments,${loan.commitment_id},status,signed,confirmed by the ministry\n` +
        `jobs,${job.job_id},_drop,,double count\n` +
        'commitments,c000000000000,amount,5,row of an article since removed\n',
    );
    for (let run = 0; run < 2; run++) {
      const { tables } = await runPipeline(await options({ correctionsPath }), fixedClock);
      expect(tables.commitments.find((c) => c.commitment_id === loan.commitment_id)?.status).toBe('signed');
      expect(tables.deals.find((d) => d.merged_ids.split(';').includes(loan.commitment_id))?.status).toBe('signed');
      expect(tables.jobs.map((j) => j.job_id)).not.toContain(job.job_id);
      expect(tables.corrections).toHaveLength(2);
      expect(tables.checks.filter((c) => c.kind === 'correction_stale').map((c) => c.row_ids)).toEqual(['c000000000000']);
    }
  });
});
