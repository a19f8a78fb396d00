import { describe, expect, it } from 'vitest';
import { partyIndexKeys, sameParty, sameProject } from '../../pipeline/reconcile/names.ts';
import { countryCode, findCountries, findCountry } from '../../pipeline/reconcile/countries.ts';
import { amountsAgree } from '../../pipeline/reconcile/amounts.ts';

describe('sameParty', () => {
  it.each([
    ['International Finance Corporation (IFC)', 'IFC', true],
    ['US Export-Import Bank', 'EXIM', true],
    ['US Export-Import Bank', 'Export-Import Bank of the United States', true],
    ['Japan Bank for International Cooperation', 'JBIC', true],
    ['Barrick Gold Corp.', 'Barrick Gold', true],
    ['U.S.', 'United States', true],
    ['Washington', 'United States', true],
    ['IFC; Asian Development Bank', 'Asian Development Bank; International Finance Corporation', true],
    ['Asian Development Bank', 'Islamic Development Bank', false],
    ['China Development Bank', 'Bank of China', false],
    ['Export-Import Bank of China', 'Export-Import Bank of Korea', false],
    ['IFC', 'IFC; Asian Development Bank', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(sameParty(a, b)).toBe(expected);
  });
});

describe('sameProject', () => {
  it.each([
    ['Reko Diq', 'Riko Diq mine', true],
    ['Reko Diq copper-gold mine', 'REKO DIQ project', true],
    ['Thar Coal Block II', 'Thar coal', true],
    ['oil pipeline project in Pakistan', 'gas pipeline', false],
    ['Port Qasim', 'Port Said', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(sameProject(a, b)).toBe(expected);
  });
});

describe('countries', () => {
  it.each([
    ['U.S.', 'USA'],
    ['Saudi Arabia', 'SAU'],
    ['KSA', 'SAU'],
    ['Pakistani', 'PAK'],
    ['Acme', null],
  ])('countryCode(%s) = %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });
  it('finds a country inside a phrase', () => {
    expect(findCountry('Pakistan’s existing export volume')).toBe('PAK');
    expect(findCountry('Balochistan, Pakistan')).toBe('PAK');
  });
  it.each([
    ['Kenya and Uganda', ['KEN', 'UGA']],
    ['Pakistan and the US', ['PAK', 'USA']],
    ['Papua New Guinea', ['PNG']],
    ['Chile, Peru and Chile', ['CHL', 'PER']],
    ['the Ruhr', []],
    ['', []],
  ])('findCountries(%s) = %j', (text, codes) => {
    expect(findCountries(text)).toEqual(codes);
  });
});

describe('amountsAgree', () => {
  it.each([
    [2e9, 2e9, true],
    [1e9, 1.02e9, true],
    [1.25e9, 1.3e9, true],
    [1.25e9, 1.2e9, false],
    [2e9, 2.4e9, false],
    [2.6e9, 3.5e9, false],
  ])('%d ~ %d: %s', (a, b, expected) => {
    expect(amountsAgree(a, b)).toBe(expected);
  });
});

describe('partyIndexKeys', () => {
  // Spellings that agree and that do not: acronyms, short forms, lists, bare countries, one
  // institution of several countries and of none.
  const NAMES = [
    'International Finance Corporation (IFC)', 'IFC', 'US Export-Import Bank', 'EXIM', 'Export-Import Bank of the United States',
    'Export-Import Bank of China', 'Export-Import Bank of Korea', 'Export-Import Bank', 'Exim Bank', 'China Exim Bank',
    'Japan Bank for International Cooperation', 'JBIC', 'Barrick Gold Corp.', 'Barrick Gold', 'U.S.', 'United States', 'Washington',
    'IFC; Asian Development Bank', 'Asian Development Bank; International Finance Corporation', 'Asian Development Bank',
    'Islamic Development Bank', 'China Development Bank', 'Bank of China', 'Development Bank', 'CDB', 'Masdar', 'Masdar Energy',
    'The', 'of the', 'PAK', 'Pakistan', 'National Bank of Pakistan', 'National Bank',
  ];
  it('gives two names that sameParty matches a key in common, stored by one and probed by the other', () => {
    for (const a of NAMES) {
      for (const b of NAMES) {
        if (!sameParty(a, b)) continue;
        const stored = new Set(partyIndexKeys(a).stored);
        expect(partyIndexKeys(b).probe.some((k) => stored.has(k)), `${a} ~ ${b}`).toBe(true);
      }
    }
  });
  it('keeps one institution of two countries apart', () => {
    const stored = new Set(partyIndexKeys('Export-Import Bank of China').stored);
    expect(partyIndexKeys('Export-Import Bank of Korea').probe.filter((k) => stored.has(k))).toEqual([]);
  });
});
