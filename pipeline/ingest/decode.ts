/**
 * Bytes → text. Articles arrive as whatever an analyst saved: UTF-8 (with or without BOM), UTF-16
 * from Windows tools, Windows-1252 from old CMSs, and now and then a PDF or image renamed `.txt`.
 * We decode what we can be sure of and reject the rest with a reason, never guessing silently.
 */
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import * as messages from '../messages.ts';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** Magic numbers of binary formats people mistake for text files. */
const MAGIC: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive or Office document', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'WebP or RIFF media', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'OLE document (old Word/Excel)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

/** Single-byte encodings chardet may name, mapped to what browsers actually use for them. */
const SINGLE_BYTE_ALIASES: Record<string, string> = {
  // WHATWG decodes ISO-8859-1 as windows-1252: 0x80–0x9F are "€", "–", "’" in real files, not C1 controls.
  'ISO-8859-1': 'windows-1252',
};

/** Below this chardet confidence (0–100) we would be guessing; short files score ~45 for clear cp1252. */
const MIN_CONFIDENCE = 40;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const m of MAGIC) if (startsWith(bytes, m.bytes)) return m.name;
  // NUL never occurs in text encodings we accept without a BOM; one is enough to call it binary.
  if (bytes.indexOf(0) !== -1) return 'contains NUL bytes';
  return null;
}

/** C0 controls other than tab/newline/CR, and C1 controls: text decoded with the wrong table shows them. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

function looksLikeText(text: string): boolean {
  const controls = text.match(CONTROL)?.length ?? 0;
  const replacements = text.split('\uFFFD').length - 1;
  return controls + replacements <= Math.max(0, text.length * 0.001);
}

/** Decode an article file, or say why it cannot be read. Size is checked by the caller's limit first. */
export function decodeBytes(bytes: Uint8Array, maxBytes: number): Decoded {
  if (bytes.length > maxBytes) return { ok: false, reason: messages.ingest.tooLarge(bytes.length, maxBytes) };

  let decoded: { text: string; encoding: string } | null = null;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    decoded = tryUtf8(bytes.subarray(3));
    if (decoded === null) return { ok: false, reason: messages.ingest.encodingUnclear('UTF-8 with BOM', null) };
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'UTF-16LE' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'UTF-16BE' };
  } else {
    const kind = binaryKind(bytes);
    if (kind !== null) return { ok: false, reason: messages.ingest.binary(kind) };
    decoded = tryUtf8(bytes) ?? guessSingleByte(bytes);
    if (decoded === null) {
      const top = analyse(bytes)[0];
      return { ok: false, reason: messages.ingest.encodingUnclear(top?.name ?? null, top?.confidence ?? null) };
    }
  }
  if (!looksLikeText(decoded.text)) return { ok: false, reason: messages.ingest.binary('control characters') };
  if (decoded.text.trim() === '') return { ok: false, reason: messages.ingest.empty() };
  return { ok: true, ...decoded };
}

function tryUtf8(bytes: Uint8Array): { text: string; encoding: string } | null {
  try {
    return { text: utf8.decode(bytes), encoding: 'UTF-8' };
  } catch {
    return null;
  }
}

function guessSingleByte(bytes: Uint8Array): { text: string; encoding: string } | null {
  const [top, second] = analyse(bytes);
  if (top === undefined || top.confidence < MIN_CONFIDENCE) return null;
  // Two encodings nearly tied means the bytes do not tell them apart: decoding either would be a guess.
  if (second !== undefined && top.confidence - second.confidence < 10) return null;
  const name = SINGLE_BYTE_ALIASES[top.name] ?? top.name;
  // Multi-byte guesses (Shift_JIS, GB18030, ...) on bytes that are not valid UTF-8 are too often wrong on news text.
  if (!/^(windows-12\d\d|ISO-8859-\d+|KOI8-R)$/i.test(name) || !iconv.encodingExists(name)) return null;
  return { text: iconv.decode(Buffer.from(bytes), name), encoding: name };
}

/** Decode text given inline (a manifest `text` cell): only the size limit and emptiness apply. */
export function checkInlineText(text: string, maxBytes: number): Decoded {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) return { ok: false, reason: messages.ingest.tooLarge(size, maxBytes) };
  if (text.trim() === '') return { ok: false, reason: messages.ingest.empty() };
  return { ok: true, text, encoding: 'UTF-8' };
}
