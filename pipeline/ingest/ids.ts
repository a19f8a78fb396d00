/** Content hashes: ids that stay the same when the same file is ingested again, on any machine. */
import * as crypto from 'node:crypto';

/**
 * sha256 hex of a text or bytes. `crypto.hash` where Node has it (20.12+): the same digest as
 * createHash().update().digest(), without a Hash object per call (each input and article is hashed).
 */
export const sha256Hex: (data: string | Uint8Array) => string =
  typeof crypto.hash === 'function'
    ? (data) => crypto.hash('sha256', data, 'hex')
    : (data) => crypto.createHash('sha256').update(data).digest('hex');

/** `a` + 12 hex of sha256(source file, part, text): stable across runs, different for every article. */
export function articleId(sourceFile: string, part: number, text: string): string {
  return `a${sha256Hex(`${sourceFile}\n${part}\n${text}`).slice(0, 12)}`;
}
