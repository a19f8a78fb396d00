import { describe, expect, it } from 'vitest';
import { findDateline } from '../../pipeline/ingest/dateline.ts';

describe('findDateline', () => {
  it.each([
    ['LAGOS: The central bank said on Monday', { city: 'LAGOS', outlet: null, date: null }],
    ['SÃO PAULO: Brazil’s development bank', { city: 'SÃO PAULO', outlet: null, date: null }],
    ['NEW DELHI (Reuters) - India approved', { city: 'NEW DELHI', outlet: 'Reuters', date: null }],
    ['WASHINGTON, Nov 3 (AP) — The bank', { city: 'WASHINGTON', outlet: 'AP', date: null }],
    ['DUBAI/RIYADH (Reuters) - Gulf funds', { city: 'DUBAI/RIYADH', outlet: 'Reuters', date: null }],
    ['ST. PETERSBURG, Russia: Officials', { city: 'ST. PETERSBURG', outlet: null, date: null }],
    ['Islamabad, Nov 3: The government', { city: 'Islamabad', outlet: null, date: null }],
    ['Nairobi (AFP) – Kenya', { city: 'Nairobi', outlet: 'AFP', date: null }],
    // A date with its year is the article's; without one it is not guessed.
    ['DHAKA, June 4, 2026 - Japan will lend', { city: 'DHAKA', outlet: null, date: '2026-06-04' }],
    ['TOKYO, June 5, 2026 (Kyodo) - JICA signed', { city: 'TOKYO', outlet: 'Kyodo', date: '2026-06-05' }],
    ['Lagos, 3 March 2025 – Nigeria', { city: 'Lagos', outlet: null, date: '2025-03-03' }],
    ['WASHINGTON, Nov. 3, 2024 (AP) — The bank', { city: 'WASHINGTON', outlet: 'AP', date: '2024-11-03' }],
    ['WASHINGTON, Feb 30, 2024 - The bank', { city: 'WASHINGTON', outlet: null, date: null }],
    // State agencies end a dated dateline with a full stop.
    ['Tashkent, November 25 (UzA). The head of state received', { city: 'Tashkent', outlet: 'UzA', date: null }],
    ['BAKU, Azerbaijan, November 26. The State Oil Company', { city: 'BAKU', outlet: null, date: null }],
    ['Astana, 3 March 2025. Kazakhstan signed', { city: 'Astana', outlet: null, date: '2025-03-03' }],
    // Two hyphens typed for a dash, an agency's capitals after a comma, an ordinal day.
    ['Nairobi, Nov. 20, 2026 -- The Treasury', { city: 'Nairobi', outlet: null, date: '2026-11-20' }],
    ['Riyadh, November 24, 2026, SPA -- The Saudi Fund', { city: 'Riyadh', outlet: 'SPA', date: '2026-11-24' }],
    ['BELGRADE, 25th November, 2026 (WAM) -- The United Arab Emirates', { city: 'BELGRADE', outlet: 'WAM', date: '2026-11-25' }],
    ['Accra, 3rd March -- Ghana', { city: 'Accra', outlet: null, date: null }],
    ['Lagos, November 24, 2026, Dangote said', null],
    // A dated dateline with its agency and no dash, as the Press Trust of India writes it.
    ['New Delhi, Nov 25 (PTI) Japan on Wednesday committed loans', { city: 'New Delhi', outlet: 'PTI', date: null }],
    ['MUMBAI, Nov 25 (PTI) Shares rose', { city: 'MUMBAI', outlet: 'PTI', date: null }],
    ['New Delhi (PTI) Japan committed', null],
    ['Addis Ababa, November 24/2026 (ENA) - The Ministry of Finance', { city: 'Addis Ababa', outlet: 'ENA', date: '2026-11-24' }],
    // Central Asian agencies: a name opening with a digit, a name between slashes, a country before the agency.
    ['BISHKEK, November 26 (24.kg) — The World Bank intends', { city: 'BISHKEK', outlet: '24.kg', date: null }],
    ['Bishkek, November 26 /Kabar/. Financing of $96 million', { city: 'Bishkek', outlet: 'Kabar', date: null }],
    ['Tashkent, Uzbekistan (UzDaily.com) -- A portfolio of agreements', { city: 'Tashkent', outlet: 'UzDaily.com', date: null }],
    ['Costs rose 5 /year/. Then', null],
    // A byline line with the place the reporter files from.
    ['CHAMBO MULENGA, Lusaka', { city: 'Lusaka', outlet: null, date: null }],
    ['Olatunji Bakare, Abuja', { city: 'Abuja', outlet: null, date: null }],
    ['Senior Business Reporter, Nation Media Group', null],
    ['Standard Chartered, Citi and HSBC lent the money.', null],
    ['Mr. Smith. The bank', null],
    ['Kampala. Government has signed a loan', { city: 'Kampala', outlet: null, date: null }],
    ['Dar es Salaam. The bank', null],
    ['Meanwhile. The bank', null],
    ['Energy: the sector grew', null],
    ['BREAKING: Deal signed', null],
    ['SECURITY CHALLENGES', null],
    ['The minister said: “We agree.”', null],
  ])('%j', (paragraph, expected) => {
    expect(findDateline(paragraph)).toEqual(expected);
  });
});
