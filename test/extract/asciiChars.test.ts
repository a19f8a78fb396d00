import { describe, expect, it } from 'vitest';
import { isAsciiLetter, isAsciiLetterOrDigit } from '../../pipeline/extract/asciiChars.ts';

describe('ASCII character tests', () => {
  it('answer as /[A-Za-z]/ and /[A-Za-z0-9]/ do, for every UTF-16 unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isAsciiLetter(c) !== /[A-Za-z]/.test(ch) || isAsciiLetterOrDigit(c) !== /[A-Za-z0-9]/.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
