import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../pipeline/render/workbook.ts';
import { useZlibChecksums } from '../../pipeline/render/zipChecksum.ts';
import { FIXTURE_META, FIXTURE_TABLES } from '../fixtures/runTables.ts';

type Buf = (data: Uint8Array, seed?: number) => number;
const requireHere = createRequire(import.meta.url);
const pkg = createRequire(requireHere.resolve('crc32-stream'))('crc-32') as { buf: Buf };

describe('useZlibChecksums', () => {
  it('gives the checksums crc-32 gives, run on as crc32-stream runs them (a zero Buffer first, then the unsigned sum)', () => {
    const own = pkg.buf;
    const pieces = [Buffer.alloc(0), Buffer.from('a'), Buffer.from('<c r="A1" t="str"><v>Ünïcödé 投資</v></c>'), ...Array.from({ length: 20 }, (_, i) => randomBytes(i * 997 + 1))];
    const run = (buf: Buf) => {
      const sums: number[] = [];
      let checksum: unknown = Buffer.alloc(4);
      for (const piece of pieces) {
        checksum = buf(piece, checksum as number) >>> 0;
        sums.push(checksum as number);
      }
      return sums;
    };
    const expected = run(own);
    const seeded = pieces.map((p, i) => own(p, (i * 2654435761) | 0));
    expect(useZlibChecksums()).toBe(true);
    expect(pkg.buf).not.toBe(own);
    expect(run(pkg.buf)).toEqual(expected);
    expect(pieces.map((p, i) => pkg.buf(p, (i * 2654435761) | 0))).toEqual(seeded);
    expect(useZlibChecksums()).toBe(true);
  });

  it('leaves a streamed workbook whose entries pass their checksums', async () => {
    const bytes = await buildWorkbook(FIXTURE_TABLES, FIXTURE_META, null);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) await zip.file(name)!.async('uint8array');
  });
});
