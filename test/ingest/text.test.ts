import { describe, expect, it } from 'vitest';
import { markdownToText, normalizeText } from '../../pipeline/ingest/text.ts';

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
