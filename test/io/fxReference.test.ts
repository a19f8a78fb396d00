import { describe, expect, it } from 'vitest';
import { loadCountryExports, loadFxRates, parseCountryExports, parseFxRates } from '../../pipeline/io/fxReference.ts';

describe('reference loaders', () => {
  it('parses rates and exports', () => {
    expect(parseFxRates('fx.csv', 'currency,date,usd_per_unit,source\nEUR,2024-01-01,1.08,ECB annual average\n')).toEqual([
      { currency: 'EUR', date: '2024-01-01', usd_per_unit: 1.08, source: 'ECB annual average' },
    ]);
    expect(parseCountryExports('ex.csv', 'country,year,exports_usd,source\nChile,2023,"100,000,000,000",test\n')).toEqual([
      { country: 'Chile', year: 2023, exports_usd: 100e9, source: 'test' },
    ]);
  });

  it.each([
    ['currency,date,usd_per_unit,source\neuro,2024-01-01,1.08,x\n', 'fx.csv line 2: currency "euro"'],
    ['currency,date,usd_per_unit,source\nEUR,2024,1.08,x\n', 'fx.csv line 2: date "2024"'],
    ['currency,date,usd_per_unit,source\nEUR,2024-01-01,-1,x\n', 'fx.csv line 2: usd_per_unit "-1"'],
    ['currency,date,usd_per_unit,source\nEUR,2024-01-01,1.08,\n', 'fx.csv line 2: source ""'],
  ])('refuses a bad row naming line and value', (text, message) => {
    expect(() => parseFxRates('fx.csv', text)).toThrow(message);
  });

  it('reads the shipped tables, every row with a source', async () => {
    const rates = await loadFxRates('data/reference/fx_rates.csv');
    expect(rates.length).toBeGreaterThan(20);
    expect(rates.every((r) => r.source.length > 10)).toBe(true);
    expect(rates.find((r) => r.currency === 'SAR')?.usd_per_unit).toBeCloseTo(1 / 3.75, 6);
    expect(await loadCountryExports('data/reference/country_exports.csv')).toEqual([]);
  });

  it('has a rate for the currencies of most cross-border news, each agreeing with the "about N per USD" its source states', async () => {
    const rates = await loadFxRates('data/reference/fx_rates.csv');
    const codes = new Set(rates.map((r) => r.currency));
    for (const code of ['EUR', 'GBP', 'JPY', 'CNY', 'INR', 'PKR', 'IDR', 'KRW', 'BRL', 'ZAR', 'NGN', 'EGP', 'KES', 'BDT', 'VND', 'MAD', 'XOF', 'TWD']) expect(codes, code).toContain(code);
    // A hand-typed rate and the note beside it must say the same thing (within the note's rounding).
    for (const r of rates) {
      const stated = /about ([\d,.]+) ([A-Z]{3}) per USD/.exec(r.source);
      if (stated && stated[2] === r.currency) expect(Math.abs(1 / r.usd_per_unit / Number(stated[1]!.replace(/,/g, '')) - 1), `${r.currency} ${r.date}`).toBeLessThan(0.005);
    }
    // Fixed parities: the CFA franc is 655.957 per euro, at the year's euro rate.
    const euro = rates.find((r) => r.currency === 'EUR' && r.date === '2024-01-01')!.usd_per_unit;
    expect(rates.find((r) => r.currency === 'XOF' && r.date === '2024-01-01')!.usd_per_unit).toBeCloseTo(euro / 655.957, 5);
    expect(await loadFxRates('/nonexistent/fx.csv')).toEqual([]);
  });
});
