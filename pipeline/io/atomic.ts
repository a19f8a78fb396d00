/**
 * Every file pledgebook writes goes through here: written to a temporary name beside the target,
 * flushed, then renamed into place, so a run killed at any moment leaves the previous file whole.
 */
import writeFileAtomic from 'write-file-atomic';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function writeFileSafely(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, typeof data === 'string' ? data : Buffer.from(data), { fsync: true });
}
