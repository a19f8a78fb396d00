import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { findAbsoluteDate, isoDateOf } from '../../pipeline/ingest/dates.ts';

describe('findAbsoluteDate', () => {
  it.each([
    ['21 November 2025', '2025-11-21'],
    ['Nov 3, 2024 10:15 AM GMT', '2024-11-03'],
    ['2024-11-03T10:00:00Z', '2024-11-03'],
    ['Monday, 21 November 2025 14:02 PKT', '2025-11-21'],
    ['25/11/2024', '2024-11-25'],
    ['3/11/2024', null],
    ['7 sec ago', null],
    ['yesterday at 10:00', null],
    ['November 21', null],
    ['March 2024', null],
    ['2025-02-30', null],
  ])('%j → %s', (text, expected) => {
    expect(findAbsoluteDate(text)?.date ?? null).toBe(expected);
  });
});

describe('findAbsoluteDate on plain calendar dates (read without chrono)', () => {
  // What chrono makes of the whole text: the reading the fast path must give back.
  const byChrono = (text: string) => {
    const r = chrono.en.strict.parse(text, new Date(Date.UTC(2000, 0, 1)))[0];
    if (!r || !(r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'))) return null;
    const [y, m, d] = [r.start.get('year')!, r.start.get('month')!, r.start.get('day')!];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900 || y > 2200) return null;
    return { date: date.toISOString().slice(0, 10), covered: r.text.length };
  };
  const texts = ['January', 'Feb', 'march', 'SEPT.', 'Sept', 'Sep.', 'May', 'dec'].flatMap((month) =>
    ['1', '09', '29', '30', '31', '32'].flatMap((day) =>
      ['1899', '2024', '2200', '2201'].flatMap((year) => [`${day} ${month} ${year}`, `${day} ${month}, ${year}`, `${month} ${day}, ${year}`, `${month} ${day} ${year}`]),
    ),
  );
  it.each(texts)('%j reads as chrono reads it', (text) => {
    expect(findAbsoluteDate(text)).toEqual(byChrono(text));
  });
});

describe('isoDateOf', () => {
  it.each([
    ['2025-11-21T10:00:00+05:00', '2025-11-21'],
    ['Thu, 21 Nov 2025 10:00:00 GMT', '2025-11-21'],
    ['', null],
    [null, null],
    ['soon', null],
  ])('%j → %s', (value, expected) => {
    expect(isoDateOf(value)).toBe(expected);
  });
});
