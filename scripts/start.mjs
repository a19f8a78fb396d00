#!/usr/bin/env node
/**
 * `npm start`: runs the CLI (pipeline/cli.ts) from an esbuild bundle (see bundle.mjs for why),
 * built on the first run after a source change. When no bundle can be built, it runs the
 * TypeScript sources through tsx instead: slower to start, the same output.
 */
import { pathToFileURL } from 'node:url';
import { bundled } from './bundle.mjs';

async function loadCli() {
  try {
    return await import(pathToFileURL(await bundled('pipeline/cli.ts', 'cli-')).href);
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    return import('../pipeline/cli.ts');
  }
}

const cli = await loadCli();
process.exitCode = await cli.main(process.argv.slice(2));
