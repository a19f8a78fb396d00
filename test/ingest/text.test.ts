import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markdownToText, normalizeText, trimLineEnds } from '../../pipeline/ingest/text.ts';

describe('normalizeText', () => {
  it.each([
    ['CRLF and CR', 'a\r\nb\rc', 'a\nb\nc'],
    ['BOM and trailing spaces', '\uFEFFTitle  \nBody\t\n', 'Title\nBody\n'],
    ['NFC', 'Cafe\u0301', 'Café'],
    ['typographic quotes kept', '“It’s done,” he said — ok', '“It’s done,” he said — ok'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('trimLineEnds', () => {
  it('is the multiline regex it replaces, on texts of spaces, tabs, no-break and zero-width spaces, newlines and letters', () => {
    const text = fc.array(fc.constantFrom(' ', '\t', '\u00A0', '\u200B', '\n', 'a', 'é', '\u2009'), { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(trimLineEnds(t)).toBe(t.replace(/[ \t\u00A0\u200B]+$/gm, ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('returns an untouched text as it is', () => {
    expect(trimLineEnds('a b\nc')).toBe('a b\nc');
    expect(trimLineEnds('')).toBe('');
  });
});

describe('markdownToText', () => {
  it('removes markup and keeps bullets and text', () => {
    const md = [
      '# Oman signs $1.2bn **hydrogen** deal',
      '',
      '![plant](https://x.example/p.jpg)',
      '- Output of [1 GW](https://x.example/gw) by 2030',
      '* *Lenders* include a Japanese bank',
      '> MUSCAT: The deal was signed on `Sunday`.',
      '---',
      '```',
      'code block',
      '```',
      '[ref]: https://x.example',
    ].join('\n');
    expect(markdownToText(md)).toBe(
      ['Oman signs $1.2bn hydrogen deal', '', '', '- Output of 1 GW by 2030', '* Lenders include a Japanese bank', 'MUSCAT: The deal was signed on Sunday.'].join('\n'),
    );
  });
});
