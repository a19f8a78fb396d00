import { readFileSync } from 'node:fs';

/** The package version, read once from package.json so run.json and the workbook's About sheet agree. */
export const PACKAGE_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
