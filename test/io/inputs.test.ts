import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readInputs } from '../../pipeline/io/inputs.ts';
import { ingest } from '../../pipeline/stages/ingest.ts';
import * as m from '../../pipeline/messages.ts';

const OPTIONS = { maxArticleBytes: 5 * 1024 * 1024 };
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pledgebook-inputs-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function files(dir: string, entries: Record<string, string | Uint8Array>): Promise<string> {
  const base = join(root, dir);
  for (const [name, content] of Object.entries(entries)) {
    await mkdir(join(base, name, '..'), { recursive: true });
    await writeFile(join(base, name), content);
  }
  return base;
}

describe('readInputs: folders', () => {
  it('reads .txt/.md/.html/.htm recursively in sorted order, skipping dotfiles and other extensions', async () => {
    const dir = await files('folder', {
      'b.txt': 'B',
      'a.md': '# A',
      'sub/c.html': '<p>C</p>',
      'sub/d.htm': '<p>D</p>',
      'notes.pdf': '%PDF-1.4',
      'data.csv': 'path\nb.txt\n',
      '.hidden.txt': 'hidden',
      '.git/e.txt': 'hidden dir',
      'Z.TXT': 'upper-case extension',
    });
    const out = await readInputs(dir, OPTIONS);
    expect(out.rejected).toEqual([]);
    expect(out.inputs.map((i) => [i.file, i.format, i.line, new TextDecoder().decode(i.bytes!)])).toEqual([
      ['Z.TXT', 'txt', null, 'upper-case extension'],
      ['a.md', 'md', null, '# A'],
      ['b.txt', 'txt', null, 'B'],
      ['sub/c.html', 'html', null, '<p>C</p>'],
      ['sub/d.htm', 'html', null, '<p>D</p>'],
    ]);
  });

  it('rejects a file over the size limit without reading it, naming size and limit', async () => {
    const dir = await files('big', { 'big.txt': 'x'.repeat(2000), 'small.txt': 'ok' });
    const out = await readInputs(dir, { maxArticleBytes: 1000 });
    expect(out.inputs.map((i) => i.file)).toEqual(['small.txt']);
    expect(out.rejected).toEqual([{ file: 'big.txt', line: null, reason: m.ingest.tooLarge(2000, 1000) }]);
  });

  it('survives a symlink loop', async () => {
    const dir = await files('loop', { 'a.txt': 'A' });
    await symlink(dir, join(dir, 'again'));
    const out = await readInputs(dir, OPTIONS);
    expect(out.inputs.map((i) => i.file)).toEqual(['a.txt']);
  });

  // How fast is the bench's to say (npm run bench); this holds only what comes out.
  it('reads and ingests a folder of 2,000 tiny files, in order', async () => {
    const dir = join(root, 'many');
    await mkdir(dir);
    await Promise.all(
      Array.from({ length: 2000 }, (_, i) => writeFile(join(dir, `f${String(i).padStart(4, '0')}.txt`), `Article ${i}\nBody ${i}.`)),
    );
    const out = await readInputs(dir, OPTIONS);
    const ingested = ingest(out.inputs, OPTIONS);
    expect(out.inputs).toHaveLength(2000);
    expect(out.inputs[1999]!.file).toBe('f1999.txt');
    expect(ingested.articles).toHaveLength(2000);
    expect(ingested.articles[1999]).toMatchObject({ source_file: 'f1999.txt', title: 'Article 1999', text: 'Article 1999\nBody 1999.' });
  });
});

