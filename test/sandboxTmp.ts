import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest's global setup: every test run gets its own temporary folder, and it is removed when the
 * run ends, however the tests ended. Tests make dozens of `mkdtemp` folders (corpora, outputs,
 * LibreOffice and Chromium profiles); before this, each `npm test` left them all in /tmp.
 * Workers and the processes tests spawn inherit TMPDIR, so `os.tmpdir()` points here for them too.
 */
export default function sandboxTmp(): () => void {
  const sandbox = mkdtempSync(join(tmpdir(), 'pledgebook-test-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = sandbox;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(sandbox, { recursive: true, force: true });
  };
}
