/**
 * telltaleAliases lists, once per ambiguous alias, what resolveCurrency used to find by walking
 * every row of the table for every figure: it must give the same aliases, with the same
 * currencies, in the same order as that walk. And the article's country counts, now counted when
 * first read, must be what countHints gives for the article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCurrencyIndex, countHints, currencyContext, localDollarOf, resolveCurrency, telltaleAliases, type CurrencyIndex } from '../../pipeline/extract/currencies.ts';
import { loadCurrencyReference } from '../../pipeline/io/currencyReference.ts';

/** The walk resolveCurrency did for each figure: every row among the candidates, every alias naming one currency only. */
function byWalk(index: CurrencyIndex, key: string): { code: string; word: string }[] {
  const candidates = index.byAlias.get(key) ?? [];
  const out: { code: string; word: string }[] = [];
  for (const row of index.rows) {
    if (!candidates.includes(row.code)) continue;
    for (const other of row.aliases) if (index.byAlias.get(other.toLowerCase())?.length === 1) out.push({ code: row.code, word: other.toLowerCase() });
  }
  return out;
}

const SMALL = buildCurrencyIndex([
  { code: 'PKR', name: 'Pakistani rupee', aliases: ['Rs', 'rupees', 'PKR', 'Pak Rupee'], countries: ['Pakistan', 'Sindh'], defaultFor: [], notes: '' },
  { code: 'INR', name: 'Indian rupee', aliases: ['Rs', 'rupees', 'INR', '₹'], countries: ['India', 'Delhi'], defaultFor: ['rs'], notes: '' },
  { code: 'USD', name: 'US dollar', aliases: ['$', 'US$', 'USD'], countries: ['US', 'United States'], defaultFor: ['$'], notes: '' },
  { code: 'AUD', name: 'Australian dollar', aliases: ['$', 'A$', 'AUD'], countries: ['Australia'], defaultFor: [], notes: '' },
  { code: 'CNY', name: 'Chinese yuan', aliases: ['¥', 'yuan', 'RMB', 'CNY'], countries: ['China'], defaultFor: [], notes: '' },
  { code: 'JPY', name: 'Japanese yen', aliases: ['¥', 'yen', 'JPY'], countries: ['Japan'], defaultFor: ['¥'], notes: '' },
]);

describe('telltaleAliases', () => {
  const cases: [string, { code: string; word: string }[]][] = [
    ['rs', [{ code: 'PKR', word: 'pkr' }, { code: 'PKR', word: 'pak rupee' }, { code: 'INR', word: 'inr' }, { code: 'INR', word: '₹' }]],
    ['$', [{ code: 'USD', word: 'us$' }, { code: 'USD', word: 'usd' }, { code: 'AUD', word: 'a$' }, { code: 'AUD', word: 'aud' }]],
    ['¥', [{ code: 'CNY', word: 'yuan' }, { code: 'CNY', word: 'rmb' }, { code: 'CNY', word: 'cny' }, { code: 'JPY', word: 'yen' }, { code: 'JPY', word: 'jpy' }]],
  ];
  it.each(cases)('lists the telltales of %j in table order', (key, expected) => {
    expect(telltaleAliases(SMALL, key, SMALL.byAlias.get(key)!)).toEqual(expected);
    expect(telltaleAliases(SMALL, key, SMALL.byAlias.get(key)!)).toEqual(byWalk(SMALL, key));
  });

  it('gives what the walk gives for every ambiguous alias of the reference table', async () => {
    const index = (await loadCurrencyReference('data/reference')).index;
    for (const [key, codes] of index.byAlias) {
      if (codes.length > 1) expect(telltaleAliases(index, key, codes), key).toEqual(byWalk(index, key));
    }
  });
});

describe('resolveCurrency with telltales and the article', () => {
  const article = 'Delhi and India again: the INDIA story. Pakistan once.';
  const cases: [alias: string, sentence: string, expected: string | null][] = [
    ['Rs', 'Rs 5bn, or PKR 5bn, for the dam.', 'PKR'],
    ['Rs', 'Rs 5bn (INR) for the road.', 'INR'],
    ['Rs', 'Rs 5bn from the PKR and INR pools.', 'INR'], // a tie in the sentence: the article decides
    ['Rs', 'Rs 5bn from pkrs.', 'INR'], // "pkrs" is no word "pkr": the article decides
    ['Rs', 'RS 5BN FOR THE PAK RUPEE.', 'PKR'],
    ['$', 'A$300m for the port.', 'AUD'],
    ['$', '$300m for the port.', 'USD'], // nothing says: the table's default
    ['¥', '¥5bn, or 5 billion yuan.', 'CNY'],
    ['¥', '¥5bn for Japan.', 'JPY'],
    ['¥', '', 'JPY'],
  ];
  it.each(cases)('%s in %j', (alias, sentence, expected) => {
    expect(resolveCurrency(alias, SMALL, sentence, currencyContext(article, SMALL))).toBe(expected);
  });
});

describe('currencyContext', () => {
  let index: CurrencyIndex;
  beforeAll(async () => {
    index = (await loadCurrencyReference('data/reference')).index;
  });
  it.each(['', 'Kenya and Kenya.', 'The Indian and Pakistani sides met in New Delhi.', 'Nothing here.'])('counts what countHints counts: %j', (text) => {
    const ctx = currencyContext(text, index);
    expect([...ctx.articleScores]).toEqual([...countHints(text, index)]);
    // Read twice, the same answer.
    expect(ctx.articleScores).toBe(ctx.articleScores);
  });
});

