/**
 * Country names as articles write them ("US", "the United States", "Washington", "Pakistani",
 * "Saudi Arabia's") resolved to ISO 3166 alpha-3 codes, so that "funded by the US" and "a United
 * States loan" are recognised as the same funder country. Built from world-countries (names,
 * official names, alternative spellings, English demonyms, capitals: news writes "Washington" for
 * the US government) plus the few short forms news uses that the data lacks.
 */
import countriesModule, { type Country } from 'world-countries';

// The package is CommonJS: at run time the default import is the array, while the compiler (NodeNext)
// types it as the module object; accept either.
const countries: Country[] =
  (countriesModule as unknown as { default?: Country[] }).default ?? (countriesModule as unknown as Country[]);
import { normaliseText } from './text.ts';

// Short forms common in news copy. Two-letter ISO codes are not used in general ("IN", "IT", "NO"
// are ordinary words), only these unambiguous ones.
const EXTRA: Record<string, string> = {
  us: 'USA', usa: 'USA', 'u s': 'USA', america: 'USA', american: 'USA', uk: 'GBR', britain: 'GBR', british: 'GBR',
  'great britain': 'GBR', uae: 'ARE', emirates: 'ARE', emirati: 'ARE', ksa: 'SAU', saudi: 'SAU', prc: 'CHN',
  chinese: 'CHN', 'south korea': 'KOR', korea: 'KOR', korean: 'KOR', russia: 'RUS', iran: 'IRN', turkey: 'TUR',
  turkiye: 'TUR', washington: 'USA', vietnam: 'VNM', 'czech republic': 'CZE', 'ivory coast': 'CIV', holland: 'NLD', dutch: 'NLD',
};

const BY_NAME: Map<string, string> = (() => {
  const map = new Map<string, string>();
  const add = (name: string | undefined, code: string) => {
    if (!name) return;
    const key = normaliseText(name);
    if (key.length >= 3 && !map.has(key)) map.set(key, code);
  };
  for (const c of countries) {
    add(c.name.common, c.cca3);
    add(c.name.official, c.cca3);
    for (const alt of c.altSpellings) if (alt.length > 3 || alt.toUpperCase() !== alt) add(alt, c.cca3);
    add(c.demonyms?.eng?.m, c.cca3);
    add(c.demonyms?.eng?.f, c.cca3);
  }
  // Capitals last, so a capital never overrides a country name.
  for (const c of countries) for (const capital of c.capital ?? []) {
    add(capital, c.cca3);
    add(capital.split(',')[0], c.cca3); // "Washington, D.C." is written "Washington"
  }
  for (const [name, code] of Object.entries(EXTRA)) map.set(name, code);
  return map;
})();

const LONGEST_FIRST = [...BY_NAME.keys()].sort((a, b) => b.length - a.length);

/**
 * `answer`, remembered by text: the same names and places are looked up for many rows, and a
 * lookup can try every country name. The texts are names and places, a few thousand a corpus.
 */
function memoised<T>(answer: (text: string) => T): (text: string | null, none: T) => T {
  const known = new Map<string, T>();
  return (text, none) => {
    if (text === null) return none;
    if (!known.has(text)) known.set(text, answer(text));
    return known.get(text)!;
  };
}

/** The country a whole name refers to ("U.S." → USA), or null. */
const codeOf = memoised(countryCodeUncached);
export function countryCode(name: string | null): string | null {
  return codeOf(name, null);
}

function countryCodeUncached(name: string): string | null {
  const key = normaliseText(name);
  if (key === '') return null;
  // ISO alpha-3 codes as such ("PAK").
  if (/^[A-Z]{3}$/.test(name.trim()) && countries.some((c) => c.cca3 === name.trim())) return name.trim();
  return BY_NAME.get(key) ?? null;
}

/**
 * Split normalised words into the country they mention and the rest: "us exim bank" →
 * { country: 'USA', rest: ['exim', 'bank'] }. The longest country name found wins.
 */
export function splitCountry(words: readonly string[]): { country: string | null; rest: string[] } {
  for (let size = Math.min(5, words.length); size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const code = BY_NAME.get(words.slice(i, i + size).join(' '));
      if (code) return { country: code, rest: [...words.slice(0, i), ...words.slice(i + size)] };
    }
  }
  return { country: null, rest: [...words] };
}

/** The first country named anywhere in a phrase ("Pakistan's existing export volume" → PAK). */
const firstNamed = memoised(findCountryUncached);
export function findCountry(text: string | null): string | null {
  return firstNamed(text, null);
}

function findCountryUncached(text: string): string | null {
  const padded = ` ${normaliseText(text)} `;
  for (const name of LONGEST_FIRST) if (padded.includes(` ${name} `)) return BY_NAME.get(name) ?? null;
  return null;
}

/**
 * Every country a phrase names, in the order named: "Kenya and Uganda" → KEN, UGA. At each word
 * the longest name wins, so "Papua New Guinea" is not also Guinea.
 */
const namedIn = memoised<readonly string[]>(findCountriesUncached);
export function findCountries(text: string | null): readonly string[] {
  return namedIn(text, []);
}

function findCountriesUncached(text: string): string[] {
  const words = normaliseText(text).split(' ').filter((w) => w !== '');
  const found: string[] = [];
  for (let i = 0; i < words.length; ) {
    let size = Math.min(5, words.length - i);
    for (; size >= 1; size--) {
      const code = BY_NAME.get(words.slice(i, i + size).join(' '));
      if (code) {
        if (!found.includes(code)) found.push(code);
        break;
      }
    }
    i += Math.max(size, 1);
  }
  return found;
}

/** The common English name of an alpha-3 code ("PAK" → "Pakistan"). */
export function countryName(code: string | null): string | null {
  if (code === null) return null;
  return countries.find((c) => c.cca3 === code)?.name.common ?? null;
}
