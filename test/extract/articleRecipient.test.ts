import { beforeAll, describe, expect, it } from 'vitest';
import { withArticleRecipient } from '../../pipeline/extract/articleRecipient.ts';
import { articleCountry } from '../../pipeline/extract/roles.ts';
import { loadExtractReference } from '../../pipeline/io/extractReference.ts';
import type { ExtractReference } from '../../pipeline/stages/extract.ts';
import type { Commitment } from '../../pipeline/tables.ts';
import { commitment } from '../reconcile/rows.ts';
import { extractLines } from './extractLines.ts';
import { extractCase } from './unseen.score.ts';
import { index } from './entityIndex.fixture.ts';

/** A row as extraction leaves it before this step: its receiver's source not yet said. */
const row = (id: string, funder: string | null, recipient: string | null, recipient_country: string | null = recipient, funder_country: string | null = null) =>
  commitment(id, 'a', { funder, funder_country, recipient, recipient_country, recipient_source: null });
const receivers = (rows: Commitment[]) => rows.map((c) => [c.commitment_id, c.recipient, c.recipient_country, c.recipient_source]);

describe('withArticleRecipient', () => {
  it("gives a row whose sentences name no receiver the one the article's other rows name most often, and says so", () => {
    expect(receivers(withArticleRecipient([
      row('c1', 'IFC', 'Solvane Energy', 'Kenya'),
      row('c2', 'FMO', null, null),
      row('c3', 'Proparco', 'Solvane Energy', 'Kenya'),
      row('c4', 'Kenya', 'Marsabit County', 'Kenya'),
    ], true))).toEqual([
      ['c1', 'Solvane Energy', 'Kenya', 'sentence'],
      ['c2', 'Solvane Energy', 'Kenya', 'article'],
      ['c3', 'Solvane Energy', 'Kenya', 'sentence'],
      ['c4', 'Marsabit County', 'Kenya', 'sentence'],
    ]);
  });
  it('fills nothing when two receivers tie', () => {
    expect(receivers(withArticleRecipient([row('c1', 'IFC', 'Ghana'), row('c2', 'AfDB', 'Togo'), row('c3', 'FMO', null)], true))).toEqual([
      ['c1', 'Ghana', 'Ghana', 'sentence'],
      ['c2', 'Togo', 'Togo', 'sentence'],
      ['c3', null, null, null],
    ]);
  });
  it('fills nothing when that receiver gives money in the article too, alone or with others', () => {
    expect(receivers(withArticleRecipient([row('c1', 'Azerbaijan; Pakistan', null), row('c2', 'Azerbaijan', 'Pakistan')], true))).toEqual([
      ['c1', null, null, null],
      ['c2', 'Pakistan', 'Pakistan', 'sentence'],
    ]);
    expect(receivers(withArticleRecipient([row('c1', 'Pakistan', null), row('c2', 'Saudi Arabia', 'Pakistan')], true))[0]).toEqual(['c1', null, null, null]);
  });
  it("leaves a country's own money to itself unfilled: its banks lend at home", () => {
    expect(receivers(withArticleRecipient([
      row('c1', 'Abu Dhabi Exports Office', 'Pakistan', 'Pakistan', 'United Arab Emirates'),
      row('c2', 'Habib Bank Limited', null, null, 'Pakistan'),
      row('c3', 'AD Ports Group', null, null, 'United Arab Emirates'),
    ], true))).toEqual([
      ['c1', 'Pakistan', 'Pakistan', 'sentence'],
      ['c2', null, null, null],
      ['c3', 'Pakistan', 'Pakistan', 'article'],
    ]);
  });
  it("gives the dateline's country when no row names a receiver, unless a giver is of it or a row names no giver", () => {
    const kyrgyz = () => 'Kyrgyzstan';
    expect(receivers(withArticleRecipient([row('c1', 'World Bank', null), row('c2', 'Kuwait Fund', null, null, 'Kuwait')], true, kyrgyz))).toEqual([
      ['c1', 'Kyrgyzstan', 'Kyrgyzstan', 'article'],
      ['c2', 'Kyrgyzstan', 'Kyrgyzstan', 'article'],
    ]);
    // Money at home, or a story filed from the giver's capital.
    expect(receivers(withArticleRecipient([row('c1', 'World Bank', null), row('c2', 'RSK Bank', null, null, 'Kyrgyzstan')], true, kyrgyz))[0]).toEqual(['c1', null, null, null]);
    // A row whose giver is unread: where its money goes is a guess.
    expect(receivers(withArticleRecipient([row('c1', 'World Bank', null), row('c2', null, null)], true, kyrgyz))[0]).toEqual(['c1', null, null, null]);
    // A receiver named anywhere outranks the dateline, and no dateline gives nothing.
    expect(receivers(withArticleRecipient([row('c1', 'ADB', 'Tajikistan'), row('c2', 'AIIB', null)], true, kyrgyz))[1]).toEqual(['c2', 'Tajikistan', 'Tajikistan', 'article']);
    expect(receivers(withArticleRecipient([row('c1', 'World Bank', null)], true, () => null))[0]).toEqual(['c1', null, null, null]);
  });
  it('gives the country the article names most when no row, dateline or neighbour names a receiver, never a giver\'s', () => {
    const asked: (readonly string[])[] = [];
    const maldives = (givers: readonly string[]) => {
      asked.push(givers);
      return 'Maldives';
    };
    expect(receivers(withArticleRecipient([row('c1', 'Saudi Fund for Development', null, null, 'Saudi Arabia'), row('c2', 'Kestrel Fund', null)], true, () => null, maldives))).toEqual([
      ['c1', 'Maldives', 'Maldives', 'article'],
      ['c2', 'Maldives', 'Maldives', 'article'],
    ]);
    // The givers, by country and by name, are left out of the count.
    expect(asked[0]).toEqual(['Saudi Arabia', 'Saudi Fund for Development', 'Kestrel Fund']);
    // A row whose giver is unread: nothing.
    expect(receivers(withArticleRecipient([row('c1', 'Kestrel Fund', null), row('c2', null, null)], true, () => null, maldives))[0]).toEqual(['c1', null, null, null]);
  });
  it('only says where receivers were read when told not to fill (a roundup of unrelated deals)', () => {
    expect(receivers(withArticleRecipient([row('c1', 'IFC', 'KCB Group', 'Kenya'), row('c2', 'MTN Ghana', null, null)], false))).toEqual([
      ['c1', 'KCB Group', 'Kenya', 'sentence'],
      ['c2', null, null, null],
    ]);
  });
});

