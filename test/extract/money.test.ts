import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findMoney } from '../../pipeline/extract/money.ts';
import { currencyContext, resolveCurrency, type CurrencyIndex } from '../../pipeline/extract/currencies.ts';
import { loadCurrencyReference } from '../../pipeline/io/currencyReference.ts';

let currencies: CurrencyIndex;
beforeAll(async () => {
  const loaded = await loadCurrencyReference('data/reference');
  expect(loaded.problems).toEqual([]);
  currencies = loaded.index;
});

type Row = [surface: string, value: number | null, low: number | null, high: number | null, currency: string | null, qualifier: string];
const cases: [string, Row[]][] = [
  ['Norway will invest $3 billion in the wind farm.', [['$3 billion', 3e9, 3e9, 3e9, 'USD', 'exact']]],
  ['The fund pledged US$ 750 million to Kenya.', [['US$ 750 million', 7.5e8, 7.5e8, 7.5e8, 'USD', 'exact']]],
  ['Of the total, US $750 million will go to the new plant.', [['US $750 million', 7.5e8, 7.5e8, 7.5e8, 'USD', 'exact']]],
  ['The fund, based in the US $ markets, lent $5 million.', [['$5 million', 5e6, 5e6, 5e6, 'USD', 'exact']]],
  ['Lenders approved USD 450 million for the port.', [['USD 450 million', 4.5e8, 4.5e8, 4.5e8, 'USD', 'exact']]],
  ['It will spend 450 million dollars on roads.', [['450 million dollars', 4.5e8, 4.5e8, 4.5e8, 'USD', 'exact']]],
  ['Berlin offered €300m to Ghana.', [['€300m', 3e8, 3e8, 3e8, 'EUR', 'exact']]],
  ['Paris will lend 3.5bn euros to Cairo.', [['3.5bn euros', 3.5e9, 3.5e9, 3.5e9, 'EUR', 'exact']]],
  ['London granted £120 million in aid.', [['£120 million', 1.2e8, 1.2e8, 1.2e8, 'GBP', 'exact']]],
  ['The UK pledged 2 million pounds sterling.', [['2 million pounds sterling', 2e6, 2e6, 2e6, 'GBP', 'exact']]],
  ['Lahore will receive Rs1.2tn from Islamabad for Pakistan roads.', [['Rs1.2tn', 1.2e12, 1.2e12, 1.2e12, 'PKR', 'exact']]],
  ['India allocated Rs 5,000 crore for the metro.', [['Rs 5,000 crore', 5e10, 5e10, 5e10, 'INR', 'exact']]],
  ['Delhi set aside ₹10 lakh crore.', [['₹10 lakh crore', 1e13, 1e13, 1e13, 'INR', 'exact']]],
  ['Beijing lent ¥30bn yuan to Laos.', [['¥30bn', 3e10, 3e10, 3e10, 'CNY', 'exact']]],
  ['Tokyo offered 200 billion yen.', [['200 billion yen', 2e11, 2e11, 2e11, 'JPY', 'exact']]],
  // Currencies and forms of the Philippine, Malaysian, Papua New Guinean, Macedonian and Georgian press.
  ['Japan extends P72.4-B loans to the Philippines.', [['P72.4-B', 7.24e10, 7.24e10, 7.24e10, 'PHP', 'exact']]],
  ['QIA will buy the Malaysian stake for RM2.1bil.', [['RM2.1bil', 2.1e9, 2.1e9, 2.1e9, 'MYR', 'exact']]],
  ['Australia commits K1.3b to Papua New Guinea.', [['K1.3b', 1.3e9, 1.3e9, 1.3e9, 'PGK', 'exact']]],
  // Caribbean, Central American and Pacific currencies; "L" before digits decided by the country named, "lei" too.
  ['The CDB approved a BDS$150 million loan and EC$48.6 million for St Vincent and the Grenadines.', [['BDS$150 million', 1.5e8, 1.5e8, 1.5e8, 'BBD', 'exact'], ['EC$48.6 million', 4.86e7, 4.86e7, 4.86e7, 'XCD', 'exact']]],
  // "FCFA" after or before the sum, West African unless a Central African country is named.
  ['The BOAD loan amounts to 30 billion FCFA, repayable over 18 years.', [['30 billion FCFA', 3e10, 3e10, 3e10, 'XOF', 'exact']]],
  ['Cameroon will get 9 billion FCFA from the bank.', [['9 billion FCFA', 9e9, 9e9, 9e9, 'XAF', 'exact']]],
  ['China pledged 1.9 billion vatu to Vanuatu.', [['1.9 billion vatu', 1.9e9, 1.9e9, 1.9e9, 'VUV', 'exact']]],
  ['Honduras received L5.2 billion for rural roads.', [['L5.2 billion', 5.2e9, 5.2e9, 5.2e9, 'HNL', 'exact']]],
  ['The bank lent 400 million lei to a Moldovan dairy in Chisinau.', [['400 million lei', 4e8, 4e8, 4e8, 'MDL', 'exact']]],
  ['The bank lent 400 million lei to a Romanian dairy.', [['400 million lei', 4e8, 4e8, 4e8, 'RON', 'exact']]],
  ['A loan of 3.7 billion denars goes to North Macedonia.', [['3.7 billion denars', 3.7e9, 3.7e9, 3.7e9, 'MKD', 'exact']]],
  ['The ADB lent GEL 216 million in Georgia.', [['GEL 216 million', 2.16e8, 2.16e8, 2.16e8, 'GEL', 'exact']]],
  // Yonhap's "tln" and Kyodo's "bil." with its full stop.
  ['LG Energy Solution to invest 2.3 tln won in Polish plant', [['2.3 tln won', 2.3e12, 2.3e12, 2.3e12, 'KRW', 'exact']]],
  ['Japan to extend up to 120.5 bil. yen loan to Bangladesh', [['up to 120.5 bil. yen', 1.205e11, null, 1.205e11, 'JPY', 'up_to']]],
  // A capital letter after a hyphen is a scale only with a currency glued to the digits.
  ['Phase 2-B of the plan costs $3bn.', [['$3bn', 3e9, 3e9, 3e9, 'USD', 'exact']]],
  ['Abu Dhabi committed AED 2bn.', [['AED 2bn', 2e9, 2e9, 2e9, 'AED', 'exact']]],
  ['Riyadh deposited SAR 10 billion.', [['SAR 10 billion', 1e10, 1e10, 1e10, 'SAR', 'exact']]],
  // Wire style: "dlrs", "bln", "trln".
  ['Tokyo will extend 1.5 bln dlrs in yen loans.', [['1.5 bln dlrs', 1.5e9, 1.5e9, 1.5e9, 'USD', 'exact']]],
  ['Ottawa set aside 300 mln Canadian dlrs.', [['300 mln Canadian dlrs', 3e8, 3e8, 3e8, 'CAD', 'exact']]],
  ['Taiwan will invest NT$10 billion.', [['NT$10 billion', 1e10, 1e10, 1e10, 'TWD', 'exact']]],
  ['Ghana got GH¢2 billion.', [['GH¢2 billion', 2e9, 2e9, 2e9, 'GHS', 'exact']]],
  ['Kenya will receive Sh50 billion from the World Bank.', [['Sh50 billion', 5e10, 5e10, 5e10, 'KES', 'exact']]],
  // "N" before digits is the naira, as Nigerian papers write it; a letter before a model number is no currency.
  ['Abuja secured a N450 billion facility.', [['N450 billion', 4.5e11, 4.5e11, 4.5e11, 'NGN', 'exact']]],
  ['Workers were given N95 masks worth $2 million.', [['$2 million', 2e6, 2e6, 2e6, 'USD', 'exact']]],
  ['The R2 road will cost R1.5 billion, and N450,000 went to schools.', [['R1.5 billion', 1.5e9, 1.5e9, 1.5e9, 'ZAR', 'exact'], ['N450,000', 4.5e5, 4.5e5, 4.5e5, 'NGN', 'exact']]],
  ['She said Shell will invest $2bn.', [['$2bn', 2e9, 2e9, 2e9, 'USD', 'exact']]],
  ['Islamabad approved Rs 1.2 trln for Pakistan roads.', [['Rs 1.2 trln', 1.2e12, 1.2e12, 1.2e12, 'PKR', 'exact']]],
  ['Baku will invest 500 million manat in Azerbaijan.', [['500 million manat', 5e8, 5e8, 5e8, 'AZN', 'exact']]],
  ['Ankara pledged ₺40bn.', [['₺40bn', 4e10, 4e10, 4e10, 'TRY', 'exact']]],
  ['Lagos got ₦800 billion.', [['₦800 billion', 8e11, 8e11, 8e11, 'NGN', 'exact']]],
  ['Astana approved 90bn tenge.', [['90bn tenge', 9e10, 9e10, 9e10, 'KZT', 'exact']]],
  ['Jakarta raised Rp 15 trillion.', [['Rp 15 trillion', 1.5e13, 1.5e13, 1.5e13, 'IDR', 'exact']]],
  ['Dhaka approved Tk 3,000 crore.', [['Tk 3,000 crore', 3e10, 3e10, 3e10, 'BDT', 'exact']]],
  ['Cairo received 5 billion Egyptian pounds.', [['5 billion Egyptian pounds', 5e9, 5e9, 5e9, 'EGP', 'exact']]],
  ['Doha invested QAR 1bn.', [['QAR 1bn', 1e9, 1e9, 1e9, 'QAR', 'exact']]],
  ['Kuwait lent KWD 60 million.', [['KWD 60 million', 6e7, 6e7, 6e7, 'KWD', 'exact']]],
  ['Zurich pledged CHF 500m.', [['CHF 500m', 5e8, 5e8, 5e8, 'CHF', 'exact']]],
  ['Ottawa committed C$1.5 billion.', [['C$1.5 billion', 1.5e9, 1.5e9, 1.5e9, 'CAD', 'exact']]],
  ['Canberra gave A$200 million.', [['A$200 million', 2e8, 2e8, 2e8, 'AUD', 'exact']]],
  // The dollar's country written after its sign, as Australian and New Zealand papers write it.
  ['EFA will lend $US80 million.', [['$US80 million', 8e7, 8e7, 8e7, 'USD', 'exact']]],
  ['India will give a grant of NRs 98.6 million.', [['NRs 98.6 million', 9.86e7, 9.86e7, 9.86e7, 'NPR', 'exact']]],
  ['Wellington gave $NZ8 million and Canberra $A20m.', [['$NZ8 million', 8e6, 8e6, 8e6, 'NZD', 'exact'], ['$A20m', 2e7, 2e7, 2e7, 'AUD', 'exact']]],
  ['The bank lent HK$5bn.', [['HK$5bn', 5e9, 5e9, 5e9, 'HKD', 'exact']]],
  ['GIC invested S$2 billion.', [['S$2 billion', 2e9, 2e9, 2e9, 'SGD', 'exact']]],
  ['The IMF approved SDR 2.25 billion.', [['SDR 2.25 billion', 2.25e9, 2.25e9, 2.25e9, 'XDR', 'exact']]],
  ['It aims to spend over $2 billion.', [['over $2 billion', 2e9, 2e9, null, 'USD', 'over']]],
  ['A package of more than $4bn.', [['more than $4bn', 4e9, 4e9, null, 'USD', 'over']]],
  ['A package exceeding $2.6 billion.', [['exceeding $2.6 billion', 2.6e9, 2.6e9, null, 'USD', 'over']]],
  ['Loans in excess of €1bn.', [['in excess of €1bn', 1e9, 1e9, null, 'EUR', 'over']]],
  ['Upwards of $300m will flow.', [['Upwards of $300m', 3e8, 3e8, null, 'USD', 'over']]],
  ['At least $1 billion is due.', [['At least $1 billion', 1e9, 1e9, null, 'USD', 'at_least']]],
  ['No less than £50m was pledged.', [['No less than £50m', 5e7, 5e7, null, 'GBP', 'at_least']]],
  ['It could unlock up to $2 billion.', [['up to $2 billion', 2e9, null, 2e9, 'USD', 'up_to']]],
  ['As much as $900m may come.', [['As much as $900m', 9e8, null, 9e8, 'USD', 'up_to']]],
  ['A deal worth about $3.5 billion.', [['about $3.5 billion', 3.5e9, null, null, 'USD', 'about']]],
  ['Some $40 million was raised.', [['Some $40 million', 4e7, null, null, 'USD', 'about']]],
  ['An estimated $6bn is needed.', [['An estimated $6bn', 6e9, null, null, 'USD', 'about']]],
  // An estimate told of the noun the figure is "of": about, the figure's span its own.
  ['They will build homes at an estimated cost of $400 million.', [['$400 million', 4e8, null, null, 'USD', 'about']]],
  ['The plant has an estimated total investment of €2bn.', [['€2bn', 2e9, null, null, 'EUR', 'about']]],
  ['The cost of $400 million was estimated last year.', [['$400 million', 4e8, 4e8, 4e8, 'USD', 'exact']]],
  ['Roughly €2bn was promised.', [['Roughly €2bn', 2e9, null, null, 'EUR', 'about']]],
  ['Nearly $700 million was spent.', [['Nearly $700 million', 7e8, null, null, 'USD', 'nearly']]],
  ['Almost $1bn arrived.', [['Almost $1bn', 1e9, null, null, 'USD', 'nearly']]],
  ['Close to $12 billion is at stake.', [['Close to $12 billion', 1.2e10, null, null, 'USD', 'nearly']]],
  ['Just under $5bn was lent.', [['Just under $5bn', 5e9, null, null, 'USD', 'nearly']]],
  ['They pledged $2bn or more.', [['$2bn or more', 2e9, 2e9, null, 'USD', 'at_least']]],
  ['They will invest between $1bn and $2bn.', [['between $1bn and $2bn', null, 1e9, 2e9, 'USD', 'range']]],
  ['They will invest $1-2 billion.', [['$1-2 billion', null, 1e9, 2e9, 'USD', 'range']]],
  ['They will invest $1bn to $2bn.', [['$1bn to $2bn', null, 1e9, 2e9, 'USD', 'range']]],
  ['They will invest $1 billion-$1.5 billion.', [['$1 billion-$1.5 billion', null, 1e9, 1.5e9, 'USD', 'range']]],
  ['Karachi will raise Rs 50-60 billion in Pakistan.', [['Rs 50-60 billion', null, 5e10, 6e10, 'PKR', 'range']]],
  ['Two figures: $1.25 billion and $2 billion.', [
    ['$1.25 billion', 1.25e9, 1.25e9, 1.25e9, 'USD', 'exact'],
    ['$2 billion', 2e9, 2e9, 2e9, 'USD', 'exact'],
  ]],
  ['Trade rose from $1bn to $2bn.', [
    ['$1bn', 1e9, 1e9, 1e9, 'USD', 'exact'],
    ['$2bn', 2e9, 2e9, 2e9, 'USD', 'exact'],
  ]],
  // Not money.
  ['Islamabad recognised Baku in 1991 and again in 2024.', []],
  ['The meeting was on November 7, 2025 in Baku.', []],
  ['The JF-17, the F-16 and the A320 flew at COP29 and the G20.', []],
  // A code run into a small bare number names a thing; with a space, a scale or more digits it is a sum.
  ['Delegates at COP28 pledged to triple renewables.', []],
  ['Sacyr will invest COP 3 trillion in the road.', [['COP 3 trillion', 3e12, 3e12, 3e12, 'COP', 'exact']]],
  ['The fund raised USD500m last year.', [['USD500m', 5e8, 5e8, 5e8, 'USD', 'exact']]],
  ['Sacyr will invest 3 trillion Colombian pesos in the road.', [['3 trillion Colombian pesos', 3e12, 3e12, 3e12, 'COP', 'exact']]],
  // The singular, as the name of a figure's noun: "a 4 billion peso loan", "a 2 billion crown plant".
  ['Mexico’s Bancomext granted a 4 billion peso ($235 million) loan.', [['4 billion peso', 4e9, 4e9, 4e9, 'MXN', 'exact'], ['$235 million', 2.35e8, 2.35e8, 2.35e8, 'USD', 'exact']]],
  ['It will build a 2 billion crown plant in Sweden.', [['2 billion crown', 2e9, 2e9, 2e9, 'SEK', 'exact']]],
  ['The club agreed a 500 million pound deal.', [['500 million pound', 5e8, 5e8, 5e8, 'GBP', 'exact']]],
  // A word currency hyphenated to its figure before a noun, as wire copy writes it.
  ['China, Zambia sign 2.1-bln-yuan loan agreement', [['2.1-bln-yuan', 2.1e9, 2.1e9, 2.1e9, 'CNY', 'exact']]],
  ['It signed a 300-million-euro loan.', [['300-million-euro', 3e8, 3e8, 3e8, 'EUR', 'exact']]],
  // The AfDB's unit of account.
  ['The Board approved a loan of UA 85 million to Senegal.', [['UA 85 million', 8.5e7, 8.5e7, 8.5e7, 'XUA', 'exact']]],
  // Rupees of an Indian state's summit (its state and capital name India).
  ['Lucknow, Feb 11 - The Uttar Pradesh government signed MoUs worth over Rs 4.5 lakh crore.', [['over Rs 4.5 lakh crore', 4.5e12, 4.5e12, null, 'INR', 'over']]],
  // A plain "$" in an Australian release (a dateline city and a US$ sum beside it) is the Australian dollar.
  ['Darwin, 19 May 2026 – NAIF will lend $210 million to Aileron in Western Australia; KEXIM adds US$120 million.', [['$210 million', 2.1e8, 2.1e8, 2.1e8, 'AUD', 'exact'], ['US$120 million', 1.2e8, 1.2e8, 1.2e8, 'USD', 'exact']]],
  // "R" is the rand unless the article names the Seychelles; the Solomon Islands dollar.
  ['VICTORIA, Seychelles - The UAE commits R750 million for a new wing at the Seychelles Hospital.', [['R750 million', 7.5e8, 7.5e8, 7.5e8, 'SCR', 'exact']]],
  ['HONIARA - The Solomon Islands Government has secured a SI$540 million loan.', [['SI$540 million', 5.4e8, 5.4e8, 5.4e8, 'SBD', 'exact']]],
  ['The grant, worth L$8.4 billion at the current rate, will finance rural electrification in Liberia.', [['L$8.4 billion', 8.4e9, 8.4e9, 8.4e9, 'LRD', 'exact']]],
  // The Caribbean's and the Americas' own dollars, marked: Guyanese, Belizean, Caymanian, Bermudian, Surinamese.
  ['GPL spent G$62 billion on fuel in Guyana.', [['G$62 billion', 62e9, 62e9, 62e9, 'GYD', 'exact']]],
  ['Belize will borrow BZ$40 million.', [['BZ$40 million', 40e6, 40e6, 40e6, 'BZD', 'exact']]],
  ['The Cayman Islands fund put CI$5 million into the port.', [['CI$5 million', 5e6, 5e6, 5e6, 'KYD', 'exact']]],
  // A one-letter scale written apart from the figure after its currency: "$ 68 m" (Sri Lankan papers).
  ['NTPC will invest $ 68 m in the solar venture.', [['$ 68 m', 6.8e7, 6.8e7, 6.8e7, 'USD', 'exact']]],
  // The currency word that ends one figure does not open the next: "three-year" is no sum.
  ['Slovakia has signed a 900 million euro three-year loan with the banks.', [['900 million euro', 9e8, 9e8, 9e8, 'EUR', 'exact']]],
  // Chile's inflation-indexed unit of account.
  ['Corfo approved a UF 320,000 grant for port works.', [['UF 320,000', 3.2e5, 3.2e5, 3.2e5, 'CLF', 'exact']]],
  ['Exports grew 15 percent to reach 40% of output.', []],
  ['Call +92 21 111 222 333 for details.', []],
  ['It will create 6,000 jobs and two billion smiles.', []],
  ['He sold 5 million pounds of copper.', []],
  // "pounds of" money is money.
  ['Britain will guarantee 300 million pounds of World Bank loans.', [['300 million pounds', 3e8, 3e8, 3e8, 'GBP', 'exact']]],
  ['It shipped 300 million pounds of coal to the port.', []],
  ['Try 500 units; the CAD model costs 20 eur.', []],
  // Crore and lakh are the numbering of India, Pakistan, Nepal and Bangladesh, not of Sri Lanka: a
  // sum in crore of rupees between India and Sri Lanka is India's; one in millions is decided as before.
  ['India lent 10,000 crore rupees to Sri Lanka, officials in Colombo said.', [['10,000 crore rupees', 1e11, 1e11, 1e11, 'INR', 'exact']]],
  ['India lent 10,000 million rupees to Sri Lanka, officials in Colombo said.', [['10,000 million rupees', 1e10, 1e10, 1e10, 'LKR', 'exact']]],
  // Of two countries a sentence names as often, the one right after the figure is its currency's.
  ['Kenya signs ¥31.6bn Japanese loan as Chinese lending dries up', [['¥31.6bn', 3.16e10, 3.16e10, 3.16e10, 'JPY', 'exact']]],
  ['Laos signs ¥5bn Chinese rail loan as Japanese aid slows', [['¥5bn', 5e9, 5e9, 5e9, 'CNY', 'exact']]],
  // A Canadian paper names its dollar after the figure ("Cdn", "Canadian", and "US" for the other one), or writes Cdn$.
  ['Ford will build a $22.8 billion Cdn cathode plant.', [['$22.8 billion Cdn', 2.28e10, 2.28e10, 2.28e10, 'CAD', 'exact']]],
  ['The bank lent Cdn$45 million and $5 million Canadian to the firm.', [['Cdn$45 million', 4.5e7, 4.5e7, 4.5e7, 'CAD', 'exact'], ['$5 million Canadian', 5e6, 5e6, 5e6, 'CAD', 'exact']]],
  ['Ottawa gave $640 million and Washington $300 million US.', [['$640 million', 6.4e8, 6.4e8, 6.4e8, 'USD', 'exact'], ['$300 million US', 3e8, 3e8, 3e8, 'USD', 'exact']]],
  ['It took $30 million AUD in grants.', [['$30 million AUD', 3e7, 3e7, 3e7, 'AUD', 'exact']]],
  // A country's adjective before what it describes is no mark: the dollar stays as the article has it.
  ['It added a $2 million Australian grant and a $3 million US EXIM loan.', [['$2 million', 2e6, 2e6, 2e6, 'USD', 'exact'], ['$3 million', 3e6, 3e6, 3e6, 'USD', 'exact']]],
];

