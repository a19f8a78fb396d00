import { PassThrough as NodePassThrough, type Writable } from 'node:stream';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { needsDrain } from '../../pipeline/render/streamedSheet.ts';

// The zip's entry streams: readable-stream's copies of Node's streams, without `writableNeedDrain`.
const require = createRequire(import.meta.url);
const { PassThrough: PackagePassThrough } = require('readable-stream') as { PassThrough: new (options?: object) => Writable };

describe('needsDrain: back-pressure from either kind of stream', () => {
  it.each([
    ['node:stream', () => new NodePassThrough({ highWaterMark: 4 })],
    ['readable-stream', () => new PackagePassThrough({ highWaterMark: 4 })],
  ])('%s: false while under its high-water mark, true once a write returned false, false again after drain', async (_, make) => {
    const pipe = make();
    expect(needsDrain(pipe)).toBe(false);
    expect(pipe.write(Buffer.from('ab'))).toBe(true);
    expect(needsDrain(pipe)).toBe(false);
    expect(pipe.write(Buffer.from('cdefgh'))).toBe(false);
    expect(needsDrain(pipe)).toBe(true);
    const drained = new Promise((resolve) => pipe.once('drain', resolve));
    (pipe as unknown as NodePassThrough).resume();
    await drained;
    expect(needsDrain(pipe)).toBe(false);
  });
});
