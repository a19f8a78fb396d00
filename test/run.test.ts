/** The orchestrator: every stage's table on disk, run.json, and a broken reference row that does not stop the run. */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { appendFile, cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
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
  test('one financing told by three outlets: one whole, its parts linked, the whole counted once', async () => {
    const input = await mkdtemp(join(tmpdir(), 'pledgebook-three-'));
    const files: Record<string, string[]> = {
      'r1.txt': [
        'US EXIM approves $1.25bn for Reko Diq',
        'WASHINGTON, Nov 20, 2025 (Reuters) - The Export-Import Bank of the United States approved a $1.25 billion loan for Pakistan’s Reko Diq copper-gold mine on Thursday.',
        'The financing is part of a $3.5 billion debt package that Barrick is arranging for the project.',
      ],
      'r2.txt': [
        'Barrick lines up $3.5bn debt for Reko Diq',
        'TORONTO, Nov 22, 2025 - Barrick Gold said lenders have committed $3.5 billion in project debt for Reko Diq, including $1.25 billion from US EXIM, $700 million from the IFC and $410 million from the Asian Development Bank.',
      ],
      'r3.txt': ['Reko Diq financing', 'ISLAMABAD, Nov 23, 2025 - The Asian Development Bank’s board approved $410 million for the Reko Diq project, the bank said.'],
    };
    for (const [name, lines] of Object.entries(files)) await writeFile(join(input, name), lines.join('\n'));
    const { tables } = await runPipeline(await options({ input }), fixedClock);
    const byAmount = (amount: number) => tables.deals.filter((d) => d.amount === amount);
    expect(tables.deals.map((d) => d.amount).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([4.1e8, 7e8, 1.25e9, 3.5e9]);
    const whole = byAmount(3.5e9)[0]!;
    // The lenders' package is no one lender's, and not the borrower's.
    expect(whole.funder).toBeNull();
    expect(whole.source_count).toBe(2);
    for (const amount of [4.1e8, 7e8, 1.25e9]) expect(byAmount(amount)[0]!.part_of).toBe(whole.commitment_id);
    const net = tables.aggregates.find((a) => a.metric === 'total_pledged' && a.dimension === 'all' && a.key === 'net');
    expect(net?.value).toBe(3.5e9);
  });
});
