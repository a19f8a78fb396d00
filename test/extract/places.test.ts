import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolvePlace } from '../../pipeline/extract/places.ts';
import { index } from './entityIndex.fixture.ts';

const cases: [string, string | null, string | null][] = [
  ['the US', 'United States', 'United States'],
  ['in the U.S.', 'United States', 'United States'],
  ['Ontario, Canada', 'Ontario', 'Canada'],
  ['Sindh', 'Sindh', 'Pakistan'],
  // A capital is a city where things are, of its country.
  ['Nairobi', 'Nairobi', 'Kenya'],
  ['in Islamabad', 'Islamabad', 'Pakistan'],
  ['in Sindh province', 'Sindh', 'Pakistan'],
  ['Queensland', 'Queensland', 'Australia'],
  // Datelines of local papers and state releases: big cities and state and provincial capitals.
  ['ATLANTA', 'Atlanta', 'United States'],
  ['Nashville, Tenn.', 'Nashville', 'United States'],
  ['EDMONTON', 'Edmonton', 'Canada'],
  ['Brisbane', 'Brisbane', 'Australia'],
  ['across Kenya and US', 'Kenya and United States', null],
  ['in both India and Brazil', 'India and Brazil', null],
  ['Punjab', 'Punjab', null],
  ['Punjab, India', 'Punjab', 'India'],
  ['in East Kalimantan', 'East Kalimantan', 'Indonesia'],
  ['Lagos and Kano', 'Lagos and Kano', 'Nigeria'],
  ['Texas and Ontario', 'Texas and Ontario', null],
  ['Minas Gerais, Brazil', 'Minas Gerais', 'Brazil'],
  ['in Gauteng', 'Gauteng', 'South Africa'],
  ['in Atyrau', 'Atyrau', 'Kazakhstan'],
  // A province five countries name (Saudi Arabia, Sri Lanka, Zambia, Rwanda, Sierra Leone), with no context: none of them.
  ['the Eastern Province', 'Eastern Province', null],
  ['Indonesia', 'Indonesia', 'Indonesia'],
  ['in Toronto', 'Toronto', 'Canada'],
  ['in Kelowna', 'Kelowna', null],
  // The first-level parts of Spain, Italy, France, Malaysia and the rest of Germany's states (ISO 3166-2), and the
  // Malaysian cities its papers' datelines open with.
  ['in Catalonia', 'Catalonia', 'Spain'],
  ['Piedmont', 'Piedmont', 'Italy'],
  ['in Hauts-de-France', 'Hauts-de-France', 'France'],
  ['Thuringia', 'Thuringia', 'Germany'],
  ['in Johor', 'Johor', 'Malaysia'],
  ['JOHOR BARU', 'Johor Baru', 'Malaysia'],
  // (Not Malaysia's Labuan, left out: Indonesia's "Labuan Bajo" would be read as it.)
  ['Labuan Bajo', 'Labuan Bajo', null],
  ['the region', null, null],
  ['', null, null],
  ['   ', null, null],
];

describe('resolvePlace', () => {
  it.each(cases)('%s', (phrase, location, country) => {
    expect(resolvePlace(phrase, index)).toEqual({ location, country });
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (s) => {
        const r = resolvePlace(s, index);
        return r.location === null || typeof r.location === 'string';
      }),
      { numRuns: 300 },
    );
  });
});
