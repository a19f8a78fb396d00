#!/usr/bin/env node
/**
 * `npm start`: runs the CLI (pipeline/cli.ts) from an esbuild bundle (see bundle.mjs for why),
 * built on the first run after a source change. `npm run bench` runs scripts/bench.ts the same
 * way (`node scripts/start.mjs scripts/bench.ts ...`), so its figures are those of the code users
 * run. When no bundle can be built, the TypeScript sources run through tsx instead: slower to
 * start, the same output.
 */
import { setFlagsFromString } from 'node:v8';
import { pathToFileURL } from 'node:url';
import { bundled, CLI_BUNDLE } from './bundle.mjs';

/**
 * V8 lets its heap grow to up to several times what is alive before collecting it in full; a run
 * holds every fact to the end and makes a great deal of short-lived garbage, so its peak memory was
 * mostly that slack. Growing the heap by half of what is alive instead (V8 reads the flag at each
 * collection, for the main thread and the workers alike) measured, on one 100,000-article run each:
 * peak 2,746 -> 2,360 MB (at the end of extraction 1,894 -> 1,194 MB), 302 -> 311 s, 5% more CPU.
 */
setFlagsFromString('--heap-growing-percent=50');

const named = process.argv[2]?.endsWith('.ts') ? process.argv[2] : null;
const entry = named ?? 'pipeline/cli.ts';
const args = process.argv.slice(named ? 3 : 2);
// The entry reads its arguments from process.argv, as it would run directly.
process.argv.splice(2, process.argv.length - 2, ...args);

async function load() {
  let bundle = null;
  try {
    // The CLI with its packages inside (it loads in about half the time); other entries (the
    // benchmark, whose wink-nlp model is data on disk) with their packages as imports.
    bundle = await bundled(entry, entry.replace(/^.*\//, '').replace(/\.ts$/, '-'), entry === 'pipeline/cli.ts' ? CLI_BUNDLE : {});
  } catch {
    // No bundle (no esbuild, a read-only folder): the sources through tsx.
  }
  if (bundle) return import(pathToFileURL(bundle).href);
  const { register } = await import('tsx/esm/api');
  register();
  return import(new URL(`../${entry}`, import.meta.url).href);
}

const loaded = await load();
// The CLI exports `main`; a script such as the benchmark does its work when imported.
if (typeof loaded.main === 'function') process.exitCode = await loaded.main(args);
