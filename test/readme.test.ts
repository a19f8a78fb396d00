/** The README is the user's manual: every column of every table must be documented there. */
import { expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { TABLE_COLUMNS, TABLE_NAMES } from '../pipeline/tables.ts';

const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');

test.each(TABLE_NAMES)('README documents the %s table and each of its columns', (name) => {
  expect(readme).toContain(`### ${name}`);
  const missing = TABLE_COLUMNS[name].filter((column) => !readme.includes(`\`${column}\``));
  expect(missing).toEqual([]);
});

test('README gives the two set-up commands', () => {
  expect(readme).toContain('npm ci && npm start');
  expect(readme).toContain('npm ci && npm test');
});
