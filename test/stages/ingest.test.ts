import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { readInputs } from '../../pipeline/io/inputs.ts';
import { ingest, ingestOne, type RawInput } from '../../pipeline/stages/ingest.ts';
import * as m from '../../pipeline/messages.ts';

const OPTIONS = { maxArticleBytes: 5 * 1024 * 1024 };
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function raw(file: string, content: string | Uint8Array, extra: Partial<RawInput> = {}): RawInput {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const format = file.endsWith('.html') ? 'html' : file.endsWith('.md') ? 'md' : 'txt';
  return { file, line: null, bytes, text: null, format, meta: {}, ...extra };
}

describe('ingest on the seed articles', async () => {
  const read = await readInputs('data/articles', OPTIONS);
  const out = ingest(read.inputs, OPTIONS);
  const gold = JSON.parse(readFileSync('test/fixtures/seeds.gold.json', 'utf8'));

  it('finds exactly the three articles with their title, date and dateline', () => {
    expect(read.rejected).toEqual([]);
    expect(out.rejected).toEqual([]);
    expect(out.articles.map((a) => ({ file: a.source_file, title: a.title, published: a.published, dateline: a.dateline }))).toEqual(
      gold.articles,
    );
    expect(out.articles.map((a) => a.part)).toEqual([1, 1, 2]);
  });

  it('produces every quote of the gold file as exactly one sentence', () => {
    const sentences = new Set(out.sentences.map((s) => s.text));
    const quotes: string[] = [];
    for (const table of ['commitments', 'jobs', 'projections', 'projects']) {
      for (const row of gold[table]) quotes.push(row.quote, ...(row.also_in ?? []));
    }
    expect(quotes.length).toBeGreaterThan(20);
    expect(quotes.filter((q) => !sentences.has(q))).toEqual([]);
  });

  it('keeps furniture out of the text and offsets consistent', () => {
    for (const a of out.articles) {
      expect(a.text).not.toMatch(/^(Short Url|Follow|Updated .*|In this file photo.*)$/m);
      expect(a.chars).toBe(a.text.length);
      expect(a.text_sha256).toBe(sha(a.text));
      expect(a.article_id).toBe(`a${sha(`${a.source_file}\n${a.part}\n${a.text}`).slice(0, 12)}`);
    }
    const byId = new Map(out.articles.map((a) => [a.article_id, a]));
    for (const s of out.sentences) expect(byId.get(s.article_id)!.text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('ingestOne', () => {
  it('turns a copied web page into a clean article with sentences', () => {
    const file = [
      'Chile and Japan agree $500 million lithium loan',
      '',
      'Workers at a lithium plant. (Reuters/File)',
      'Short Url',
      'Published: Mar 4, 2025',
      'Follow',
      '',
      'Chile and Japan agree $500 million lithium loan',
      '  • Japan’s lender to provide up to $500 million',
      'SANTIAGO (Reuters) - Chile signed the loan on Tuesday. Mr. Soto said it was “historic.”  ',
      'Share',
    ].join('\r\n');
    const out = ingestOne(raw('news/chile.txt', file), OPTIONS);
    const text = [
      'Chile and Japan agree $500 million lithium loan',
      '• Japan’s lender to provide up to $500 million',
      'SANTIAGO (Reuters) - Chile signed the loan on Tuesday. Mr. Soto said it was “historic.”',
    ].join('\n');
    const id = `a${sha(`news/chile.txt\n1\n${text}`).slice(0, 12)}`;
    expect(out).toEqual({
      articles: [
        {
          article_id: id,
          source_file: 'news/chile.txt',
          part: 1,
          title: 'Chile and Japan agree $500 million lithium loan',
          published: '2025-03-04',
          dateline: 'SANTIAGO',
          outlet: 'Reuters',
          url: null,
          chars: text.length,
          text_sha256: sha(text),
          text,
        },
      ],
      sentences: [
        { article_id: id, sentence_id: `${id}-s1`, start: 0, end: 47, text: 'Chile and Japan agree $500 million lithium loan' },
        { article_id: id, sentence_id: `${id}-s2`, start: 48, end: 94, text: '• Japan’s lender to provide up to $500 million' },
        { article_id: id, sentence_id: `${id}-s3`, start: 95, end: 149, text: 'SANTIAGO (Reuters) - Chile signed the loan on Tuesday.' },
        { article_id: id, sentence_id: `${id}-s4`, start: 150, end: 182, text: 'Mr. Soto said it was “historic.”' },
      ],
      rejected: [],
    });
  });

  it('splits a file of three articles into parts 1..3', () => {
    const file = [
      'Kenya signs $1 billion rail deal', 'Published: Nov 3, 2024', 'Kenya signs $1 billion rail deal', 'NAIROBI: Kenya signed the loan.',
      'Peru approves $2.4 billion mine expansion', 'Updated 2 hours ago', 'Follow', 'Peru approves $2.4 billion mine expansion', 'LIMA (Reuters) - Peru approved it.',
      'Vietnam plans wind fund', 'Last updated: 5 March 2025 14:02 GMT', 'Vietnam plans wind fund', 'Hanoi, Mar 5: The fund is $300 million.',
    ].join('\n');
    const out = ingestOne(raw('three.txt', file), OPTIONS);
    expect(out.articles.map((a) => [a.part, a.title, a.published, a.dateline, a.outlet, a.text.split('\n').length])).toEqual([
      [1, 'Kenya signs $1 billion rail deal', '2024-11-03', 'NAIROBI', null, 2],
      [2, 'Peru approves $2.4 billion mine expansion', null, 'LIMA', 'Reuters', 2],
      [3, 'Vietnam plans wind fund', '2025-03-05', 'Hanoi', null, 2],
    ]);
    expect(new Set(out.articles.map((a) => a.article_id)).size).toBe(3);
  });

  it('dates an article by its dateline when no page stamp does; a stamp wins', () => {
    const files = [
      ['Japan to lend Bangladesh ¥150 billion', 'DHAKA, June 4, 2026 - Japan will lend Bangladesh 150 billion yen.'],
      ['Kenya signs rail deal', 'Published: Nov 3, 2024', 'NAIROBI, Nov 2, 2024 - Kenya signed the loan.'],
      ['Peru approves mine', 'LIMA, Nov 2 (Reuters) - Peru approved it.'],
    ];
    const dated = files.map((lines, i) => ingestOne(raw(`dated${i}.txt`, lines.join('\n')), OPTIONS).articles.map((a) => [a.title, a.published, a.dateline]));
    expect(dated).toEqual([
      [['Japan to lend Bangladesh ¥150 billion', '2026-06-04', 'DHAKA']],
      [['Kenya signs rail deal', '2024-11-03', 'NAIROBI']],
      [['Peru approves mine', null, 'LIMA']],
    ]);
  });

  it('reads a dateline after a byline, never from a sentence further on', () => {
    const files = [
      ['Govt signs rail loan', 'By Monitor Reporter', 'Kampala. Government has signed a $2.7b loan.'],
      ['Bank lends to Kenya', 'The bank lends often to the region, officials said.', 'NAIROBI: Kenya signed the loan.'],
    ];
    const found = files.map((lines, i) => ingestOne(raw(`by${i}.txt`, lines.join('\n')), OPTIONS).articles.map((a) => a.dateline));
    expect(found).toEqual([['Kampala'], [null]]);
  });

  it('reads an HTML page: headline first, page metadata, no furniture', () => {
    const html = `<html><head><title>Angola gets $1bn oil loan - Luanda Post</title>
      <meta property="og:site_name" content="Luanda Post"><meta property="article:published_time" content="2025-05-06T09:00:00Z">
      <link rel="canonical" href="https://post.example/angola"><script>alert("x")</script></head>
      <body><nav>Home | Business</nav><article><h1>Angola gets $1bn oil loan</h1><p>Share</p>
      <p>LUANDA: Angola received a $1 billion loan from a commodity trader. It will be repaid in oil.</p>
      <p>The deal was signed on Monday.</p></article><footer>© Luanda Post</footer></body></html>`;
    const [article] = ingestOne(raw('angola.html', html), OPTIONS).articles;
    expect(article).toMatchObject({
      title: 'Angola gets $1bn oil loan',
      published: '2025-05-06',
      url: 'https://post.example/angola',
      outlet: 'Luanda Post',
      dateline: 'LUANDA',
      text: 'Angola gets $1bn oil loan\nLUANDA: Angola received a $1 billion loan from a commodity trader. It will be repaid in oil.\nThe deal was signed on Monday.',
    });
  });

  it('prefers what a manifest states, and names inline rows by manifest line', () => {
    const input: RawInput = {
      file: 'list.csv', line: 7, bytes: null, text: 'Rwanda signs grant\nKIGALI: A $50 million grant was signed.', format: 'txt',
      meta: { title: 'Stated title', published: '2024-02-01', url: 'https://x.example/r', outlet: 'Wire' },
    };
    const [article] = ingestOne(input, OPTIONS).articles;
    expect(article).toMatchObject({
      source_file: 'list.csv:7', title: 'Stated title', published: '2024-02-01', url: 'https://x.example/r', outlet: 'Wire',
      dateline: 'KIGALI', text: 'Rwanda signs grant\nKIGALI: A $50 million grant was signed.',
    });
  });

  it('decodes Windows-1252 and UTF-16LE files', () => {
    const cp = ingestOne(raw('cp.txt', new Uint8Array(iconv.encode('café – €5 million', 'win1252'))), OPTIONS);
    expect(cp.articles.map((a) => a.text)).toEqual(['café – €5 million']);
    const u16 = ingestOne(raw('u16.txt', new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Loan: ₦5bn\r\nSigned.', 'utf-16le')]))), OPTIONS);
    expect(u16.articles.map((a) => a.text)).toEqual(['Loan: ₦5bn\nSigned.']);
  });

  it.each([
    ['empty', raw('e.txt', ''), m.ingest.empty()],
    ['whitespace', raw('w.txt', '  \n\n\t'), m.ingest.empty()],
    ['NUL bytes', raw('n.txt', 'abc\u0000def'), m.ingest.binary('contains NUL bytes')],
    ['PNG renamed .txt', raw('p.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), m.ingest.binary('PNG image')],
    ['furniture only', raw('f.txt', 'Share\nFollow\nUpdated 2 hours ago'), m.ingest.emptyAfterCleaning()],
    ['HTML without text', raw('s.html', '<html><body><script>1</script></body></html>'), m.ingest.htmlNoText()],
    ['over the limit', raw('big.txt', 'x'.repeat(101)), m.ingest.tooLarge(101, 100)],
  ])('rejects %s', (_name, input, reason) => {
    expect(ingestOne(input, { maxArticleBytes: 100 })).toEqual({ articles: [], sentences: [], rejected: [{ file: input.file, line: null, reason }] });
  });

  it('gives the same ids on every run', () => {
    const input = raw('a.txt', 'Title\nBody sentence one. Body sentence two.');
    expect(ingestOne(input, OPTIONS)).toEqual(ingestOne(input, OPTIONS));
  });

  it('never throws on arbitrary text, and sentences always slice back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), (text) => {
        const out = ingestOne(raw('x.txt', text), OPTIONS);
        expect(out.articles.length + out.rejected.length).toBeGreaterThan(0);
        const byId = new Map(out.articles.map((a) => [a.article_id, a.text]));
        for (const s of out.sentences) expect(byId.get(s.article_id)!.slice(s.start, s.end)).toBe(s.text);
      }),
      { numRuns: 200 },
    );
  });

  it('ingests several MB per second', () => {
    const paragraph =
      'LAGOS: The lender approved $1.25 billion for the port, Mr. Ade said on Nov. 3. “It will create 6,000 jobs,” he added. Output may reach 3.5bn tons.\n';
    const body = paragraph.repeat(Math.ceil(3_000_000 / paragraph.length));
    const input = raw('big.txt', `Nigeria port loan approved\n${body}`);
    // CPU time, not wall time: the machine is shared, and waiting for a core is not slowness of ours.
    const started = process.cpuUsage();
    const out = ingestOne(input, OPTIONS);
    const used = process.cpuUsage(started);
    const seconds = (used.user + used.system) / 1e6;
    expect(out.articles).toHaveLength(1);
    // Measured about 4 MB/s alone on one core; the bound leaves room for a busy shared machine.
    expect(body.length / 1e6 / seconds).toBeGreaterThan(1);
  });
});

describe('ingest over a folder of hostile files', () => {
  it('keeps the good articles and rejects each bad file with its reason', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'pledgebook-ingest-'));
    try {
      await writeFile(join(dir, 'a_good.md'), '# Senegal gets $200m for solar\n\n**DAKAR:** The bank approved [the loan](https://x.example) on Monday.\n');
      await writeFile(join(dir, 'b_empty.txt'), '');
      await writeFile(join(dir, 'c_png.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1]));
      await writeFile(join(dir, 'd_cp1252.txt'), iconv.encode('Lomé port – €40 million\nLOMÉ: Togo signed the loan.', 'win1252'));
      await writeFile(join(dir, 'e_big.txt'), 'x'.repeat(5000));
      const options = { maxArticleBytes: 4096 };
      const read = await readInputs(dir, options);
      const out = ingest(read.inputs, options);
      expect(out.articles.map((a) => [a.source_file, a.title, a.dateline, a.text])).toEqual([
        ['a_good.md', 'Senegal gets $200m for solar', 'DAKAR', 'Senegal gets $200m for solar\nDAKAR: The bank approved the loan on Monday.'],
        ['d_cp1252.txt', 'Lomé port – €40 million', 'LOMÉ', 'Lomé port – €40 million\nLOMÉ: Togo signed the loan.'],
      ]);
      expect([...read.rejected, ...out.rejected]).toEqual([
        { file: 'e_big.txt', line: null, reason: m.ingest.tooLarge(5000, 4096) },
        { file: 'b_empty.txt', line: null, reason: m.ingest.empty() },
        { file: 'c_png.txt', line: null, reason: m.ingest.binary('PNG image') },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
