import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../pipeline/ingest/manifest.ts';
import * as m from '../../pipeline/messages.ts';

describe('parseManifest', () => {
  it('reads path and inline-text rows with their metadata', () => {
    const csv = 'path,text,title,published,url,outlet\nnews/a.txt,,Rail deal,2024-11-03,https://x.example/a,Daily\n,"Inline, with comma.",,,,\n';
    expect(parseManifest(csv, 'list.csv')).toEqual({
      rows: [
        { line: 2, path: 'news/a.txt', text: null, meta: { title: 'Rail deal', published: '2024-11-03', url: 'https://x.example/a', outlet: 'Daily' } },
        { line: 3, path: null, text: 'Inline, with comma.', meta: {} },
      ],
      rejected: [],
    });
  });

  it('rejects bad rows by line and keeps the others', () => {
    const csv = [
      'path,title',
      'a.txt,A',
      'b.txt,bad"quote',
      'c.txt,C,extra',
      ',',
      'd.txt,"unclosed',
      'e.txt,E',
      'f.txt,F',
    ].join('\n');
    const out = parseManifest(csv, 'list.csv');
    expect(out.rows.map((r) => [r.line, r.path])).toEqual([
      [2, 'a.txt'],
      [7, 'e.txt'],
      [8, 'f.txt'],
    ]);
    expect(out.rejected.map((r) => [r.file, r.line])).toEqual([
      ['list.csv', 3],
      ['list.csv', 4],
      ['list.csv', 5],
      ['list.csv', 6],
    ]);
    expect(out.rejected[2]!.reason).toBe(m.ingest.manifestNoPathOrText());
    expect(out.rejected[3]!.reason).toBe(m.ingest.manifestBadRow('a quote opened on line 6 is never closed'));
  });

  it.each([
    ['no path or text column', 'file,title\na.txt,A\n', { file: 'list.csv', line: 1, reason: m.ingest.manifestNoColumn(['file', 'title']) }],
    ['unclosed quote in the header', '"path\na.txt\n', { file: 'list.csv', line: 1 }],
    ['empty manifest', '', { file: 'list.csv', line: 1, reason: m.ingest.manifestNoColumn([]) }],
  ])('rejects the whole manifest: %s', (_name, csv, expected) => {
    const out = parseManifest(csv, 'list.csv');
    expect(out.rows).toEqual([]);
    expect(out.rejected).toHaveLength(1);
    expect(out.rejected[0]).toMatchObject(expected);
  });

  it.each([
    ['bad date', 'path,published\na.txt,next week\n', m.ingest.manifestBadField('published', 'next week', 'not a date with day, month and year (use YYYY-MM-DD)')],
    ['bad url', 'path,url\na.txt,file:///etc/passwd\n', m.ingest.manifestBadField('url', 'file:///etc/passwd', 'not an http(s) address')],
    ['both path and text', 'path,text\na.txt,hello\n', m.ingest.manifestBothPathAndText('a.txt')],
  ])('rejects a row: %s', (_name, csv, reason) => {
    expect(parseManifest(csv, 'list.csv')).toEqual({ rows: [], rejected: [{ file: 'list.csv', line: 2, reason }] });
  });
});
