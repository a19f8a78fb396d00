import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { XmlBatch } from '../../pipeline/render/xmlBatch.ts';
import { writeRowXml } from '../../pipeline/render/rowXml.ts';
import { rowXml } from './rowXmlReference.ts';
import { RowFormula } from '../../pipeline/render/rowFormula.ts';
import { xmlEncode } from '../../pipeline/render/xmlText.ts';

/** A batch of `size` bytes and everything it hands on, joined. */
function collecting(size: number) {
  const handed: Buffer[] = [];
  const batch = new XmlBatch(size, (bytes) => (handed.push(Buffer.from(bytes)), false));
  return { batch, all: () => (batch.handOn(), Buffer.concat(handed).toString('utf8')), pieces: handed };
}

const TEXTS = ['', 'a', '<row r="2">', 'café 北京 🚢', 'x'.repeat(40), 'é'.repeat(30)];

describe('XmlBatch: pieces appended as UTF-8, handed on when full', () => {
  it.each([8, 16, 64, 1 << 10])('gives the same bytes as joining the pieces (batch of %i bytes)', (size) => {
    const { batch, all } = collecting(size);
    for (const t of TEXTS) batch.text(t);
    expect(all()).toBe(TEXTS.join(''));
  });

  it('hands on only when the next piece would not fit, and says so once', () => {
    const { batch, pieces } = collecting(12);
    batch.text('abcd');
    expect(batch.takeHandedOn()).toBe(false);
    batch.text('efgh'); // 4 units may be 12 bytes: the 4 written are handed on first
    expect(pieces.map(String)).toEqual(['abcd']);
    expect(batch.takeHandedOn()).toBe(true);
    expect(batch.takeHandedOn()).toBe(false);
  });

  it('goes on in a new buffer when the receiver keeps what it was handed', () => {
    const kept: Buffer[] = [];
    const batch = new XmlBatch(8, (bytes) => (kept.push(bytes), true));
    for (const t of ['abc', 'def', 'ghi', 'jkl']) batch.text(t);
    batch.handOn();
    // Read after every piece was written: none was written over.
    expect(kept.map(String)).toEqual(['abc', 'def', 'ghi', 'jkl']);
  });
});

describe('XmlBatch: buffers given back', () => {
  it('goes on in a buffer the receiver gave back, and in a new one while none is', () => {
    const handed: { text: string; release: () => void }[] = [];
    const batch = new XmlBatch(64, (bytes, release) => (handed.push({ text: String(bytes), release }), true));
    const first = batch.buffer;
    batch.text('abc');
    batch.handOn();
    const second = batch.buffer;
    expect(second).not.toBe(first); // kept and not given back: another buffer
    batch.text('def');
    batch.handOn();
    const third = batch.buffer;
    expect([first, second]).not.toContain(third); // neither given back yet: a third
    handed[0]!.release();
    batch.text('ghi');
    batch.handOn();
    expect(batch.buffer).toBe(first); // given back before this hand-on: written again
    batch.text('jkl');
    batch.handOn();
    expect(handed.map((h) => h.text)).toEqual(['abc', 'def', 'ghi', 'jkl']);
    // A buffer not given back is never written again.
    expect(String(second.subarray(0, 3))).toBe('def');
  });
});

const XML_TEXTS = [
  '', 'plain', 'a & b', '<tag attr="1">', "it's", 'control \x01\x08\x0B\x0C\x0E\x1F\x7F kept: \t\n\r', 'café 北京 🚢',
  'x'.repeat(127), 'x'.repeat(128), 'x'.repeat(129), `${'y'.repeat(200)} & <z>`, 'é'.repeat(300),
];

describe('XmlBatch.xmlText and ascii: the bytes of xmlEncode and of the text', () => {
  it.each([16, 64, 1 << 12])('xmlText gives xmlEncode(text) as UTF-8 (batch of %i bytes)', (size) => {
    const { batch, all } = collecting(size);
    for (const t of XML_TEXTS) batch.xmlText(t);
    expect(all()).toBe(XML_TEXTS.map(xmlEncode).join(''));
  });

  it.each([4, 16, 1 << 12])('ascii gives the text (batch of %i bytes)', (size) => {
    const texts = ['<row r="', '12', '" spans="1:48">', '', 'x'.repeat(40)];
    const { batch, all } = collecting(size);
    for (const t of texts) batch.ascii(t);
    expect(all()).toBe(texts.join(''));
  });
});

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];
const formula = new RowFormula((r) => `IF(A${r}<>"",B${r}&"'s <x>",C${r})`);
const RESULTS: ExcelJS.CellValue[] = [null, '', 'a & "b"', 42, -0.5, true, false, new Date(Date.UTC(2025, 0, 2))];

describe('writeRowXml: rowXml as bytes', () => {
  const cases: [string, number, (ExcelJS.CellValue | undefined)[], number[], number][] = [];
  for (const row of [2, 9, 10, 99999, 100000, 1048576]) {
    RESULTS.forEach((result, k) => {
      cases.push([`row ${row}, formula result ${JSON.stringify(result)}`, row, ['text & <b>', formula.cell(row, result), 12.5, null, formula.cell(row, RESULTS[(k + 1) % RESULTS.length]!), 'end'], [0, 3, 1, 2, 0, 0], k % 2 ? 7 : 0]);
    });
  }
  cases.push(['no formula', 5, ['a', 1, true, new Date(Date.UTC(2024, 1, 29)), { text: 'l', hyperlink: 'https://x' }, undefined], [0, 1, 2, 3, 4, 5], 0]);
  cases.push(['every value empty', 5, [null, undefined, null], [1, 2, 3], 0]);

  it.each(cases)('%s', (_, row, values, ids, rowStyle) => {
    for (const size of [64, 1 << 20]) {
      const { batch, all } = collecting(size);
      const written = writeRowXml(batch, row, LETTERS, values, ids, rowStyle);
      const expected = rowXml(row, LETTERS, values, ids, rowStyle);
      expect(written).toBe(expected !== '');
      expect(all()).toBe(expected);
    }
  });
});
