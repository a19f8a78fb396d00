import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LONGEST_WIDGET, isFurniture, mayBeWidget, stampOf, stripFurniture } from '../../pipeline/ingest/furniture.ts';

describe('isFurniture', () => {
  it.each([
    ['Short Url', true],
    ['Follow', true],
    ['Share', true],
    ['Share this article', true],
    ['Updated 7 sec ago', true],
    ['Updated 21 November 2025', true],
    ['Published: Nov 3, 2024', true],
    ['Last updated: 5 March 2024 14:02 GMT', true],
    ['Posted 2024-05-06T10:00:00Z', true],
    ['2 hours ago', true],
    ['Read more', true],
    ['Read more: Copper prices hit a record', true],
    ['In this file photo, taken on March 2, 2024, a minister speaks in Lusaka. (Handout/MOF/File)', true],
    ['(Handout/PMO/File)', true],
    ['Photo: Reuters', true],
    ['By Amina Yusuf', true],
    ['4 min read', true],
    ['Advertisement', true],
    ['Follow us on Twitter', true],
    ['Join our WhatsApp channel', true],
    ['Subscribe to our daily newsletter.', true],
    ['Follow the money: China lends $2bn to Kenya', false],
    ['Investors will join us on a $2bn fund, the minister said.', false],
    ['———', true],
    ['', true],
    // longer than any widget only through whitespace or trailing marks: still a widget
    ['Scroll   to   continue   with \t  content', true],
    ['SHARE THIS ARTICLE:::::::::::::::::::::::::::::::::::::::!!!', true],
    ['Listen to this article›››››››››››››››››››››››››››››››››', true],
    // a government page's metadata
    ['From: Foreign, Commonwealth & Development Office and Baroness Helen Whitmore', true],
    ['Part of: Development and humanitarian aid', true],
    // text, not furniture
    ['• The bank approved $300 million for the port', false],
    ['From Monday, the bank will lend $300 million to the port.', false],
    ['- Exports may double by 2030', false],
    ['Updated 5 March 2024 with comment from the ministry', false],
    ['Related to this, the ministry said talks would resume.', false],
    ['By the end of 2026 the plant will employ 900 people', false],
    ['MARKET OUTLOOK', false],
    ['Kenya signs $1 billion rail deal with lenders', false],
    ['LUSAKA: Zambia agreed on Tuesday to sell a stake.', false],
    ['Scroll to continue with content, the minister said of the long report on the port.', false],
  ])('%j → %s', (line, expected) => {
    expect(isFurniture(line)).toBe(expected);
  });
});

describe('mayBeWidget', () => {
  it('counts every character but whitespace (as \\s matches it) and the trailing marks :.!›»>, for every UTF-16 unit', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      const skipped = /\s/.test(c) || /[:.!›»>]/.test(c);
      // One more copy than the longest widget: a line of it may be a widget only if the character is skipped.
      if (mayBeWidget(c.repeat(LONGEST_WIDGET + 1)) !== skipped) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('counts an astral character once', () => {
    expect(mayBeWidget('😀'.repeat(LONGEST_WIDGET))).toBe(true);
    expect(mayBeWidget('😀'.repeat(LONGEST_WIDGET + 1))).toBe(false);
  });
});

describe('stampOf', () => {
  it.each([
    ['Updated 21 November 2025', { date: '2025-11-21', kind: 'updated' }],
    ['Published: Nov 3, 2024', { date: '2024-11-03', kind: 'published' }],
    ['Published 3 Nov 2024 | Updated 4 Nov 2024', { date: '2024-11-03', kind: 'published' }],
    ['Monday, 21 November 2025 14:02 PKT', { date: '2025-11-21', kind: 'date' }],
    ['Updated 7 sec ago', { date: null, kind: 'updated' }],
    ['Posted 2 hours ago', { date: null, kind: 'published' }],
    // no year written: the year would be a guess
    ['Updated Nov 3', { date: null, kind: 'updated' }],
    // a stamp, but day and month order are unknowable
    ['Published 3/11/2024', { date: null, kind: 'published' }],
    ['The fund was published in 2024', null],
  ])('%j', (line, expected) => {
    expect(stampOf(line)).toEqual(expected);
  });
});

describe('stripFurniture', () => {
  it('keeps title, bullets and body; drops furniture and the repeated headline; reads the stamp', () => {
    const lines = [
      'Chile and Japan agree lithium partnership',
      '',
      'A worker at a lithium plant in Antofagasta. (Reuters/File)',
      'Short Url',
      'Published: Mar 4, 2025',
      'Updated 2 hours ago',
      'Follow',
      '',
      'Chile and Japan agree lithium partnership',
      '  • Japanese lenders to provide up to $500 million',
      '  • Plant to open in 2027  ',
      'SANTIAGO: Chile signed the deal on Tuesday.',
      'Share',
    ];
    expect(stripFurniture(lines)).toEqual({
      title: 'Chile and Japan agree lithium partnership',
      published: '2025-03-04',
      lines: [
        'Chile and Japan agree lithium partnership',
        '• Japanese lenders to provide up to $500 million',
        '• Plant to open in 2027',
        'SANTIAGO: Chile signed the deal on Tuesday.',
      ],
    });
  });

  it('drops the headlines listed under "Related" or "Most read", up to the next paragraph', () => {
    const lines = [
      'Saudi fund to invest $5bn in Pakistan mining',
      'KARACHI: Saudi Arabia will invest $5 billion in Pakistan’s mining sector.',
      'Related',
      'UAE pledges $10bn for Pakistan energy',
      '',
      'IMF approves $1.1bn tranche for Egypt',
      'The ministry said talks on a second phase would start in June.',
      'Most Read:',
      'China lends $2bn to Sri Lanka',
    ];
    expect(stripFurniture(lines).lines).toEqual([
      'Saudi fund to invest $5bn in Pakistan mining',
      'KARACHI: Saudi Arabia will invest $5 billion in Pakistan’s mining sector.',
      'The ministry said talks on a second phase would start in June.',
    ]);
  });

  it('gives no date for a relative stamp only', () => {
    expect(stripFurniture(['Title here', 'Updated 7 sec ago', 'Body text.'])).toEqual({
      title: 'Title here',
      published: null,
      lines: ['Title here', 'Body text.'],
    });
  });

  it('never throws on arbitrary lines, and keeps only trimmed, non-empty lines of the input', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 120 }), { maxLength: 20 }), (lines) => {
        const out = stripFurniture(lines);
        const trimmed = new Set(lines.map((l) => l.trim()));
        for (const l of out.lines) {
          expect(l).toBe(l.trim());
          expect(l).not.toBe('');
          expect(trimmed.has(l)).toBe(true);
        }
        expect(out.title).toBe(out.lines[0] ?? null);
        if (out.published !== null) expect(out.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 300 },
    );
  });
});
