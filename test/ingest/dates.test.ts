import { describe, expect, it } from 'vitest';
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
