/**
 * Reading inputs from disk: a folder (recursively), one article file, or a CSV manifest. This is the
 * only ingest code that touches the file system; it turns each input into bytes plus metadata
 * (`RawInput`) and leaves decoding and cleaning to the pure ingest stage. Files it cannot read become
 * `Rejected` rows. URLs in manifests are metadata only: nothing is ever fetched.
 */
import { readFileSync, statSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import * as messages from '../messages.ts';
import type { Rejected } from '../tables.ts';
import { decodeBytes } from '../ingest/decode.ts';
import { parseManifest, type ManifestRow } from '../ingest/manifest.ts';
import type { IngestOptions, RawInput } from '../stages/ingest.ts';
import { mapLimited } from './mapLimited.ts';

const FORMATS: Record<string, RawInput['format']> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html' };
/** Files read at once: enough to hide disk latency, few enough to stay far from the open-files limit. */
const CONCURRENCY = 32;

export interface ReadInputs {
  inputs: RawInput[];
  rejected: Rejected[];
}

/** Where an input will be read from, before it is read: what a run can hold for 100,000 files at once. */
export type InputSource =
  | { kind: 'file'; absolute: string; file: string; line: number | null; meta: RawInput['meta'] }
  | { kind: 'inline'; input: RawInput };

/** The inputs found, not yet read, and what was rejected before reading (bad manifest rows, paths outside). */
export interface ListedInputs {
  sources: InputSource[];
  rejected: Rejected[];
}

export type ReadOne = { ok: true; input: RawInput } | { ok: false; rejected: Rejected };

function formatOf(path: string): RawInput['format'] | null {
  return FORMATS[extname(path).toLowerCase()] ?? null;
}

/** Display paths use `/` on every platform so ids and tables are the same everywhere. */
function displayPath(path: string): string {
  return path.split(sep).join('/');
}

function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? String(err);
}

/**
 * Read one file, checking its size before reading it so an enormous file is never loaded (and that
 * it is a file: opening a named pipe would wait forever). Synchronous on purpose: for thousands of
 * small files on a local disk, the thread-pool round trips of the promise API cost more than the
 * reads themselves, and the worker threads keep extracting meanwhile.
 */
async function readOne(
  absolute: string,
  file: string,
  line: number | null,
  meta: RawInput['meta'],
  options: IngestOptions,
): Promise<ReadOne> {
  const reject = (reason: string): ReadOne => ({ ok: false, rejected: { file, line, reason } });
  const format = formatOf(absolute);
  if (format === null) return reject(messages.ingest.unsupportedType(extname(absolute) || basename(absolute)));
  try {
    const info = statSync(absolute);
    if (!info.isFile()) return reject(messages.ingest.notAFile(file));
    if (info.size > options.maxArticleBytes) return reject(messages.ingest.tooLarge(info.size, options.maxArticleBytes));
    const bytes = new Uint8Array(readFileSync(absolute));
    return { ok: true, input: { file, line, bytes, text: null, format, meta } };
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return reject(messages.ingest.fileMissing(file));
    return reject(messages.ingest.cannotRead(errorCode(err)));
  }
}

function collect(results: readonly ReadOne[]): ReadInputs {
  const out: ReadInputs = { inputs: [], rejected: [] };
  for (const r of results) {
    if (r.ok) out.inputs.push(r.input);
    else out.rejected.push(r.rejected);
  }
  return out;
}

/** Article files under `root`, relative paths sorted by code unit; dotfiles and other extensions skipped. */
async function listArticleFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    // A symlinked folder pointing back up the tree would otherwise be walked forever.
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(full);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          isFile = formatOf(full) !== null; // a dangling link to an article file: reported as missing
        }
      }
      if (isDir) await walk(full);
      else if (isFile && formatOf(full) !== null) found.push(relative(root, full));
    }
  };
  await walk(root);
  return found.map(displayPath).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function listFolder(root: string): Promise<ListedInputs> {
  const files = await listArticleFiles(root);
  return { sources: files.map((file) => ({ kind: 'file', absolute: join(root, ...file.split('/')), file, line: null, meta: {} })), rejected: [] };
}

