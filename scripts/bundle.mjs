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
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = new URL('..', import.meta.url).pathname;
const CACHE_DIR = join(ROOT, 'node_modules/.cache/pledgebook');
/** Folders whose files a bundle may contain; packages stay imports and are not hashed. */
const SOURCE_DIRS = ['pipeline', 'scripts'];
const SOURCE_FILE = /\.(ts|mts|mjs)$/;

/**
 * What the CLI's bundle leaves outside, as imports resolved from node_modules: packages that find
 * files on disk relative to themselves (exceljs its templates, puppeteer-core its own modules by
 * path, piscina its worker script, esbuild its binary). Every other package is copied in: loading
 * the CLI with its packages as imports took 2.0-2.3 s (hundreds of ES modules resolved and compiled
 * one by one: vega, vega-lite, chrono-node, linkedom, zod...), and 1.1-1.4 s with them inside
 * (`node -e "await import(bundle)"`, 3 runs each, in two windows). That is paid by every run,
 * before the first article.
 */
export const CLI_BUNDLE = { packagesInside: true, outside: ['exceljs', 'puppeteer-core', 'piscina', 'esbuild'] };

/** A key over the sources' paths and bytes, the entry and the bundler's version: any change is a new bundle. */
export function bundleKey(sources, entry, bundlerVersion, packagesInside = false, outside = []) {
  const hash = createHash('sha256').update(bundlerVersion).update('\0').update(entry).update('\0');
  // Bundled packages are copies: the lockfile's bytes stand for their versions.
  if (packagesInside) hash.update('packages inside').update('\0');
  for (const name of [...outside].sort()) hash.update(`outside ${name}`).update('\0');
  for (const s of [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(s.path).update('\0').update(s.bytes).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function projectSources(packagesInside) {
  const lists = await Promise.all(
    SOURCE_DIRS.map(async (dir) => {
      const entries = await readdir(join(ROOT, dir), { withFileTypes: true, recursive: true });
      return entries.filter((e) => e.isFile() && SOURCE_FILE.test(e.name)).map((e) => join(e.parentPath, e.name));
    }),
  );
  const files = lists.flat().map((path) => path.slice(ROOT.length));
  // A bundle holding packages goes stale when they change: npm rewrites this file on every install.
  if (packagesInside) files.push('node_modules/.package-lock.json');
  return Promise.all(files.map(async (path) => ({ path, bytes: await readFile(join(ROOT, path)).catch(() => new Uint8Array()) })));
}

/**
 * What a bundle with packages inside needs from CommonJS: `require` for the packages' own
 * requires of Node built-ins, and `__filename`/`__dirname` (a package may name its temp files
 * after them).
 */
const COMMONJS_SHIMS = [
  "import { createRequire as __pledgebookRequire } from 'node:module';",
  "import { fileURLToPath as __pledgebookPath } from 'node:url';",
  'const require = __pledgebookRequire(import.meta.url);',
  'const __filename = __pledgebookPath(import.meta.url);',
  "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
].join('\n');

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
 *
 * `packagesInside`: copy the packages into the bundle too. One file loads several times faster
 * than the hundreds of modules of zod, chrono-node and linkedom (an extraction worker was ready
 * in 0.55 s instead of 1.2-1.7 s), but only for packages that find nothing on disk relative to
 * themselves: those are named in `outside` and stay imports (see CLI_BUNDLE).
 */
export async function bundled(entry, prefix, { packagesInside = false, outside = [] } = {}) {
  const esbuild = await import('esbuild');
  const key = bundleKey(await projectSources(packagesInside), entry, esbuild.version, packagesInside, outside);
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
    // Otherwise packages stay imports, resolved from node_modules as the sources' are.
    ...(packagesInside ? { banner: { js: COMMONJS_SHIMS }, external: outside } : { packages: 'external' }),
    plugins: [ownImportMetaUrl],
    write: false,
    logLevel: 'silent',
  });
  await mkdir(CACHE_DIR, { recursive: true });
  // Temp file then rename: two runs building at once never see half a bundle.
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, result.outputFiles[0].contents);
  await rename(temp, target);
  await pruneBundles(CACHE_DIR, prefix, target);
  return target;
}

/** How long a bundle of other sources is kept: a run started before the sources changed may still start workers from it. */
export const BUNDLE_KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the bundles in `dir` named `prefix`*.mjs, other than `target`, last written more than `keepMs` before `now`.
 * (Removing every other bundle at once broke a run still going when the sources changed: the benchmark, with the
 * extractor edited meanwhile, lost its workers' module, ERR_MODULE_NOT_FOUND.)
 */
export async function pruneBundles(dir, prefix, target, now = Date.now(), keepMs = BUNDLE_KEEP_MS) {
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if (!name.startsWith(prefix) || !name.endsWith('.mjs') || path === target) continue;
    const written = await stat(path).then((s) => s.mtimeMs, () => null);
    if (written !== null && now - written > keepMs) await rm(path, { force: true });
  }
}
