import { defineConfig } from 'vitest/config';

// CI asks for a JSON report (to print "N passed, N failed") through an environment variable,
// so the test command stays the README's plain `npm test`.
const jsonReport = process.env.PLEDGEBOOK_TEST_JSON;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One temporary folder per run, removed at the end (test/sandboxTmp.ts).
    globalSetup: ['test/sandboxTmp.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests that launch Chromium or LibreOffice are heavy on a 2-core machine.
    maxWorkers: 2,
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
  },
});