/** Where a manifest row's `path` points, or why it may not be read. Paths must stay inside the manifest's folder. */
async function resolveRowPath(
  baseReal: string,
  row: ManifestRow & { path: string },
  file: string,
): Promise<{ ok: true; absolute: string; display: string } | { ok: false; rejected: Rejected }> {
  const reject = (reason: string) => ({ ok: false as const, rejected: { file, line: row.line, reason } });
  const outside = (p: string) => {
    const rel = relative(baseReal, p);
    return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  };
  const lexical = isAbsolute(row.path) ? normalize(row.path) : resolve(baseReal, row.path);
  // Checked before touching the disk, so the manifest cannot probe which files exist elsewhere.
  if (outside(lexical)) return reject(messages.ingest.pathOutside(row.path));
  let real: string;
  try {
    real = await realpath(lexical);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return reject(messages.ingest.fileMissing(row.path));
    return reject(messages.ingest.cannotRead(errorCode(err)));
  }
  // A symlink inside the folder may still lead out of it.
  if (outside(real)) return reject(messages.ingest.pathOutside(row.path));
  return { ok: true, absolute: real, display: displayPath(relative(baseReal, lexical)) };
}

async function listManifest(manifestPath: string): Promise<ListedInputs> {
  const file = basename(manifestPath);
  let text: string;
  try {
    // A manifest may carry many inline articles: it is bounded by the total, not the per-article limit.
    const decoded = decodeBytes(new Uint8Array(await readFile(manifestPath)), Number.MAX_SAFE_INTEGER);
    if (!decoded.ok) return { sources: [], rejected: [{ file, line: null, reason: decoded.reason }] };
    text = decoded.text;
  } catch (err) {
    return { sources: [], rejected: [{ file, line: null, reason: messages.ingest.cannotRead(errorCode(err)) }] };
  }
  const parsed = parseManifest(text, file);
  const baseReal = await realpath(dirname(resolve(manifestPath)));
  const listed = await mapLimited(parsed.rows, CONCURRENCY, async (row): Promise<InputSource | Rejected> => {
    if (row.text !== null) {
      return { kind: 'inline', input: { file, line: row.line, bytes: null, text: row.text, format: 'txt', meta: row.meta } };
    }
    const where = await resolveRowPath(baseReal, row as ManifestRow & { path: string }, file);
    if (!where.ok) return where.rejected;
    return { kind: 'file', absolute: where.absolute, file: where.display, line: row.line, meta: row.meta };
  });
  const sources = listed.filter((x): x is InputSource => 'kind' in x);
  const rejected = [...parsed.rejected, ...listed.filter((x): x is Rejected => !('kind' in x))];
  return { sources, rejected };
}

/** Read one listed input: its bytes, or why it cannot be read. */
export async function loadInput(source: InputSource, options: IngestOptions): Promise<ReadOne> {
  if (source.kind === 'inline') return { ok: true, input: source.input };
  return readOne(source.absolute, source.file, source.line, source.meta, options);
}

/** Find the inputs of a folder, a single article file, or a CSV manifest, without reading them. */
export async function listInputs(inputPath: string): Promise<ListedInputs> {
  let info;
  try {
    info = await stat(inputPath);
  } catch (err) {
    const reason = errorCode(err) === 'ENOENT' ? messages.ingest.fileMissing(inputPath) : messages.ingest.cannotRead(errorCode(err));
    return { sources: [], rejected: [{ file: inputPath, line: null, reason }] };
  }
  if (info.isDirectory()) return listFolder(inputPath);
  if (extname(inputPath).toLowerCase() === '.csv') return listManifest(inputPath);
  return { sources: [{ kind: 'file', absolute: inputPath, file: basename(inputPath), line: null, meta: {} }], rejected: [] };
}

/**
 * Read a folder, a single article file, or a CSV manifest into raw inputs and rejected rows, all at
 * once (the run streams instead: listInputs, then loadInput a window at a time).
 */
export async function readInputs(inputPath: string, options: IngestOptions): Promise<ReadInputs> {
  const listed = await listInputs(inputPath);
  const loaded = collect(await mapLimited(listed.sources, CONCURRENCY, (source) => loadInput(source, options)));
  // Rejections in manifest-line order, as a reader of the manifest would list them.
  const rejected = [...listed.rejected, ...loaded.rejected].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { inputs: loaded.inputs, rejected };
}
