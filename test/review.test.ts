import ExcelJS from 'exceljs';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReview } from '../pipeline/review.ts';

async function setUp(reviewRows: (string | number | null)[][]) {
  const dir = await mkdtemp(join(tmpdir(), 'pb-review-'));
  await mkdir(join(dir, 'tables'));
  await writeFile(join(dir, 'tables', 'commitments.csv'), 'commitment_id,article_id,funder\nc1,a1,Harbor Fund\nc2,a1,Bay Bank\n');
  await writeFile(join(dir, 'tables', 'jobs.csv'), 'job_id,article_id,count\nj1,a1,400\n');
  const corrections = join(dir, 'corrections.csv');
  await writeFile(corrections, 'table,row_id,column,value,note\ncommitments,c1,status,approved,old\njobs,j1,count,450,keep\n');
  const book = new ExcelJS.Workbook();
  book.addWorksheet('About').addRow(['run', 'test']);
  const sheet = book.addWorksheet('Review');
  sheet.addRow(['table', 'row_id', 'column', 'value', 'note']);
  for (const r of reviewRows) sheet.addRow(r);
  const workbook = join(dir, 'pledgebook.xlsx');
  await book.xlsx.writeFile(workbook);
  return { dir, corrections, workbook };
}

const now = new Date('2025-03-04T05:06:07Z');

describe('review import', () => {
  it('merges filled rows into corrections.csv, replacing the same cell, after a backup', async () => {
    const { dir, corrections, workbook } = await setUp([
      ['commitments', 'c1', 'status', 'signed', 'per ministry'],
      [null, null, null, null, null],
      ['commitments', 'c1', 'amount', 1250000000, ''],
      ['commitments', 'c2', '_drop', '', 'not a pledge'],
    ]);
    const result = await importReview({ workbook, correctionsPath: corrections, now });
    expect(result).toMatchObject({ ok: true, added: 3, replaced: 1 });
    expect(await readFile(corrections, 'utf8')).toBe(
      [
        'table,row_id,column,value,note',
        'jobs,j1,count,450,keep',
        'commitments,c1,status,signed,per ministry',
        'commitments,c1,amount,1250000000,',
        'commitments,c2,_drop,,not a pledge',
        '',
      ].join('\n'),
    );
    const backups = (await readdir(dir)).filter((f) => f.includes('.bak-'));
    expect(backups).toEqual(['corrections.csv.bak-2025-03-04T05-06-07-000Z']);
    expect(await readFile(join(dir, backups[0]!), 'utf8')).toContain('commitments,c1,status,approved,old');
  });

  it('refuses a workbook whose rows do not exist in the current run, naming them', async () => {
    const { corrections, workbook } = await setUp([
      ['commitments', 'c1', 'status', 'signed', ''],
      ['commitments', 'zz9', 'status', 'signed', ''],
      ['jobs', 'j7', 'count', '3', ''],
    ]);
    const before = await readFile(corrections, 'utf8');
    const result = await importReview({ workbook, correctionsPath: corrections, now });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      `${workbook}: refused, these rows do not exist in the current run (${join(workbook, '..', 'tables')}): commitments zz9, jobs j7; nothing imported`,
    ]);
    expect(await readFile(corrections, 'utf8')).toBe(before);
  });

  it('refuses a malformed row', async () => {
    const { corrections, workbook } = await setUp([['deals', 'c1', 'status', 'signed', '']]);
    const result = await importReview({ workbook, correctionsPath: corrections, now });
    expect(!result.ok && result.problems[0]).toMatch(/Review row 2: table "deals"/);
  });
});
