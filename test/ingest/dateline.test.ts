import { describe, expect, it } from 'vitest';
import { findDateline } from '../../pipeline/ingest/dateline.ts';

describe('findDateline', () => {
  it.each([
    ['LAGOS: The central bank said on Monday', { city: 'LAGOS', outlet: null }],
    ['SÃO PAULO: Brazil’s development bank', { city: 'SÃO PAULO', outlet: null }],
    ['NEW DELHI (Reuters) - India approved', { city: 'NEW DELHI', outlet: 'Reuters' }],
    ['WASHINGTON, Nov 3 (AP) — The bank', { city: 'WASHINGTON', outlet: 'AP' }],
    ['DUBAI/RIYADH (Reuters) - Gulf funds', { city: 'DUBAI/RIYADH', outlet: 'Reuters' }],
    ['ST. PETERSBURG, Russia: Officials', { city: 'ST. PETERSBURG', outlet: null }],
    ['Islamabad, Nov 3: The government', { city: 'Islamabad', outlet: null }],
    ['Nairobi (AFP) – Kenya', { city: 'Nairobi', outlet: 'AFP' }],
    ['Energy: the sector grew', null],
    ['BREAKING: Deal signed', null],
    ['SECURITY CHALLENGES', null],
    ['The minister said: “We agree.”', null],
  ])('%j', (paragraph, expected) => {
    expect(findDateline(paragraph)).toEqual(expected);
  });
});
