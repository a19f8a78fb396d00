/**
 * Every file pledgebook writes goes through here: written to a temporary name beside the target,
 * flushed, then renamed into place, so a run killed at any moment leaves the previous file whole.
 */
import writeFileAtomic from 'write-file-atomic';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * `durable: false` skips the fsync: for files whose loss costs only time (cache entries: a torn one
 * fails to parse and is a miss), where 10,000 flushes to disk would cost more than the run.
 */
export async function writeFileSafely(path: string, data: string | Uint8Array, options: { durable?: boolean } = {}): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, typeof data === 'string' ? data : Buffer.from(data), { fsync: options.durable ?? true });
}

/**
 * The same guarantee for output too large to hold as one string (a table of 100,000 articles):
 * the pieces are written one by one to the temporary file, which is renamed only once complete.
 */
export async function writeChunksSafely(
  path: string,
  chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    for await (const chunk of chunks) await (typeof chunk === 'string' ? handle.write(chunk) : handle.write(chunk));
    await handle.sync();
    await handle.close();
    await rename(temporary, path);
  } catch (error) {
    await handle.close().catch(() => {});
    await unlink(temporary).catch(() => {});
    throw error;
  }
}
