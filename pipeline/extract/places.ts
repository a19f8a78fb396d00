/**
 * Where: turns a place phrase taken from a sentence ("in Katanga, DR Congo", "the US",
 * "across Pakistan and US") into a location and its country, with the reference tables.
 */
import { findEntities, type EntityIndex, type EntityMention } from './entities.ts';
import { memoPerOwner } from './memo.ts';

export interface ResolvedPlace {
  location: string | null;
  country: string | null;
}

const LEADING = /^(?:(?:in|at|across|throughout|within|from|to|into|the|both|of|near|around|and)\b|[\s,])+/i;

const placeMemo = memoPerOwner<Readonly<ResolvedPlace>>();

/** The location a phrase names, and the country it is in (null when the phrase does not say). */
export function resolvePlace(phrase: string, index: EntityIndex): ResolvedPlace {
  if (typeof phrase !== 'string') return { location: null, country: null };
  const memo = placeMemo(index);
  const known = memo.get(phrase);
  if (known) return { ...known };
  return { ...memo.set(phrase, Object.freeze(placeOf(phrase, index))) };
}

function placeOf(phrase: string, index: EntityIndex): ResolvedPlace {
  const text = phrase.replace(LEADING, '').replace(/[\s,;:]+$/, '');
  if (text === '') return { location: null, country: null };
  const found = findEntities(text, index).filter((m) => m.kind === 'country' || m.kind === 'place');
  if (found.length === 0) {
    // An unknown name is still where the article says it is; a common noun ("the region") is not a place.
    const name = text.replace(/\.+$/, '');
    return /^\p{Lu}/u.test(name) && name.length <= 60 ? { location: name, country: null } : { location: null, country: null };
  }
  const places = found.filter((m) => m.kind === 'place');
  const countries = found.filter((m) => m.kind === 'country');
  const countryNames = unique(countries.map((m) => m.canonical));
  // "Katanga, DR Congo" / "Sindh province": the place is the location, the country follows.
  if (places.length === 1 && countryNames.length <= 1) {
    const place = places[0]!;
    const country = countryNames[0] ?? placeCountry(place, index);
    return { location: place.canonical, country };
  }
  if (places.length === 0) {
    // "6,000 jobs in Nairobi": a capital is a city where jobs are, of its country.
    if (countries.length === 1 && countries[0]!.via === 'capital') return { location: countries[0]!.surface, country: countries[0]!.canonical };
    // "the US" / "Pakistan and US": a list of countries has no single country.
    return { location: countryNames.join(' and '), country: countryNames.length === 1 ? countryNames[0]! : null };
  }
  const names = unique(found.map((m) => m.canonical));
  const allCountries = unique(found.map((m) => (m.kind === 'country' ? m.canonical : placeCountry(m, index))));
  return { location: names.join(' and '), country: allCountries.length === 1 ? allCountries[0]! : null };
}

function placeCountry(m: EntityMention, index: EntityIndex): string | null {
  if (m.country) return m.country;
  const options = index.places.get(m.canonical.toLowerCase()) ?? [];
  return options.length === 1 ? options[0]!.country : null;
}

function unique<T>(xs: readonly (T | null)[]): T[] {
  return [...new Set(xs.filter((x): x is T => x !== null))];
}
