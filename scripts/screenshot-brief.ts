/**
 * Renders page 1 of a brief PDF to docs/brief-page1.png for the README.
 * Usage: npx tsx scripts/screenshot-brief.ts [path/to/brief.pdf] [out.png] [dpi]
 * (defaults: reports/brief.pdf, docs/brief-page1.png, 70 dpi: readable, and small enough to keep
 * in the repository). Needs poppler's pdftoppm.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileSafely } from '../pipeline/io/atomic.ts';

async function main(): Promise<void> {
  const pdf = process.argv[2] ?? 'reports/brief.pdf';
  const out = process.argv[3] ?? 'docs/brief-page1.png';
  const dpi = process.argv[4] ?? '70';
  if (!existsSync(pdf)) {
    console.error(`cannot screenshot: ${pdf} does not exist (run the pipeline first, or pass a PDF path)`);
    process.exitCode = 1;
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'pledgebook-shot-'));
  try {
    // -singlefile writes <prefix>.png without a page-number suffix.
    execFileSync('pdftoppm', ['-r', dpi, '-png', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page1')], { timeout: 60_000 });
    await writeFileSafely(out, await readFile(join(dir, 'page1.png')));
    console.log(`wrote ${out}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
