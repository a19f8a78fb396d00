/**
 * `npx tsx scripts/bench-render.ts [articles ...]`: times the render step alone (brief model,
 * charts, HTML, workbook, chart PNG and PDF through one browser) on synthetic runs
 * (scripts/bench/runTables.ts), and prints seconds (wall and CPU), rows and peak memory. A script, not a test.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../pipeline/env.ts';
import { renderReports } from '../pipeline/io/reports.ts';
import { syntheticRun } from './bench/runTables.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const articles of sizes.length > 0 ? sizes : [10_000]) {
  const tables = syntheticRun(articles);
  const out = await mkdtemp(join(tmpdir(), 'pledgebook-render-bench-'));
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await renderReports(
    tables,
    { runDate: '2025-06-01T00:00:00.000Z', version: 'bench', countFrom: 'pledged', inputs: [], options: {} },
    { out, pdf: true },
    { now: () => new Date('2025-06-01T00:00:00Z'), log: silentLogger },
  );
  const seconds = (performance.now() - started) / 1000;
  // CPU seconds of the process (its threads included): steadier than wall time on a shared machine.
  const cpu = process.cpuUsage(cpuBefore);
  const sizesKb = await Promise.all(result.files.map(async (f) => `${f.split('/').pop()} ${Math.round((await stat(f)).size / 1024)} kB`));
  console.log(
    `${articles} articles, ${tables.deals.length} deals, ${tables.evidence.length} evidence rows, ${tables.jobs.length} jobs: ` +
      `render ${seconds.toFixed(1)} s (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s), peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; ${sizesKb.join(', ')}` +
      (result.problems.length ? `; problems: ${result.problems.join(' | ')}` : ''),
  );
  await rm(out, { recursive: true, force: true });
}
