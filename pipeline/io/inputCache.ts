/**
 * The extraction cache: each input file's outcome (io/inputOutcome.ts), under a key made of
 * everything its extraction read (extractRunner.ts inputCacheKey), kept in `<out>/.cache/inputs/`.
 *
 * Layout: pack files (`packs/<random>.pack`), each the outcomes of one window of inputs back to
 * back as UTF-8, each after its key and a newline, and one index (`index.tsv`) giving each key's
 * pack, byte offset and byte length. The key is read back with the entry, so an index that points
 * at the wrong bytes (damaged, or edited by hand) gives a miss, never another input's outcome.
 *
 * Why packs and not a file per input: writing 100,000 small files cost a 100,000-article run
 * about 84 CPU-s and 62 s of wall time (file creation is the kernel's work, on the cores the
 * extraction workers need): 5 min 24 s with the cache against 4 min 19 s without. A pack is one
 * file per window of inputs, and a re-run reads each entry with one positioned read of an open
 * pack instead of an open, a read and a close.
 *
 * What it keeps: the index a run writes holds the entries that run read or added, and those it did
 * not use that one of the last KEPT_RUNS runs did (a run over a few files into the same folder
 * does not cost the corpus its cache); a pack no entry refers to any more is removed. The index is
 * replaced whole (temporary file, then rename) and packs are removed only after it, so a run that
 * stops half-way leaves the previous index and its packs whole (and packs of its own that the
 * next run removes). An entry that cannot be read back whole is a miss: the input is done again.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { writeChunksSafely, writeFileSafely } from './atomic.ts';

/** First line of an index, before the run's number; another means an empty cache. */
const INDEX_HEADER = 'pledgebook input cache 2 run ';
/** Runs an entry stays after the last run that used it. */
export const KEPT_RUNS = 20;
const INDEX_FILE = 'index.tsv';
const PACKS_DIR = 'packs';

interface Entry {
  pack: string;
  offset: number;
  length: number;
  /** The number of the last run that read or added it. */
  run: number;
}

export interface InputCache {
  /** The text stored under `key`, or null (not there, or not readable whole). */
  read(key: string): string | null;
  /** Stores these entries, in one new pack. */
  add(entries: readonly { key: string; text: string }[]): Promise<void>;
  /** Writes the index of the entries read or added since opening, and removes the packs it no longer needs. */
  close(): Promise<void>;
  /** Closes the open packs and leaves the index as it was (a run that failed). */
  abandon(): void;
}

/** Opens the cache in `dir` (made when missing). */
export async function openInputCache(dir: string): Promise<InputCache> {
  await mkdir(join(dir, PACKS_DIR), { recursive: true });
  const { entries: stored, run: lastRun } = parseIndex(await readFile(join(dir, INDEX_FILE), 'utf8').catch(() => ''));
  const run = lastRun + 1;
  const kept = new Map<string, Entry>();
  const descriptors = new Map<string, number | null>();
  const descriptorOf = (pack: string): number | null => {
    let fd = descriptors.get(pack);
    if (fd === undefined) {
      try {
        fd = openSync(join(dir, PACKS_DIR, pack), 'r');
      } catch {
        fd = null;
      }
      descriptors.set(pack, fd);
    }
    return fd;
  };
  const closeDescriptors = () => {
    for (const fd of descriptors.values()) if (fd !== null) closeSync(fd);
    descriptors.clear();
  };
  return {
    read(key) {
      const entry = stored.get(key);
      if (!entry) return null;
      const fd = descriptorOf(entry.pack);
      if (fd === null) return null;
      const bytes = Buffer.allocUnsafe(entry.length);
      let read: number;
      try {
        read = readSync(fd, bytes, 0, entry.length, entry.offset);
      } catch {
        return null;
      }
      if (read !== entry.length) return null;
      const text = bytes.toString('utf8');
      if (!text.startsWith(`${key}\n`)) return null;
      kept.set(key, { ...entry, run });
      return text.slice(key.length + 1);
    },
    async add(entries) {
      if (entries.length === 0) return;
      const pack = `${randomBytes(8).toString('hex')}.pack`;
      const placed: [string, Entry][] = [];
      let offset = 0;
      // Entry by entry, each encoded into the writer's one reused buffer: a window of large inputs
      // is never copied whole. No fsync: a lost pack costs only time.
      function* pieces(): Generator<string> {
        for (const e of entries) {
          const piece = `${e.key}\n${e.text}`;
          const length = Buffer.byteLength(piece, 'utf8');
          placed.push([e.key, { pack, offset, length, run }]);
          offset += length;
          yield piece;
        }
      }
      // In place (renamed) only once whole; the index refers to it only after that.
      await writeChunksSafely(join(dir, PACKS_DIR, pack), pieces(), { durable: false });
      for (const [key, entry] of placed) kept.set(key, entry);
    },
    async close() {
      closeDescriptors();
      for (const [key, e] of stored) if (!kept.has(key) && e.run > run - KEPT_RUNS) kept.set(key, e);
      const lines = [`${INDEX_HEADER}${run}`];
      for (const [key, e] of kept) lines.push(`${key}\t${e.pack}\t${e.offset}\t${e.length}\t${e.run}`);
      await writeFileSafely(join(dir, INDEX_FILE), lines.join('\n') + '\n', { durable: false });
      const used = new Set([...kept.values()].map((e) => e.pack));
      for (const name of await readdir(join(dir, PACKS_DIR))) {
        if (!used.has(name)) await rm(join(dir, PACKS_DIR, name), { force: true });
      }
      // Anything else in the folder is an older layout's (a file per input): no index refers to it.
      for (const name of await readdir(dir)) {
        if (name !== INDEX_FILE && name !== PACKS_DIR) await rm(join(dir, name), { recursive: true, force: true });
      }
    },
    abandon: closeDescriptors,
  };
}

/** The index's entries by key, and the number of the run that wrote it; an index that does not read as one gives none. */
function parseIndex(text: string): { entries: Map<string, Entry>; run: number } {
  const entries = new Map<string, Entry>();
  const lines = text.split('\n');
  const run = lines[0]!.startsWith(INDEX_HEADER) ? Number(lines[0]!.slice(INDEX_HEADER.length)) : NaN;
  if (!Number.isSafeInteger(run) || run < 0) return { entries, run: 0 };
  for (let i = 1; i < lines.length; i++) {
    const [key, pack, ...numbers] = lines[i]!.split('\t');
    const [offset, length, used] = numbers.map(Number);
    if (!key || !pack || !/^[0-9a-f]+\.pack$/.test(pack)) continue;
    if (![offset, length, used].every((n) => n !== undefined && Number.isSafeInteger(n) && n >= 0)) continue;
    entries.set(key, { pack, offset: offset!, length: length!, run: used! });
  }
  return { entries, run };
}
