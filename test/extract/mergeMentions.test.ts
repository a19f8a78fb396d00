import { describe, expect, it } from 'vitest';
import { mergeCommitments, type FactMention } from '../../pipeline/extract/mergeMentions.ts';
import type { Commitment } from '../../pipeline/tables.ts';
import { extractLines } from './extractLines.ts';

/** A commitment mention of a figure; `at` is its position in the article, headline or body. */
function mention(id: string, at: number, headline: boolean, fields: Partial<Commitment>): FactMention<Commitment> {
  const row: Commitment = {
    commitment_id: `c${id}`, article_id: 'a', funder: null, funder_type: null, funder_country: null, recipient: null,
    recipient_country: null, recipient_source: null, project: null, amount: 150e6, amount_low: 150e6, amount_high: 150e6, currency: 'EUR',
    qualifier: 'exact', instrument: 'loan', status: 'signed', sector: null, stake_percent: null, part_of: null,
    evidence_id: `e${id}`, quote: `sentence ${id}`, ...fields,
  };
  return {
    row,
    evidence: { evidence_id: `e${id}`, article_id: 'a', sentence_id: `a-s${id}`, start: at, end: at + 5, surface: 'x', sentence: `sentence ${id}` },
    position: at,
    headline,
  };
}

const parties = (c: Commitment) => [c.funder, c.funder_type, c.funder_country, c.recipient, c.recipient_country, c.evidence_id];

describe('mergeCommitments', () => {
  const cases: [string, FactMention<Commitment>[], ReturnType<typeof parties>[]][] = [
    [
      'a multilateral lender keeps its empty country when a headline read the borrower as funder',
      [
        mention('1', 0, true, { funder: 'Freedonia', funder_type: 'government', funder_country: 'Freedonia' }),
        mention('2', 50, false, { funder: 'European Investment Bank', funder_type: 'development_bank', funder_country: null, recipient: 'Freedonia', recipient_country: 'Freedonia' }),
      ],
      [['European Investment Bank', 'development_bank', null, 'Freedonia', 'Freedonia', 'e1;e2']],
    ],
    [
      'a recipient of no known country is in the one country the headline names as receiving',
      [
        mention('1', 0, true, { funder: 'Japan', funder_type: 'government', funder_country: 'Japan', recipient: 'Ruritania', recipient_country: 'Ruritania' }),
        mention('2', 50, false, { funder: 'Japan', funder_type: 'government', funder_country: 'Japan', recipient: 'Ruritania Power Company', recipient_country: null }),
      ],
      [['Japan', 'government', 'Japan', 'Ruritania Power Company', 'Ruritania', 'e1;e2']],
    ],
    [
      'a recipient travels with its own country',
      [
        mention('1', 0, true, { funder: 'Japan', funder_type: 'government', funder_country: 'Japan', recipient: 'Ruritania', recipient_country: 'Ruritania' }),
        mention('2', 50, false, { funder: 'Japan', funder_type: 'government', funder_country: 'Japan', recipient: 'Freedonia Power Company', recipient_country: 'Freedonia' }),
      ],
      [['Japan', 'government', 'Japan', 'Freedonia Power Company', 'Freedonia', 'e1;e2']],
    ],
    [
      'a body mention without parties takes the headline’s, whole',
      [
        mention('1', 0, true, { funder: 'Japan', funder_type: 'government', funder_country: 'Japan', recipient: 'Ruritania', recipient_country: 'Ruritania' }),
        mention('2', 50, false, {}),
      ],
      [['Japan', 'government', 'Japan', 'Ruritania', 'Ruritania', 'e1;e2']],
    ],
    [
      'a headline’s "facility" and the body’s export credit are one debt',
      [
        mention('1', 0, true, { funder: 'Kestrel Exim', instrument: 'loan' }),
        mention('2', 50, false, { funder: 'Kestrel Exim', instrument: 'export_credit' }),
      ],
      [['Kestrel Exim', null, null, null, null, 'e1;e2']],
    ],
    [
      'two body loans of the same size by different lenders stay apart',
      [
        mention('1', 0, false, { funder: 'Kestrel Bank', instrument: 'loan' }),
        mention('2', 50, false, { funder: 'Osprey Bank', instrument: 'export_credit' }),
      ],
      [['Kestrel Bank', null, null, null, null, 'e1'], ['Osprey Bank', null, null, null, null, 'e2']],
    ],
    [
      'a headline\'s bare figure is the top of the body\'s range',
      [
        mention('1', 0, true, { funder: 'Holcim', amount: 120e9, amount_low: 120e9, amount_high: 120e9, currency: 'XOF', instrument: 'investment' }),
        mention('2', 50, false, { funder: 'Holcim', amount: null, amount_low: 100e9, amount_high: 120e9, currency: 'XOF', qualifier: 'range', instrument: 'investment' }),
      ],
      [['Holcim', null, null, null, null, 'e1;e2']],
    ],
    [
      'but two body figures, a range and its top, stay apart',
      [
        mention('1', 0, false, { funder: 'Holcim', amount: 120e9, amount_low: 120e9, amount_high: 120e9, currency: 'XOF', instrument: 'investment' }),
        mention('2', 50, false, { funder: 'Holcim', amount: null, amount_low: 100e9, amount_high: 120e9, currency: 'XOF', qualifier: 'range', instrument: 'investment' }),
      ],
      [['Holcim', null, null, null, null, 'e1'], ['Holcim', null, null, null, null, 'e2']],
    ],
  ];
  it.each(cases)('%s', (_label, mentions, expected) => {
    expect(mergeCommitments(mentions).map(parties)).toEqual(expected);
  });
});

