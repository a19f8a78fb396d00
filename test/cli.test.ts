/**
 * The command line, end to end: outputs, exit statuses, the output lock, and a corpus mixing the
 * seed articles with broken and hostile files.
 */
import { describe, expect, test } from 'vitest';
import { cp, mkdir, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { main, EXIT } from '../pipeline/cli.ts';
import { parseCsv } from '../pipeline/io/csv.ts';

async function tempDir(name: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `pledgebook-${name}-`));
}

async function table(out: string, name: string): Promise<Record<string, string>[]> {
  return parseCsv(await readFile(join(out, 'tables', `${name}.csv`), 'utf8'));
}

/** Every file under a folder with its size and modification time, to prove nothing was touched. */
async function snapshot(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  return Promise.all(files.map(async (f) => `${f} ${(await stat(f)).size} ${(await stat(f)).mtimeMs}`));
}

describe('command line usage', () => {
  test('--help exits 0; an unknown option or a bad value exits 2; a missing input exits 1', async () => {
    expect(await main(['--help'])).toBe(EXIT.ok);
    expect(await main(['--no-such-option'])).toBe(EXIT.usage);
    expect(await main(['--workers', 'many'])).toBe(EXIT.usage);
    expect(await main(['--count-from', 'maybe'])).toBe(EXIT.usage);
    expect(await main(['--input', '/nonexistent/articles', '--out', await tempDir('missing')])).toBe(EXIT.couldNotRun);
  });
});

describe('a run on the seed articles', () => {
  test('writes the tables, the workbook, both briefs and run.json, and exits 0', async () => {
    const out = await tempDir('e2e');
    const code = await main(['--input', 'data/articles', '--out', out, '--quiet', '--corrections', join(out, 'none.csv')]);
    expect(code).toBe(EXIT.ok);
    for (const file of ['pledgebook.xlsx', 'brief.html', 'brief.pdf', 'run.json']) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    expect(await table(out, 'articles')).toHaveLength(3);
    const run = JSON.parse(await readFile(join(out, 'run.json'), 'utf8'));
    expect(run.inputs).toHaveLength(2);
    expect(run.inputs[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(run.stages.map((s: { stage: string }) => s.stage)).toEqual(['find inputs', 'read + ingest + extract', 'correct', 'reconcile', 'aggregate', 'render']);
    // No temporary file is left behind by the atomic writes.
    expect((await readdir(out, { recursive: true })).filter((f) => /\.tmp|~$/.test(String(f)))).toEqual([]);
  });

  test('a second run into a folder whose lock is held exits 1 and writes nothing', async () => {
    const out = await tempDir('locked');
    await mkdir(out, { recursive: true });
    const release = await lockfile.lock(out, { lockfilePath: `${out}/.pledgebook.lock` });
    try {
      expect(await main(['--input', 'data/articles', '--out', out, '--quiet', '--no-reports'])).toBe(EXIT.couldNotRun);
      expect(existsSync(join(out, 'tables'))).toBe(false);
    } finally {
      await release();
    }
  });
});

/** Twenty inputs no article can be read from, of our own making. */
function brokenFiles(): [string, Uint8Array | string][] {
  const bytes = (...xs: number[]) => new Uint8Array(xs);
  const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52);
  const randomBytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
  return [
    ['empty.txt', ''],
    ['spaces.txt', '   \n\t\n  '],
    ['newlines.md', '\n\n\n\n'],
    ['bom-only.txt', bytes(0xef, 0xbb, 0xbf)],
    ['nul.txt', 'A loan of $5 million\u0000\u0000\u0000 was signed.'],
    ['nul.md', bytes(0x41, 0, 0x42, 0, 0, 0, 0x43)],
    ['image.txt', png],
    ['image.html', png],
    ['photo.md', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0)],
    ['document.txt', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\u0000'],
    ['archive.txt', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0)],
    ['compressed.txt', bytes(0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03)],
    ['program.txt', bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0, 0, 0)],
    ['noise.txt', randomBytes],
    ['huge.txt', 'The bank approved a $5 million loan. '.repeat(4000)],
    ['huge.html', `<html><body><p>${'x'.repeat(150_000)}</p></body></html>`],
    ['script-only.html', '<html><head><script>fetch("http://127.0.0.1:9/steal")</script></head><body><script>alert(1)</script></body></html>'],
    ['frames-only.html', '<html><body><iframe src="http://127.0.0.1:9/"></iframe><form action="http://127.0.0.1:9/"><input name=a></form></body></html>'],
    ['blank.html', '<html><head><title></title></head><body></body></html>'],
    ['binary.htm', bytes(0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e, 0, 0, 0, 0, 0x3c, 0x2f)],
  ];
}

describe('a corpus mixing the seeds with broken and hostile files', () => {
  test('finishes with status 3, the seeds intact, one rejected row per bad file, nothing outside the output touched', async () => {
    const input = await tempDir('hostile-in');
    await cp('data/articles', input, { recursive: true });
    const files = brokenFiles();
    expect(files).toHaveLength(20);
    for (const [name, content] of files) await writeFile(join(input, name), content);
    const out = await tempDir('hostile-out');
    const before = [...(await snapshot(input)), ...(await snapshot('data'))];

    const code = await main(['--input', input, '--out', out, '--quiet', '--max-article-bytes', '100000', '--corrections', join(out, 'none.csv')]);

    expect(code).toBe(EXIT.rejected);
    const rejected = await table(out, 'rejected');
    expect(rejected.map((r) => r.file).sort()).toEqual(files.map(([name]) => name).sort());
    for (const row of rejected) expect(row.reason?.length ?? 0).toBeGreaterThan(5);
    const articles = await table(out, 'articles');
    expect(articles).toHaveLength(3);
    const amounts = (await table(out, 'commitments')).map((c) => Number(c.amount));
    expect(amounts).toEqual(expect.arrayContaining([2e9, 1e9, 1.25e9, 3.5e9, 2.6e9]));
    expect([...(await snapshot(input)), ...(await snapshot('data'))]).toEqual(before);
  });
});
