/**
 * What the extraction workers run: a bundle of pipeline/extractWorker.ts (scripts/bundle.mjs
 * builds it once per source change), instead of the TypeScript sources through tsx.
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

const ENTRY = join(new URL('..', import.meta.url).pathname, 'extractWorker.ts');

export interface WorkerEntry {
  /** file: URL of the worker module. */
  filename: string;
  /** Node flags for the worker threads: none for the bundle, tsx's loader for the sources. */
  execArgv: string[];
  bundled: boolean;
}

/** The TypeScript sources through tsx: always works, whoever runs the pipeline (tsx, vitest, node). */
export const SOURCE_ENTRY: WorkerEntry = { filename: pathToFileURL(ENTRY).href, execArgv: ['--import', 'tsx'], bundled: false };

let built: Promise<WorkerEntry> | null = null;

/** The bundle, built once per process (and once per source change on disk); the sources when it cannot be built. */
export function workerEntry(): Promise<WorkerEntry> {
  built ??= bundled('pipeline/extractWorker.ts', 'extract-worker-', { packagesInside: true }).then(
    (path): WorkerEntry => ({ filename: pathToFileURL(path).href, execArgv: [], bundled: true }),
    () => SOURCE_ENTRY,
  );
  return built;
}
