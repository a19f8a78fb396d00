#!/usr/bin/env node
/**
 * `npm start`: runs the CLI (pipeline/cli.ts) from an esbuild bundle (see bundle.mjs for why),
 * built on the first run after a source change. `npm run bench` runs scripts/bench.ts the same
 * way (`node scripts/start.mjs scripts/bench.ts ...`), so its figures are those of the code users
 * run. When no bundle can be built, the TypeScript sources run through tsx instead: slower to
 * start, the same output.
 */
import { pathToFileURL } from 'node:url';
import { bundled, CLI_BUNDLE } from './bundle.mjs';

// The heap's growth is set by the run once it knows the corpus's size: pipeline/io/heapGrowth.ts.

const named = process.argv[2]?.endsWith('.ts') ? process.argv[2] : null;
const entry = named ?? 'pipeline/cli.ts';
const args = process.argv.slice(named ? 3 : 2);
// The entry reads its arguments from process.argv, as it would run directly.
process.argv.splice(2, process.argv.length - 2, ...args);

async function load() {
  let bundle = null;
  try {
    // The CLI with its packages inside (it loads in about half the time); other entries (the
    // benchmark) with their packages as imports, as before: only the CLI's were checked to run
    // from inside a bundle.
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
