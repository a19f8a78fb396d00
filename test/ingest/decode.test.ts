import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { checkInlineText, decodeBytes } from '../../pipeline/ingest/decode.ts';
import * as messages from '../../pipeline/messages.ts';

const MB = 5 * 1024 * 1024;
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', utf8('Café deal worth €5 million'), { ok: true, text: 'Café deal worth €5 million', encoding: 'UTF-8' }],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hello “world”')]), { ok: true, text: 'Hello “world”', encoding: 'UTF-8' }],
    [
      'UTF-16LE with BOM',
      new Uint8Array([0xff, 0xfe, ...iconv.encode('Naira loan – ₦5bn', 'utf-16le')]),
      { ok: true, text: 'Naira loan – ₦5bn', encoding: 'UTF-16LE' },
    ],
    [
      'UTF-16BE with BOM',
      new Uint8Array([0xfe, 0xff, ...iconv.encode('Rand deal', 'utf-16be')]),
      { ok: true, text: 'Rand deal', encoding: 'UTF-16BE' },
    ],
    [
      'Windows-1252',
      new Uint8Array(iconv.encode('café – €5 million', 'win1252')),
      { ok: true, text: 'café – €5 million', encoding: 'windows-1252' },
    ],
    [
      'Windows-1252, a longer text',
      new Uint8Array(iconv.encode('The café owner in Zürich said the “naïve” plan – worth €5 million – was signed.\n', 'win1252')),
      { ok: true, text: 'The café owner in Zürich said the “naïve” plan – worth €5 million – was signed.\n', encoding: 'windows-1252' },
    ],
    ['empty', bytes(), { ok: false, reason: messages.ingest.empty() }],
    ['whitespace only', utf8(' \n\t\r\n  '), { ok: false, reason: messages.ingest.empty() }],
    ['NUL bytes', utf8('text\u0000more text'), { ok: false, reason: messages.ingest.binary('contains NUL bytes') }],
    ['PNG magic', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 65, 66), { ok: false, reason: messages.ingest.binary('PNG image') }],
    ['PDF magic', utf8('%PDF-1.7\nrest'), { ok: false, reason: messages.ingest.binary('PDF document') }],
    ['ZIP magic', bytes(0x50, 0x4b, 0x03, 0x04, 20, 0), { ok: false, reason: messages.ingest.binary('ZIP archive or Office document') }],
    ['JPEG magic', bytes(0xff, 0xd8, 0xff, 0xe0, 1, 2), { ok: false, reason: messages.ingest.binary('JPEG image') }],
  ])('%s', (_name, input, expected) => {
    expect(decodeBytes(input, MB)).toEqual(expected);
  });

  it('rejects bytes over the limit, naming size and limit', () => {
    expect(decodeBytes(utf8('x'.repeat(101)), 100)).toEqual({ ok: false, reason: messages.ingest.tooLarge(101, 100) });
  });

  it('rejects non-UTF-8 bytes it cannot place', () => {
    const noise = new Uint8Array(64).map((_, i) => 0x80 + ((i * 37) % 0x7f));
    const out = decodeBytes(noise, MB);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toMatch(/^(not UTF-8 and encoding unclear|binary file)/);
  });
});

describe('checkInlineText', () => {
  it.each([
    ['text', 'A deal.', 100, { ok: true, text: 'A deal.', encoding: 'UTF-8' }],
    ['blank', '   ', 100, { ok: false, reason: messages.ingest.empty() }],
    ['too large in UTF-8 bytes', '€€€€', 10, { ok: false, reason: messages.ingest.tooLarge(12, 10) }],
  ])('%s', (_name, text, limit, expected) => {
    expect(checkInlineText(text, limit)).toEqual(expected);
  });
});
