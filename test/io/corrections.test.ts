import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorrections, writeCorrections } from '../../pipeline/io/corrections.ts';

describe('corrections file', () => {
  it('reads good rows and reports bad ones with file and line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pb-corr-'));
    const path = join(dir, 'corrections.csv');
    await writeFile(path, 'table,row_id,column,value,note\ncommitments,c1,status,signed,seen in filing\ndeals,c2,status,signed,\njobs,,count,5,\n');
    const { corrections, problems } = await readCorrections(path);
    expect(corrections).toEqual([{ table: 'commitments', row_id: 'c1', column: 'status', value: 'signed', note: 'seen in filing' }]);
    expect(problems.map((p) => [p.kind, p.severity, p.row_ids])).toEqual([
      ['correction_invalid', 'error', `${path}:3`],
      ['correction_invalid', 'error', `${path}:4`],
    ]);
    expect(problems[0]!.message).toMatch(new RegExp(`^${path} line 3: table "deals"`));
  });

  it('treats a missing file as no corrections', async () => {
    expect(await readCorrections('/nonexistent/corrections.csv')).toEqual({ corrections: [], problems: [] });
  });

  it('backs up the previous file before replacing it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pb-corr-'));
    const path = join(dir, 'corrections.csv');
    await writeFile(path, 'table,row_id,column,value,note\n');
    const backup = await writeCorrections(path, [{ table: 'jobs', row_id: 'j1', column: 'count', value: '5', note: '' }], new Date('2025-01-02T03:04:05Z'));
    expect(backup).toBe(`${path}.bak-2025-01-02T03-04-05-000Z`);
    expect(await readFile(backup!, 'utf8')).toBe('table,row_id,column,value,note\n');
    expect(await readFile(path, 'utf8')).toBe('table,row_id,column,value,note\njobs,j1,count,5,\n');
    expect((await readdir(dir)).sort()).toEqual(['corrections.csv', 'corrections.csv.bak-2025-01-02T03-04-05-000Z']);
  });
});
