import { describe, expect, it } from 'vitest';
import { formatBounded, formatCount, formatDate, formatMoney, formatPercent, formatQuantity } from '../../pipeline/render/format.ts';
import { isWebUrl, safeText } from '../../pipeline/render/safeText.ts';

describe('number formats for the brief', () => {
  it.each([
    [1.035e10, 'USD', '$10.35 billion'],
    [1.3e6, 'USD', '$1.3 million'],
    [996e6, 'USD', '$996 million'],
    [250_000, 'USD', '$250,000'],
    [2e12, 'USD', '$2 trillion'],
    [83e9, 'INR', 'INR 83 billion'],
    [null, 'USD', '—'],
  ])('formatMoney(%s, %s) = %s', (v, c, want) => expect(formatMoney(v, c)).toBe(want));

  it.each([
    [13500, '13,500'], [null, '—'], [4300, '4,300'],
  ])('formatCount(%s) = %s', (v, want) => expect(formatCount(v)).toBe(want));

  it('formats quantities, percents and dates', () => {
    expect([formatQuantity(1.5e6), formatPercent(15.2777), formatDate('2025-03-04'), formatDate(null), formatDate('spring')])
      .toEqual(['1.5 million', '15.3%', '4 March 2025', null, 'spring']);
  });

  it.each([
    [[2e9, 2e9, null], { main: 'at least $2 billion', note: null }],
    [[4e9, 4.5e9, null], { main: 'at least $4 billion', note: '$4.5 billion counting every "up to" amount in full' }],
    [[1e9, 1.5e9, 2e9], { main: '$1 billion to $2 billion', note: 'central estimate $1.5 billion' }],
    [[3e9, 3e9, 3e9], { main: '$3 billion', note: null }],
    [[null, null, null], { main: '—', note: null }],
  ] as const)('formatBounded(%j)', ([low, value, high], want) => {
    expect(formatBounded(low, value, high, (v) => formatMoney(v))).toEqual(want);
  });
});

describe('safeText and isWebUrl', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', "'\rCR"],
    ['Kenya', 'Kenya'],
    ['a=b', 'a=b'],
  ])('safeText(%j) = %j', (text, want) => expect(safeText(text)).toBe(want));

  it('quotes exactly the texts the rule as first written (a regular expression) quotes', () => {
    const rule = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
    const texts = [''];
    for (let code = 0; code < 0x3100; code++) texts.push(String.fromCharCode(code), `${String.fromCharCode(code)}=x`, `a${String.fromCharCode(code)}`);
    for (const text of texts) expect(safeText(text)).toBe(rule(text));
  });

  it.each([
    ['https://a.example/x', true], ['http://a.example', true], ['javascript:alert(1)', false], ['file:///etc/passwd', false],
    ['data:text/html,x', false], ['not a url', false], [null, false],
  ])('isWebUrl(%j) = %s', (url, want) => expect(isWebUrl(url)).toBe(want));
});
