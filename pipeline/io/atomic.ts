/**
 * Every file pledgebook writes goes through here: written to a temporary name beside the target,
 * flushed, then renamed into place, so a run killed at any moment leaves the previous file whole.
 */
import writeFileAtomic from 'write-file-atomic';
import { mkdir, open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import * as messages from '../messages.ts';

/**
 * `durable: false` skips the fsync: for files whose loss costs only time (cache entries: a torn one
 * fails to parse and is a miss), where 10,000 flushes to disk would cost more than the run.
 */
export async function writeFileSafely(path: string, data: string | Uint8Array, options: { durable?: boolean } = {}): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, typeof data === 'string' ? data : Buffer.from(data), { fsync: options.durable ?? true });
}

/** A piece of a file: text (written as UTF-8), bytes, or a run of byte pieces written in order with one system call. */
export type Chunk = string | Uint8Array | readonly Uint8Array[];

/**
 * The same guarantee for output too large to hold as one string (a table of 100,000 articles):
 * the pieces are written one by one to the temporary file, which is renamed only once complete.
 *
 * A text piece is encoded into one buffer reused for every piece (grown when a piece needs more),
 * not into a new buffer per piece as `handle.write(text)` does: V8 counts the memory outside its
 * heap that buffers hold, and every 64 MB more of it since the last full collection starts
 * another one, which on a large run marks a heap of hundreds of MB each time.
 */
export async function writeChunksSafely(
  path: string,
  chunks: Iterable<Chunk> | AsyncIterable<Chunk>,
  options: { durable?: boolean } = {},
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${temporaryPrefix(path)}${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temporary, 'w');
  let scratch = Buffer.allocUnsafe(0);
  try {
    for await (const chunk of chunks) {
      if (typeof chunk === 'string') {
        // A UTF-16 unit is at most 3 bytes of UTF-8.
        if (scratch.length < chunk.length * 3) scratch = Buffer.allocUnsafe(Math.max(chunk.length * 3, MIN_SCRATCH_BYTES));
        await writeAll(handle, scratch.subarray(0, scratch.write(chunk, 0, 'utf8')), path);
      } else if (chunk instanceof Uint8Array) {
        await writeAll(handle, chunk, path);
      } else {
        await writeAllOf(handle, chunk, path);
      }
    }
    if (options.durable ?? true) await handle.sync();
    await handle.close();
    await rename(temporary, path);
  } catch (error) {
    await handle.close().catch(() => {});
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

const MIN_SCRATCH_BYTES = 1 << 16;

/** writeChunksSafely's temporary files for `path` are named `<path>.<pid>.<random>.tmp`. */
function temporaryPrefix(path: string): string {
  return `${path}.${process.pid}.`;
}

/**
 * Removes what writeChunksSafely left for `path` in this process when it was stopped before it
 * could clean up (a worker thread terminated mid-write: the threads share the pid).
 */
export async function removeTemporaries(path: string): Promise<void> {
  const prefix = basename(temporaryPrefix(path));
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp')).map((n) => unlink(join(dirname(path), n)).catch(() => {})));
}

/** Writes all of `bytes` to the file for `path` (one write may take only part of them). */
async function writeAll(handle: FileHandle, bytes: Uint8Array, path: string): Promise<void> {
  let at = 0;
  while (at < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, at, bytes.length - at);
    if (bytesWritten <= 0) throw new Error(messages.run.writeStalled(path, at, bytes.length));
    at += bytesWritten;
  }
}

/** Writes a run of pieces in order: one writev, then piece by piece whatever it did not take. */
async function writeAllOf(handle: FileHandle, pieces: readonly Uint8Array[], path: string): Promise<void> {
  if (pieces.length === 0) return;
  let { bytesWritten: left } = await handle.writev(pieces as Uint8Array[]);
  for (const piece of pieces) {
    if (left >= piece.length) {
      left -= piece.length;
      continue;
    }
    await writeAll(handle, piece.subarray(left), path);
    left = 0;
  }
}