describe("a headline's project name the body writes in lower case", () => {
  const extract = extractLines();
  it('merges the headline with the body that names its project in other case', () => {
    const got = extract([
      'U.S. EXIM Approves Up to $900 Million Loan for Tungsten Project in Kazakhstan',
      'ASTANA - The Export-Import Bank of the United States has approved a loan of up to $900 million for the Akzhal tungsten project in Kazakhstan.',
    ]).commitments;
    expect(got.map((c) => [c.amount, c.evidence_id.split(';').length])).toEqual([[9e8, 2]]);
  });
});

describe("a giver of no known country within a government's package", () => {
  const extract = extractLines();
  it("is of the government's country", () => {
    const got = extract([
      'Azerbaijan to invest in Pakistan',
      'Azerbaijan will invest a total of $1.6 billion in Pakistan under a package signed this week.',
      'The State Oil Company of Azerbaijan Republic will invest $900 million in a pipeline.',
      'The Azerbaijan Investment Company will contribute $450 million to a minerals fund, while the remaining $250 million will be invested by state gold miner AzerGold in copper exploration.',
    ]).commitments;
    expect(got.map((c) => [c.amount, c.funder, c.funder_country, c.part_of === null ? null : 'part'])).toEqual([
      [1.6e9, 'Azerbaijan', 'Azerbaijan', null],
      [9e8, 'State Oil Company of Azerbaijan Republic', 'Azerbaijan', 'part'],
      [4.5e8, 'Azerbaijan Investment Company', 'Azerbaijan', 'part'],
      [2.5e8, 'AzerGold', 'Azerbaijan', 'part'],
    ]);
  });
});

describe("a part that names only its whole's receiver's country", () => {
  const extract = extractLines();
  it("takes the whole's receiver, which is finer", () => {
    const got = extract([
      'SANTIAGO, Nov 19 - Chilean wind developer Vientos del Sur (VDS) has secured US$420mn in senior debt for a wind farm in the Magallanes region.',
      'IDB Invest is providing US$250mn of the package, while German development bank KfW is contributing the remaining US$170mn.',
    ]).commitments;
    expect(got.map((c) => [c.amount, c.recipient, c.recipient_country, c.part_of === null ? null : 'part'])).toEqual([
      [4.2e8, 'Vientos del Sur', 'Chile', null],
      [2.5e8, 'Vientos del Sur', 'Chile', 'part'],
      [1.7e8, 'Vientos del Sur', 'Chile', 'part'],
    ]);
  });
});