describe('readInputs: single files', () => {
  it('reads one file with its base name', async () => {
    const dir = await files('single', { 'story.txt': 'Text' });
    const out = await readInputs(join(dir, 'story.txt'), OPTIONS);
    expect(out).toEqual({
      inputs: [{ file: 'story.txt', line: null, bytes: new Uint8Array(Buffer.from('Text')), text: null, format: 'txt', meta: {} }],
      rejected: [],
    });
  });

  it('reports a missing input and an unsupported one', async () => {
    const dir = await files('single2', { 'scan.pdf': '%PDF' });
    expect(await readInputs(join(dir, 'nope.txt'), OPTIONS)).toEqual({
      inputs: [],
      rejected: [{ file: join(dir, 'nope.txt'), line: null, reason: m.ingest.fileMissing(join(dir, 'nope.txt')) }],
    });
    expect((await readInputs(join(dir, 'scan.pdf'), OPTIONS)).rejected).toEqual([
      { file: 'scan.pdf', line: null, reason: m.ingest.unsupportedType('.pdf') },
    ]);
  });

  it('passes hostile bytes through for the ingest stage to judge', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const dir = await files('hostile', {
      'image.txt': png,
      'cp1252.txt': iconv.encode('café – €5 million', 'win1252'),
      'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Loan – $5m', 'utf-16le')]),
      'empty.txt': '',
    });
    const out = await readInputs(dir, OPTIONS);
    expect(out.rejected).toEqual([]);
    expect(out.inputs.map((i) => [i.file, i.bytes!.length])).toEqual([
      ['cp1252.txt', 17],
      ['empty.txt', 0],
      ['image.txt', 12],
      ['utf16.txt', 22],
    ]);
  });
});

describe('readInputs: CSV manifests', () => {
  it('reads good rows and rejects bad ones by line, never leaving the manifest folder', async () => {
    const outsideDir = await files('outside', { 'secret.txt': 'SECRET' });
    const dir = await files('manifest', {
      'articles/one.txt': 'One',
      'two.html': '<p>Two</p>',
      'report.docx': 'x',
    });
    await symlink(join(outsideDir, 'secret.txt'), join(dir, 'link.txt'));
    const csv = [
      'path,text,title,published,url,outlet', // 1
      'articles/one.txt,,First,2025-01-02,https://a.example/1,Wire', // 2
      ',"Inline article text. It has two sentences.",Inline,,,', // 3
      '../outside/secret.txt,,,,,', // 4
      `${join(outsideDir, 'secret.txt')},,,,,`, // 5
      'link.txt,,,,,', // 6
      'missing.txt,,,,,', // 7
      ',,,,,', // 8
      'report.docx,,,,,', // 9
      'two.html,"x,y', // 10: unclosed quote
      `${join(dir, 'two.html')},,Absolute inside,,,`, // 11
    ].join('\n');
    await writeFile(join(dir, 'list.csv'), csv);
    const out = await readInputs(join(dir, 'list.csv'), OPTIONS);
    expect(out.inputs.map((i) => ({ file: i.file, line: i.line, format: i.format, text: i.text, meta: i.meta }))).toEqual([
      { file: 'articles/one.txt', line: 2, format: 'txt', text: null, meta: { title: 'First', published: '2025-01-02', url: 'https://a.example/1', outlet: 'Wire' } },
      { file: 'list.csv', line: 3, format: 'txt', text: 'Inline article text. It has two sentences.', meta: { title: 'Inline' } },
      { file: 'two.html', line: 11, format: 'html', text: null, meta: { title: 'Absolute inside' } },
    ]);
    expect(out.rejected).toEqual([
      { file: 'list.csv', line: 4, reason: m.ingest.pathOutside('../outside/secret.txt') },
      { file: 'list.csv', line: 5, reason: m.ingest.pathOutside(join(outsideDir, 'secret.txt')) },
      { file: 'list.csv', line: 6, reason: m.ingest.pathOutside('link.txt') },
      { file: 'list.csv', line: 7, reason: m.ingest.fileMissing('missing.txt') },
      { file: 'list.csv', line: 8, reason: m.ingest.manifestNoPathOrText() },
      { file: 'report.docx', line: 9, reason: m.ingest.unsupportedType('.docx') },
      { file: 'list.csv', line: 10, reason: m.ingest.manifestBadRow('a quote opened on line 10 is never closed') },
    ]);
  });

  it('rejects a manifest without a path or text column', async () => {
    const dir = await files('manifest2', { 'list.csv': 'file,title\na.txt,A\n' });
    expect(await readInputs(join(dir, 'list.csv'), OPTIONS)).toEqual({
      inputs: [],
      rejected: [{ file: 'list.csv', line: 1, reason: m.ingest.manifestNoColumn(['file', 'title']) }],
    });
  });
});
