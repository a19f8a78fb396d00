/**
 * Builds (once per source change) an esbuild bundle of one of the pipeline's TypeScript entry
 * points, in node_modules/.cache/pledgebook/, so that the CLI (`npm start`) and the extraction
 * workers run plain JavaScript instead of the sources through tsx.
 *
 * Why: tsx compiles every module on each start (about 2 s of CPU before the first article,
 * measured with `--help`: 4.5 s under tsx, 2.2 s from the bundle) and its transform names every
 * closure (esbuild's keepNames), which costs the hot paths about a quarter of their CPU.
 *
 * Plain JavaScript, like find-browser.mjs, because the CLI's launcher must run before any
 * TypeScript tooling does. The bundle's name carries a hash of every source file it can contain
 * (pipeline/ and scripts/, .ts and .mjs) and of esbuild's version, so an edited rule is never run
 * stale. Each module keeps its own `import.meta.url` (a bundle would otherwise give every module
 * the bundle's address, and paths such as `../../templates/` would point into node_modules).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = new URL('..', import.meta.url).pathname;
const CACHE_DIR = join(ROOT, 'node_modules/.cache/pledgebook');
/** Folders whose files a bundle may contain; packages stay imports and are not hashed. */
const SOURCE_DIRS = ['pipeline', 'scripts'];
const SOURCE_FILE = /\.(ts|mts|mjs)$/;

/** A key over the sources' paths and bytes, the entry and the bundler's version: any change is a new bundle. */
export function bundleKey(sources, entry, bundlerVersion) {
  const hash = createHash('sha256').update(bundlerVersion).update('\0').update(entry).update('\0');
  for (const s of [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(s.path).update('\0').update(s.bytes).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function projectSources() {
  const lists = await Promise.all(
    SOURCE_DIRS.map(async (dir) => {
      const entries = await readdir(join(ROOT, dir), { withFileTypes: true, recursive: true });
      return entries.filter((e) => e.isFile() && SOURCE_FILE.test(e.name)).map((e) => join(e.parentPath, e.name));
    }),
  );
  return Promise.all(lists.flat().map(async (path) => ({ path: path.slice(ROOT.length), bytes: await readFile(path) })));
}

/** esbuild plugin: `import.meta.url` in each project module is that module's own file URL. */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mts|mjs)$/ }, async (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const source = await readFile(args.path, 'utf8');
      return {
        contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: args.path.endsWith('.mjs') ? 'js' : 'ts',
      };
    });
  },
};

/**
 * The path of a bundle of `entry` (relative to the project root, e.g. 'pipeline/cli.ts'), built
 * if these sources have none yet. Rejects when it cannot be built (no esbuild, a read-only
 * folder): callers then run the sources through tsx, slower but the same output.
 */
export async function bundled(entry, prefix) {
  const esbuild = await import('esbuild');
  const key = bundleKey(await projectSources(), entry, esbuild.version);
  const target = join(CACHE_DIR, `${prefix}${key}.mjs`);
  try {
    await readFile(target);
    return target;
  } catch {
    // Not built yet for these sources.
  }
  const result = await esbuild.build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages stay imports, resolved from node_modules as the sources' are.
    packages: 'external',
    plugins: [ownImportMetaUrl],
    write: false,
    logLevel: 'silent',
  });
  await mkdir(CACHE_DIR, { recursive: true });
  // Temp file then rename: two runs building at once never see half a bundle.
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, result.outputFiles[0].contents);
  await rename(temp, target);
  // Bundles of older sources are never used again.
  for (const name of await readdir(CACHE_DIR)) {
    if (name.startsWith(prefix) && name.endsWith('.mjs') && join(CACHE_DIR, name) !== target) await rm(join(CACHE_DIR, name), { force: true });
  }
  return target;
}
