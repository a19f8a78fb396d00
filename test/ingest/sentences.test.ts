import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '../../pipeline/ingest/sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['two plain sentences', 'The fund will lend $400 million. Talks continue.', ['The fund will lend $400 million.', 'Talks continue.']],
    ['decimal amounts stay whole', 'Ghana secured $1.25 billion and 3.5bn cedis. It said so.', ['Ghana secured $1.25 billion and 3.5bn cedis.', 'It said so.']],
    ['version numbers', 'Plans for Web 3.0 and AI were shown. Officials agreed.', ['Plans for Web 3.0 and AI were shown.', 'Officials agreed.']],
    ['titles and initials', 'Mr. Okafor met Dr. J. K. Mensah. They spoke.', ['Mr. Okafor met Dr. J. K. Mensah.', 'They spoke.']],
    ['dotted abbreviations', 'The U.S. Treasury and U.K. officials met. The E.U. waited.', ['The U.S. Treasury and U.K. officials met.', 'The E.U. waited.']],
    ['company suffixes', 'Acme Ltd. Kenya and Zed Inc. Peru signed. Done.', ['Acme Ltd. Kenya and Zed Inc. Peru signed.', 'Done.']],
    ['Singaporean and Australian legal words', 'Foxconn Singapore Pte. Ltd. will buy it. Kestrel Pty. Ltd. agreed.', ['Foxconn Singapore Pte. Ltd. will buy it.', 'Kestrel Pty. Ltd. agreed.']],
    ['e.g. and i.e.', 'Metals, e.g. Copper, rose. Prices, i.e. Spot prices, fell.', ['Metals, e.g. Copper, rose.', 'Prices, i.e. Spot prices, fell.']],
    ['month abbreviations', 'Signed on Jan. 5 in Lima. No. 3 line opened.', ['Signed on Jan. 5 in Lima.', 'No. 3 line opened.']],
    ['rupee abbreviation before a figure', 'It costs Rs. 500 billion. Work starts soon.', ['It costs Rs. 500 billion.', 'Work starts soon.']],
    ['closing quotes end a sentence', '“We will build it,” she said. “It is funded.” He agreed.', ['“We will build it,” she said.', '“It is funded.”', 'He agreed.']],
    ['question and exclamation', 'Will it close? Yes! It will.', ['Will it close?', 'Yes!', 'It will.']],
    ['no split before lower case', 'Prices rose 5 p.c. in March. ok then.', ['Prices rose 5 p.c. in March. ok then.']],
    ['digit after a period', 'Output fell in 2024. 2025 will be better.', ['Output fell in 2024.', '2025 will be better.']],
    ['lines never merge', 'Headline without a stop\n• Bullet one\nBody. More body.', ['Headline without a stop', '• Bullet one', 'Body.', 'More body.']],
    ['spaces excluded from spans', '   Padded start.   Second.   ', ['Padded start.', 'Second.']],
    ['empty and blank', '\n\n  \n', []],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('gives offsets into the whole text', () => {
    const text = 'Title line\nFirst. Second.';
    expect(splitSentences(text)).toEqual([
      { start: 0, end: 10 },
      { start: 11, end: 17 },
      { start: 18, end: 25 },
    ]);
  });

  it('never throws, and every span slices back to trimmed non-empty text in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const spans = splitSentences(text);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          const slice = text.slice(s.start, s.end);
          expect(slice).toBe(slice.trim());
          expect(slice.includes('\n')).toBe(false);
          last = s.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('covers every non-space character of sentence-like text', () => {
    const word = fc.constantFrom('Mr.', 'U.S.', '$1.25', 'billion', 'The', 'fund', 'said.', '“Yes.”', 'e.g.', 'No.', '3.5bn', '?', '!', 'Inc.');
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')), { maxLength: 6 }), (lines) => {
        const text = lines.join('\n');
        const joined = splitSentences(text).map((s) => text.slice(s.start, s.end)).join('').replace(/\s+/g, '');
        expect(joined).toBe(text.replace(/\s+/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('splits several MB per second', () => {
    const paragraph =
      'KARACHI: The lender approved $1.25 billion for the U.S.-backed mine, Mr. Khan said on Nov. 3. “It will create 6,000 jobs,” he added. Output may reach 3.5bn tons!\n';
    const text = paragraph.repeat(Math.ceil(4_000_000 / paragraph.length));
    // CPU time, not wall time: the machine is shared, and waiting for a core is not slowness of ours.
    const started = process.cpuUsage();
    const spans = splitSentences(text);
    const used = process.cpuUsage(started);
    const seconds = (used.user + used.system) / 1e6;
    expect(spans.length).toBe(3 * Math.ceil(4_000_000 / paragraph.length));
    // Measured well above 10 MB/s alone; the bound leaves room for a busy shared machine.
    expect(text.length / 1e6 / seconds).toBeGreaterThan(2);
  });
});