describe('findMoney', () => {
  it.each(cases)('%s', (sentence, expected) => {
    const found = findMoney(sentence, currencies, currencyContext(sentence, currencies)).map((m): Row => [
      m.surface,
      m.value,
      m.low,
      m.high,
      m.currency,
      m.qualifier,
    ]);
    expect(found).toEqual(expected);
  });

  it('gives offsets that point at the surface', () => {
    const s = 'Azerbaijan has expressed a desire to spend over $2 billion in Pakistan.';
    const [m] = findMoney(s, currencies);
    expect(s.slice(m!.start, m!.end)).toBe('over $2 billion');
    expect(s.slice(m!.amountStart, m!.amountEnd)).toBe('$2 billion');
  });

  it('never throws on arbitrary strings, RTL text or long lines', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        for (const m of findMoney(s, currencies)) expect(m.end).toBeGreaterThan(m.start);
      }),
      { numRuns: 300 },
    );
    expect(findMoney('الاستثمار $5 مليار '.repeat(10), currencies).length).toBe(10);
    expect(findMoney('a '.repeat(50_000) + 'over $3bn', currencies).map((m) => m.value)).toEqual([3e9]);
  });
});

describe('resolveCurrency', () => {
  const cases: [alias: string, sentence: string, article: string, expected: string | null][] = [
    ['$', '', '', 'USD'],
    ['Rs', 'Rs 5bn for Karachi', '', 'PKR'],
    ['Rs', 'Rs 5bn for the metro', 'Mumbai and New Delhi agreed', 'INR'],
    ['rupees', '5bn rupees', 'Colombo port', 'LKR'],
    ['rupees', '5bn rupees', 'no country named here', null],
    ['¥', '¥5bn, or 5 billion yuan', '', 'CNY'],
    ['¥', '¥5bn', 'Tokyo and Japan', 'JPY'],
    ['riyals', '2bn riyals', 'Qatar and Doha', 'QAR'],
    ['Sh', 'Sh50 billion for roads', 'NAIROBI - Kenya will receive', 'KES'],
    ['Sh', 'Sh1.2 trillion for the railway', 'DAR ES SALAAM - Tanzania', 'TZS'],
    ['pounds', '', '', 'GBP'],
    ['pounds', 'the first, of 2 billion pounds, by March', 'a loan of 4.8 billion Egyptian pounds from the IFC', 'EGP'],
    ['pounds', 'Britain will give 40 million pounds to Egypt', 'Egypt and Cairo and Egypt', 'GBP'],
    ['pounds', '40 million pounds for schools', 'LONDON - the British government', 'GBP'],
    ['lira', '', '', 'TRY'],
    ['CFA francs', '', 'YAOUNDE - Cameroon will receive', 'XAF'],
    ['CFA francs', '', 'DAKAR - Senegal will receive', 'XOF'],
    ['CFA francs', '', 'no country named here', 'XOF'],
    // Bare "francs": the franc of the country the sentence or article names; none named, unknown.
    ['francs', '30 billion francs over ten years', 'ABIDJAN - lenders agreed 80 billion CFA francs for an Ivorian grinder', 'XOF'],
    ['francs', '20 million francs for Ghana', 'BERN - the Swiss government pledged', 'CHF'],
    ['francs', '12 billion francs', 'KIGALI - Rwanda will receive', 'RWF'],
    ['francs', '20 million francs', 'no country named here', null],
    ['pesos', '', 'BOGOTA - Colombia will receive', 'COP'],
    ['pesos', '', 'MANILA - the Philippines will receive', 'PHP'],
    ['pesos', '', 'no country named here', null],
    ['peso', 'a 4 billion peso loan', 'MEXICO CITY - Mexico will receive', 'MXN'],
    ['peso', '', 'no country named here', null],
    ['pound', '', '', 'GBP'],
    ['crown', '', 'PRAGUE - the Czech government', 'CZK'],
    ['try', '', '', null],
  ];
  it.each(cases)('%s in "%s" / "%s" → %s', (alias, sentence, article, expected) => {
    expect(resolveCurrency(alias, currencies, sentence, currencyContext(article, currencies))).toBe(expected);
  });
});
