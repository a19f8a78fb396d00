import { describe, expect, it } from 'vitest';
import { freezeRows, listKey, memoPerOwner, memoTable } from '../../pipeline/extract/memo.ts';

describe('memoTable', () => {
  it('keeps answers by text and variant', () => {
    const memo = memoTable<number>();
    memo.set('Kestrel Bank lent $2bn.', 1);
    memo.set('Kestrel Bank lent $2bn.', 2, 'with context');
    expect([memo.get('Kestrel Bank lent $2bn.'), memo.get('Kestrel Bank lent $2bn.', 'with context'), memo.get('Other text.')]).toEqual([1, 2, undefined]);
  });

  it('is emptied when full, and goes on keeping answers', () => {
    const memo = memoTable<number>(2);
    memo.set('a', 1);
    memo.set('b', 2);
    memo.set('c', 3);
    expect([memo.get('a'), memo.get('b'), memo.get('c')]).toEqual([undefined, undefined, 3]);
  });

  it('returns the value it keeps', () => {
    const memo = memoTable<{ n: number }>();
    const value = { n: 1 };
    expect(memo.set('x', value)).toBe(value);
  });
});

describe('memoPerOwner', () => {
  it('keeps one table per owner', () => {
    const tables = memoPerOwner<string>();
    const first = {};
    const second = {};
    tables(first).set('Ghana', 'from the first index');
    expect([tables(first).get('Ghana'), tables(second).get('Ghana')]).toEqual(['from the first index', undefined]);
  });
});

describe('freezeRows', () => {
  it('freezes the array and its rows, so a shared answer cannot be changed', () => {
    const rows = freezeRows([{ name: 'Kestrel Bank' }]);
    expect(Object.isFrozen(rows) && Object.isFrozen(rows[0])).toBe(true);
    expect(() => (rows as { name: string }[]).push({ name: 'Other' })).toThrow(TypeError);
    expect(() => ((rows[0] as { name: string }).name = 'Other')).toThrow(TypeError);
  });
});

describe('listKey', () => {
  it.each([
    [['ab', 'c'], ['a', 'bc']],
    [['a,b'], ['a', 'b']],
    [[''], []],
  ])('%j and %j make different keys', (a, b) => {
    expect(listKey(a)).not.toBe(listKey(b));
  });
});
