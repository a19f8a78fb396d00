/**
 * The name scan passes over a token unless it is in the set of ways a reference name's first token
 * may be written (mayStartName). That set must stand exactly for sameToken against some first
 * token: checked here by brute force, on the tokens of the fixture index and case variants of them.
 */
import { describe, expect, it } from 'vitest';
import { mayStartName, nameFirstTokens } from '../../pipeline/extract/entities.ts';
import { index } from './entityIndex.fixture.ts';

// The rule of entities.ts's sameToken, written out again.
function sameToken(textTok: string, refTok: string): boolean {
  if (textTok === refTok) return true;
  if (textTok.length > 1 && textTok === refTok.toUpperCase() && /\p{Lu}/u.test(textTok)) return true;
  return refTok === refTok.toLowerCase() && textTok === refTok.charAt(0).toUpperCase() + refTok.slice(1);
}

const bruteForce = (token: string) => [...nameFirstTokens(index)].some((ref) => sameToken(token, ref));

describe('mayStartName', () => {
  const refs = [...nameFirstTokens(index)];
  const variants = (t: string) => [t, t.toLowerCase(), t.toUpperCase(), t.charAt(0).toUpperCase() + t.slice(1), t.charAt(0).toLowerCase() + t.slice(1), t.slice(1), `${t}s`];
  const probes = [...new Set([...refs.flatMap(variants), 'the', 'The', 'THE', 'of', 'Of', 'OF', '&', '-', "'", 'Türkiye', 'TÜRKIYE', 'a', 'A', 'x', 'Bank', 'BANK', 'bank'])];

  it('has fixture tokens to check', () => {
    expect(refs.length).toBeGreaterThan(20);
  });

  it('answers as sameToken against every first token does, for every probe', () => {
    const wrong = probes.filter((token) => mayStartName(token, index) !== bruteForce(token));
    expect(wrong).toEqual([]);
    expect(probes.filter((token) => mayStartName(token, index)).length).toBeGreaterThan(refs.length);
  });
});
