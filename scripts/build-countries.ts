/**
 * Writes data/reference/countries.csv from the `world-countries` package, plus the everyday names
 * news uses that the package lacks ("U.S.", "Britain", "Korea", "Emirati" ...).
 *
 *   npx tsx scripts/build-countries.ts [out.csv]
 *
 * The CSV is committed: users add rows or aliases by hand, and re-running this script overwrites
 * those edits, so put local additions in a second file or re-apply them (see data/reference/README.md).
 */
import worldCountries from 'world-countries';
import type { Country } from 'world-countries';
import { toCsv } from '../pipeline/io/csv.ts';
import { writeFileSafely } from '../pipeline/io/atomic.ts';

interface Extra {
  aliases?: string[];
  demonyms?: string[];
  capitals?: string[];
  /** Aliases or demonyms the package gives that mislead in English news. */
  drop?: string[];
}

// Names journalists use that the package does not list, keyed by ISO alpha-2.
const EXTRAS: Record<string, Extra> = {
  US: { aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'], capitals: ['Washington', 'Washington, D.C.', 'Washington DC'], demonyms: ['US'] },
  GB: { aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'], demonyms: ['UK'] },
  AE: { aliases: ['UAE', 'U.A.E.', 'Emirates'], demonyms: ['Emirati'] },
  SA: { aliases: ['KSA', 'Kingdom of Saudi Arabia'], demonyms: ['Saudi'], drop: ['Saudi'] },
  KR: { aliases: ['Korea', 'Republic of Korea', 'ROK'], demonyms: ['Korean'] },
  KP: { aliases: ['DPRK'] },
  TR: { aliases: ['Turkey', 'Turkiye', 'Türkiye'], demonyms: ['Turkish'] },
  CN: { aliases: ['PRC', 'Mainland China'], drop: ['Republic of China'] },
  TW: { drop: ['Republic of China'] },
  RU: { aliases: ['Russian Federation'] },
  CZ: { aliases: ['Czech Republic'] },
  CD: { aliases: ['DRC', 'DR Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'] },
  CG: { aliases: ['Congo-Brazzaville'] },
  CI: { aliases: ["Cote d'Ivoire", "Côte d'Ivoire"] },
  NL: { aliases: ['Holland'] },
  MK: { aliases: ['Macedonia'] },
  SZ: { aliases: ['Swaziland'] },
  CV: { aliases: ['Cabo Verde'] },
  IR: { aliases: ['Islamic Republic of Iran'] },
  VN: { aliases: ['Viet Nam'] },
  MM: { aliases: ['Burma'] },
  BA: { aliases: ['Bosnia'] },
  PH: { demonyms: ['Philippine'] },
  NZ: { demonyms: ['Kiwi'] },
  PK: { demonyms: ['Pakistani'] },
  AZ: { demonyms: ['Azeri', 'Azerbaijani'] },
  KZ: { demonyms: ['Kazakh', 'Kazakhstani'] },
  UZ: { demonyms: ['Uzbek', 'Uzbekistani'] },
  KG: { demonyms: ['Kyrgyz', 'Kyrgyzstani'] },
  TJ: { demonyms: ['Tajik', 'Tajikistani'] },
  TM: { demonyms: ['Turkmen'] },
  QA: { demonyms: ['Qatari'] },
  KW: { demonyms: ['Kuwaiti'] },
  OM: { demonyms: ['Omani'] },
  BH: { demonyms: ['Bahraini'] },
  GR: { demonyms: ['Greek'] },
  // The spellings English news writes where the package gives another ("the Ecuadorian government", not "Ecuadorean").
  EC: { demonyms: ['Ecuadorian'] },
  SR: { demonyms: ['Surinamese'] },
  AR: { demonyms: ['Argentinian'] },
  // (Iceland's own name "Island" is an English word: "the Shared Island Fund".)
  IS: { drop: ['Island'], demonyms: ['Icelandic'] },
  SI: { demonyms: ['Slovenian'] },
  BW: { demonyms: ['Botswanan'] },
  DJ: { demonyms: ['Djiboutian'] },
  KM: { demonyms: ['Comorian'] },
  NP: { demonyms: ['Nepali'] },
  MV: { demonyms: ['Maldivian'] },
  TL: { demonyms: ['Timorese'] },
  LA: { aliases: ['Lao PDR'], demonyms: ['Lao'] },
  SV: { demonyms: ['Salvadorean'] },
  // ("PORT-OF-SPAIN - The Government has secured": the capital as its papers' datelines hyphenate it.)
  TT: { capitals: ['Port-of-Spain'] },
};

// Capitals that are also common names of other places or people; as metonyms they mislead more
// than they help ("Victoria" is an Australian state, "Kingston" a dozen towns). (The small states' capitals that
// name nothing else are kept: "APIA –", "PORT VILA –" are how their papers' datelines open, and "Honiara" stands for
// the Solomon Islands' government as "Canberra" for Australia's.)
// ("Brussels" for money is the European Union's, organizations.csv: "received €112 million from Brussels".)
const AMBIGUOUS_CAPITALS = new Set(['Brussels', 'Victoria', 'Kingston', 'Hamilton', 'Georgetown', 'Saint John’s', 'Oranjestad', 'Washington D.C.', 'Jamestown', 'Plymouth', 'King Edward Point', 'Flying Fish Cove', 'Adamstown', 'Road Town', 'Charlotte Amalie', 'Cockburn Town', 'Douglas', 'Saint Helier', 'St. Helier', 'St. Peter Port', 'Saint Peter Port', 'Nassau', 'Longyearbyen', 'Mata-Utu', 'Gustavia', 'Marigot', 'Philipsburg', 'Willemstad', 'Alofi', 'Fakaofo', 'West Island', 'Kralendijk', 'Mamoudzou', 'Saint-Pierre', 'Saint-Denis', 'Nouméa', 'Papeete', 'Hagåtña', 'Pago Pago', 'Saipan', 'Stanley', 'Tórshavn', 'Cayenne', 'Basse-Terre', 'Fort-de-France', 'Mariehamn', 'Port-aux-Français', 'George Town', 'The Valley', 'Brades', 'El Aaiún', 'Gibraltar', 'Sucre']);

const isLatin = (s: string) => /^[\p{Script=Latin}\s'’.\-()]+$/u.test(s);
const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter((x) => x.length > 0))];

// The package's types describe a CommonJS default export; under NodeNext the compiler sees the
// namespace, while at run time the ES entry gives the array itself.
const countries: Country[] = (() => {
  const mod = worldCountries as unknown as Country[] | { default: Country[] };
  return Array.isArray(mod) ? mod : mod.default;
})();

export interface CountryRow {
  name: string;
  iso2: string;
  iso3: string;
  demonyms: string;
  capitals: string;
  aliases: string;
  currency: string;
}

export function countryRows(): CountryRow[] {
  const rows = countries.map((c) => {
    const extra = EXTRAS[c.cca2] ?? {};
    const drop = new Set([...(extra.drop ?? []), c.name.common]);
    const packageAliases = [c.name.official, ...c.altSpellings].filter(
      // Codes (TR, SA) and non-Latin or "Korea, Republic of" catalogue forms are not how news names a country.
      (a) => isLatin(a) && !a.includes(',') && a.length > 3 && a !== a.toUpperCase(),
    );
    const demonyms = uniq([...(c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : []), ...(extra.demonyms ?? [])]);
    return {
      name: c.name.common,
      iso2: c.cca2,
      iso3: c.cca3,
      demonyms: demonyms.join(';'),
      capitals: uniq([...(c.capital ?? []).filter((k) => !AMBIGUOUS_CAPITALS.has(k)), ...(extra.capitals ?? [])]).join(';'),
      aliases: uniq([...packageAliases, ...(extra.aliases ?? [])]).filter((a) => !drop.has(a)).join(';'),
      currency: Object.keys(c.currencies ?? {})[0] ?? '',
    };
  });
  // An alias two countries share ("Congo", "Republic of China") would name neither reliably:
  // keep it only where EXTRAS put it on purpose.
  const owners = new Map<string, number>();
  for (const r of rows) for (const a of r.aliases.split(';')) if (a) owners.set(a, (owners.get(a) ?? 0) + 1);
  for (const r of rows) {
    const curated = new Set(EXTRAS[r.iso2]?.aliases ?? []);
    r.aliases = r.aliases.split(';').filter((a) => a && ((owners.get(a) ?? 0) === 1 || curated.has(a))).join(';');
  }
  // "American", "French", "Indian" also label a territory; in the news they mean the sovereign state.
  const independent = new Set(countries.filter((c) => c.independent).map((c) => c.cca2));
  const sovereignDemonyms = new Set(rows.filter((r) => independent.has(r.iso2)).flatMap((r) => r.demonyms.split(';')));
  for (const r of rows) if (!independent.has(r.iso2)) r.demonyms = r.demonyms.split(';').filter((d) => d && !sovereignDemonyms.has(d)).join(';');
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'data/reference/countries.csv';
  const rows = countryRows();
  await writeFileSafely(out, toCsv(rows, ['name', 'iso2', 'iso3', 'demonyms', 'capitals', 'aliases', 'currency']));
  console.log(`wrote ${rows.length} countries to ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
