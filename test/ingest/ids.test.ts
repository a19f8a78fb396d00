import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { articleId, sha256Hex } from '../../pipeline/ingest/ids.ts';

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('%j has the standard digest', (text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });

  it.each(['Kenya pledged $5 million.', 'Ünïcödé ₨ 5 crore — “quoted”', '\u0000\n\r\t', '😀 astral'])(
    'gives createHash’s digest of %j as text (UTF-8) and as bytes',
    (text) => {
      const expected = createHash('sha256').update(text).digest('hex');
      expect(sha256Hex(text)).toBe(expected);
      expect(sha256Hex(new TextEncoder().encode(text))).toBe(expected);
    },
  );
});

describe('articleId', () => {
  it('is a, then 12 hex of sha256(file, part, text)', () => {
    const digest = createHash('sha256').update('news/a.txt\n2\nBody').digest('hex');
    expect(articleId('news/a.txt', 2, 'Body')).toBe(`a${digest.slice(0, 12)}`);
  });
});
