import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the test run sandbox', () => {
  it('puts every temporary folder a test makes inside one folder that the run removes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pledgebook-probe-'));
    expect(basename(dirname(dir))).toMatch(/^pledgebook-test-/);
  });
});