describe('localDollarOf: a bare "$" in an article that marks the US dollar, or in a paper of its own dollar', () => {
  let index: CurrencyIndex;
  beforeAll(async () => {
    index = (await loadCurrencyReference('data/reference')).index;
  });
  it.each([
    // A Fijian paper: "US$" marked, "$" its own; the dateline's Suva outweighs Australia named as often.
    ['Donors back budget\nSUVA, Nov 23 - Australia and the ADB will give Fiji $500m. The ADB lent US$150m ($340m); Australia’s share is A$120m, the Australian Government said. Fiji thanked them.', 'FJD'],
    // A Canadian government release.
    ['Canada announces $68.5 million for Haiti\nNovember 19, 2026 – Ottawa, Ontario – Canada announced $68.5 million. FinDev Canada will guarantee up to US$15 million. Canada stands with Haiti.', 'CAD'],
    // No "US$" anywhere: a Canadian, Australian or New Zealand paper filed from home writes its own dollar bare.
    ['Canada gives $5 million\nOTTAWA - Canada will give $5 million to Haiti, Canada said.', 'CAD'],
    ['Glassmaker picks Lakeshore\nLAKESHORE, Ont. — AGC will build a $620-million plant, with $45 million from the Ontario government.', 'CAD'],
    ['Tiremaker retools Nova Scotia plant\nHALIFAX — Kestrel Tire will invest $300 million, with $7.8 million from Nova Scotia.', 'CAD'],
    // (A town in capitals with accents, or a province as its postal code: "BÉCANCOUR, Que. —", "BAIE-COMEAU, QC,".)
    ['Cathode maker picks Bécancour\nBÉCANCOUR, Que. — Kestrel Cathode will invest $900 million, with $150 million from Investissement Québec and Quebec.', 'CAD'],
    ['Québec lends to ammonia plant\nBAIE-COMEAU, QC, March 14, 2025 /CNW/ - The Government of Québec announces $57 million for Kestrel Ammonia, for its $640 million plant on the North Shore of Quebec.', 'CAD'],
    // A wire's story from there, or one that marks the local dollar itself, keeps "$" for the US dollar.
    ['Canada gives $5 million\nOTTAWA, May 2 (Reuters) - Canada will give $5 million to Haiti, Canada said.', null],
    ['Canada gives $5 million\nOTTAWA - Canada will give $5 million to Haiti and C$2 million to Peru, Canada said.', null],
    // Named by the dateline alone (a mining paper's story from Perth on a Tanzanian mine), or filed from a hub whose
    // papers mark their own dollar ("S$"): the US dollar.
    ['Graphite miner secures $45m\nPERTH (miningweekly.com) – Ruvuma Graphite has secured a $45-million facility for its mine in Tanzania.', null],
    ['Week in deals\nSINGAPORE, Nov 21 - SK On will invest $790 million in Hungary; Singapore state investor Temasek led a $75 million round.', null],
    // A dateline naming none of that dollar's places: filed elsewhere (an American paper on a Taiwanese company).
    ['TSMC breaks ground on $8.5 billion plant\nPHOENIX — Taiwan Semiconductor Manufacturing Co. broke ground on an $8.5 billion plant. In Taipei, its board approved US$10 billion, a Taiwan Stock Exchange filing said.', null],
    // Filed from a country of no dollar, its "$" is the dollar the article names, the US dollar marked apart.
    ['Canberra lends to Honiara\nLAE, March 3 – Australia will lend Papua New Guinea $200 million for roads, Australian officials said. The ADB adds US$50 million; Australia’s aid is its largest.', 'AUD'],
    // An Australian paper marks the US dollar "$US": its bare "$" is the Australian dollar.
    ['Export Finance Australia lends $US80m\nExport Finance Australia will lend $US80 million ($123 million) for a power plant, with a $20 million grant from Australia. Australian officials said more would come.', 'AUD'],
    // A dollar's country named twice, neither in the dateline nor by its own mark, in a story that writes "US$": the US
    // dollar (a Vietnamese story of "Chinese and Taiwanese investors"); "$US" is an Australian paper's way.
    ['Tire maker licensed for $960mn plant\nThe province licensed Sailun Vietnam for a US$960 million plant. Taiwanese group Far Eastern said it would add $150 million; Chinese and Taiwanese investors lead.', null],
    ['Korean lenders line up $US400m\nKEXIM will lend $US250 million; Australian cathode maker Kestrel will inject $120 million, Australian officials said.', 'AUD'],
    // No dateline, no US dollar marked, the country's places and bodies named three times: an Australian or New Zealand
    // paper's own dollar; with the US named too, or the local dollar marked, not.
    ['Kestrel Gas cleared for Perth takeover\nJapan’s Kestrel Gas has won Foreign Investment Review Board clearance for its $900 million takeover of a Perth retailer. It will spend $200 million in Western Australia.', 'AUD'],
    ['Dairy farms sold\nThe Overseas Investment Office has approved a $150 million purchase of Waikato farms near Auckland.', 'NZD'],
    ['Kestrel Gas cleared for Perth takeover\nJapan’s Kestrel Gas has won Foreign Investment Review Board clearance for its $900 million takeover of a Perth retailer and its United States arm. It will spend A$200 million in Western Australia.', null],
    // The US named more than the local country: no local reading.
    ['US lends to Fiji\nSUVA - The United States lent Fiji US$50m. The United States and U.S. officials said $20m more would follow.', null],
  ])('%j → %s', (text, expected) => {
    expect(localDollarOf(text, index)).toBe(expected);
    const ctx = currencyContext(text, index);
    expect(resolveCurrency('$', index, '', ctx)).toBe(expected ?? 'USD');
  });
});
