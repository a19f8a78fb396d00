import { describe, expect, it } from 'vitest';
import { mostCounted, tiedBest, uniqueBest } from '../../pipeline/extract/best.ts';

const scores = new Map([['KES', 3], ['UGX', 3], ['TZS', 1], ['RWF', 0]]);

describe('best of several', () => {
  it('keeps every candidate tied at the top, none when all score zero', () => {
    expect(tiedBest(['KES', 'UGX', 'TZS', 'RWF'], scores)).toEqual(['KES', 'UGX']);
    expect(tiedBest(['RWF', 'BIF'], scores)).toEqual([]);
  });
  it('gives one candidate only when it alone scores highest', () => {
    expect(uniqueBest(['KES', 'UGX', 'TZS'], scores)).toBeNull();
    expect(uniqueBest(['KES', 'TZS'], scores)).toBe('KES');
    expect(uniqueBest(['RWF'], scores)).toBeNull();
  });
  it('reads counts the same way', () => {
    expect(mostCounted(new Map([['Kenya', 2], ['Ghana', 1]]))).toBe('Kenya');
    expect(mostCounted(new Map([['Kenya', 2], ['Ghana', 2], ['Togo', 1]]))).toBeNull();
    expect(mostCounted(new Map())).toBeNull();
  });
});