describe('receivers of a made-up article', () => {
  const extract = extractLines();
  it('are read from the deal\'s sentences, else from the article, and say which', () => {
    const got = extract([
      'Solvane Energy signs $250 million loan with IFC for wind farm',
      'Solvane Energy signed a $250 million loan with the International Finance Corporation to build a 150 MW wind farm on the coast.',
      'Construction is due to begin in September.',
      'The site was chosen for its strong and steady winds.',
      'The Dutch development bank FMO is expected to add $60 million in subordinated debt later this year.',
    ]).commitments;
    expect(got.map((c) => [c.amount, c.funder, c.recipient, c.recipient_source])).toEqual([
      [250e6, 'International Finance Corporation', 'Solvane Energy', 'sentence'],
      [60e6, 'FMO', 'Solvane Energy', 'article'],
    ]);
  });
  let ref: ExtractReference;
  beforeAll(async () => {
    ref = (await loadExtractReference('data/reference')).ref;
  });
  it("are the dateline's country when no sentence names one (the article read by ingest, which reads its dateline)", () => {
    const lines = [
      'Development bank ready to allocate up to $400 million for Vardan dam',
      'YEREVAN, November 26 - The Asian Development Bank intends to allocate up to $400 million for the construction of the Vardan dam, the energy minister told reporters.',
      'The OPEC Fund is discussing a loan of $90 million for the same project.',
      'Armenia imports most of its gas.',
    ];
    const got = extractCase({ name: 'dateline receiver', commitments: [], text: lines.join('\n') }, ref).commitments;
    expect(got.map((c) => [c.amount, c.funder, c.recipient, c.recipient_source])).toEqual([
      [400e6, 'Asian Development Bank', 'Armenia', 'article'],
      [90e6, 'OPEC Fund for International Development', 'Armenia', 'article'],
    ]);
    // Not when the article never names the dateline's country past its dateline (a story filed from a hub), nor when
    // it names it as a giver.
    const receiversOf = (told: string[]) => extractCase({ name: 'dateline receiver', commitments: [], text: told.join('\n') }, ref).commitments.map((c) => c.recipient);
    expect(receiversOf(lines.slice(0, 3))).toEqual([null, null]);
    expect(receiversOf([...lines.slice(0, 3), 'Armenia has contributed $20 million of its own.'])).toEqual([null, null, null]);
  });
});

describe('articleCountry', () => {
  it('counts names, not demonyms, capitals, possessives before a name or where goods are exported', () => {
    const texts = [
      'The Kestrel Fund has agreed to provide a USD 100 million loan for social housing flats in Hulhumale.',
      "The agreement was signed by the Maldivian finance minister; Japan's Kestrel Corp and Japanese banks will also lend.",
      "Financing to the Maldives now stands at USD 400 million, most of it for export to Japan; the Maldives' reserves fell.",
    ];
    expect(articleCountry(texts, [], index)).toBe('Maldives');
    expect(articleCountry(texts, ['Maldives'], index)).toBe(null);
    expect(articleCountry(['ATHENS, Tenn. - Kestrel will invest $9 million in Athens.'], [], index)).toBe(null);
  });
});
