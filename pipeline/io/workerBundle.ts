/**
 * What the extraction workers run: a bundle of pipeline/extractWorker.ts built with esbuild, in
 * node_modules/.cache/pledgebook/, instead of the TypeScript sources through tsx.
 *
 * Why: under tsx each worker starts its own loader thread and compiles some forty modules, and
 * tsx's transform names every closure it makes (esbuild's keepNames), which costs the extractor's
 * hot paths about a quarter of their CPU (measured on a 1,000-article bench corpus: 6.6 s user
 * for the bundle, 8.6 s under tsx). The bundle's name carries a hash of every source file under
 * pipeline/ and esbuild's version, so an edited rule is never run stale; when the bundle cannot be
 * built (no esbuild, a read-only folder) the workers fall back to tsx, slower but the same output.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const PIPELINE_DIR = new URL('..', import.meta.url).pathname;
const CACHE_DIR = new URL('../../node_modules/.cache/pledgebook/', import.meta.url).pathname;
const ENTRY = join(PIPELINE_DIR, 'extractWorker.ts');
const PREFIX = 'extract-worker-';

export interface WorkerEntry {
  /** file: URL of the worker module. */
  filename: string;
  /** Node flags for the worker threads: none for the bundle, tsx's loader for the sources. */
  execArgv: string[];
  bundled: boolean;
}

/** The TypeScript sources through tsx: always works, whoever runs the pipeline (tsx, vitest, node). */
export const SOURCE_ENTRY: WorkerEntry = { filename: new URL('file://' + ENTRY).href, execArgv: ['--import', 'tsx'], bundled: false };

/** A key over the sources' paths and bytes and the bundler's version: any change is a new bundle. */
export function bundleKey(sources: readonly { path: string; bytes: Uint8Array }[], bundlerVersion: string): string {
  const hash = createHash('sha256').update(bundlerVersion).update('\0');
  for (const s of [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(s.path).update('\0').update(s.bytes).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function pipelineSources(): Promise<{ path: string; bytes: Uint8Array }[]> {
  const entries = await readdir(PIPELINE_DIR, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map(async (path) => ({ path: path.slice(PIPELINE_DIR.length), bytes: await readFile(path) })));
}

let built: Promise<WorkerEntry> | null = null;

/** The bundle, built once per process (and once per source change on disk); the sources when it cannot be built. */
export function workerEntry(): Promise<WorkerEntry> {
  built ??= buildBundle().catch(() => SOURCE_ENTRY);
  return built;
}

async function buildBundle(): Promise<WorkerEntry> {
  const esbuild = await import('esbuild');
  const key = bundleKey(await pipelineSources(), esbuild.version);
  const target = join(CACHE_DIR, `${PREFIX}${key}.mjs`);
  const entry: WorkerEntry = { filename: new URL('file://' + target).href, execArgv: [], bundled: true };
  try {
    await readFile(target);
    return entry;
  } catch {
    // Not built yet for these sources.
  }
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages stay imports, resolved from node_modules as the sources' are.
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  await mkdir(CACHE_DIR, { recursive: true });
  // Temp file then rename: two runs building at once never see half a bundle.
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, result.outputFiles[0]!.contents);
  await rename(temp, target);
  // Bundles of older sources are never used again.
  for (const name of await readdir(CACHE_DIR)) {
    if (name.startsWith(PREFIX) && name.endsWith('.mjs') && join(CACHE_DIR, name) !== target) await rm(join(CACHE_DIR, name), { force: true });
  }
  return entry;
}
