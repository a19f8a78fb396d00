/**
 * What the worker threads run: a bundle of pipeline/extractWorker.ts (the extraction pool) or of
 * pipeline/workbookWorker.ts (the workbook's thread), built by scripts/bundle.mjs once per source
 * change, instead of the TypeScript sources through tsx.
 *
 * Why: under tsx each worker starts its own loader thread and compiles some forty modules, and
 * tsx's transform names every closure it makes (esbuild's keepNames), which costs the extractor's
 * hot paths about a quarter of their CPU (measured on a 1,000-article bench corpus: 6.6 s user
 * for the bundle, 8.6 s under tsx), and the packages it uses are copied in (a worker is ready in
 * 0.55 s instead of 1.2-1.7 s, which is paid once per worker and per run). When the bundle cannot be built (no esbuild, a read-only
 * folder) the workers fall back to tsx, slower but the same output.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundled } from '../../scripts/bundle.mjs';

const PIPELINE_DIR = new URL('..', import.meta.url).pathname;

export interface WorkerEntry {
  /** file: URL of the worker module. */
  filename: string;
  /** Node flags for the worker threads: none for the bundle, tsx's loader for the sources. */
  execArgv: string[];
  bundled: boolean;
}

/** A worker's TypeScript source through tsx: always works, whoever runs the pipeline (tsx, vitest, node). */
function sourceEntry(file: string): WorkerEntry {
  return { filename: pathToFileURL(join(PIPELINE_DIR, file)).href, execArgv: ['--import', 'tsx'], bundled: false };
}

const built = new Map<string, Promise<WorkerEntry>>();

/**
 * The bundle of pipeline/<file>, built once per process (and once per source change on disk);
 * the source when it cannot be built. `outside`: packages left as imports (see CLI_BUNDLE).
 */
function entryOf(file: string, prefix: string, outside: string[]): Promise<WorkerEntry> {
  let entry = built.get(file);
  if (!entry) {
    entry = bundled(`pipeline/${file}`, prefix, { packagesInside: true, outside }).then(
      (path): WorkerEntry => ({ filename: pathToFileURL(path).href, execArgv: [], bundled: true }),
      () => sourceEntry(file),
    );
    built.set(file, entry);
  }
  return entry;
}

/** The extraction pool's worker. */
export function workerEntry(): Promise<WorkerEntry> {
  return entryOf('extractWorker.ts', 'extract-worker-', []);
}

/** The workbook's thread: exceljs stays an import, as in the CLI's bundle (it reads files relative to itself). */
export function workbookWorkerEntry(): Promise<WorkerEntry> {
  return entryOf('workbookWorker.ts', 'workbook-worker-', ['exceljs']);
}
