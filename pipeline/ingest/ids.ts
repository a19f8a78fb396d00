/** Content hashes: ids that stay the same when the same file is ingested again, on any machine. */
import { createHash } from 'node:crypto';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `a` + 12 hex of sha256(source file, part, text): stable across runs, different for every article. */
export function articleId(sourceFile: string, part: number, text: string): string {
  return `a${sha256Hex(`${sourceFile}\n${part}\n${text}`).slice(0, 12)}`;
}
