import { beforeAll, describe, expect, it } from 'vitest';
import { withIncentivesToInvestor } from '../../pipeline/extract/incentives.ts';
import { loadExtractReference } from '../../pipeline/io/extractReference.ts';
import type { ExtractReference } from '../../pipeline/stages/extract.ts';
import type { Commitment } from '../../pipeline/tables.ts';
import { commitment } from '../reconcile/rows.ts';
import { extractCase } from './unseen.score.ts';

const investment = (id: string, funder: string, funder_country: string) =>
  commitment(id, 'a', { funder, funder_country, funder_type: 'company', instrument: 'investment', quote: `${funder} will invest in a plant.` });
const incentive = (id: string, funder: string | null, quote: string, funder_country: string | null = null) =>
  commitment(id, 'a', { funder, funder_country, instrument: 'grant', quote });
const parties = (rows: Commitment[]) => rows.map((c) => [c.commitment_id, c.funder, c.funder_country, c.recipient, c.recipient_country, c.recipient_source]);
const inUS = () => 'United States';

describe('withIncentivesToInvestor', () => {
  it("gives a state's or town's incentives naming no receiver to the one foreign company investing, at its plant in the dateline's country, the giver of that country", () => {
    expect(parties(withIncentivesToInvestor([
      investment('c1', 'Kestrel Anodes Co', 'South Korea'),
      incentive('c2', 'OneState Authority', 'To support the project, the OneState Authority has committed a $12.5 million grant.'),
      incentive('c3', null, 'The county and the town have pledged a combined $22 million in local incentives.'),
    ], inUS))).toEqual([
      ['c1', 'Kestrel Anodes Co', 'South Korea', null, null, null],
      ['c2', 'OneState Authority', 'United States', 'Kestrel Anodes Co', 'United States', 'article'],
      ['c3', null, null, 'Kestrel Anodes Co', 'United States', 'article'],
    ]);
  });
  it('leaves a row alone whose sentence speaks of no incentive, one naming its receiver, and one of a foreign giver', () => {
    const rows = [
      investment('c1', 'Kestrel Anodes Co', 'South Korea'),
      incentive('c2', 'Kestrel Bank', 'Kestrel Bank arranged a $40 million loan.'),
      commitment('c3', 'a', { funder: 'OneState Authority', instrument: 'grant', recipient: 'Tarsa County', quote: 'The authority gave Tarsa County a $2 million grant.' }),
      incentive('c4', 'Export-Import Bank of Korea', 'KEXIM will lend the company $90 million.', 'South Korea'),
    ];
    expect(withIncentivesToInvestor(rows, inUS)).toEqual(rows);
  });
  it("takes a public giver's own country where no dateline names one, and 'the State grants' for a giver borrowed from the investor", () => {
    expect(parties(withIncentivesToInvestor([
      investment('c1', 'Kestrel Devices', 'United States'),
      commitment('c2', 'a', { funder: 'IDA Ireland', funder_type: 'other', funder_country: 'Ireland', instrument: 'grant', quote: 'The project is supported by IDA Ireland through a grant of €38m.' }),
    ], () => null))).toEqual([
      ['c1', 'Kestrel Devices', 'United States', null, null, null],
      ['c2', 'IDA Ireland', 'Ireland', 'Kestrel Devices', 'Ireland', 'article'],
    ]);
    expect(parties(withIncentivesToInvestor([
      investment('c1', 'Kestrel Electronics', 'Taiwan'),
      commitment('c2', 'a', { funder: 'Kestrel Electronics', funder_type: 'company', funder_country: 'Taiwan', recipient: 'Portugal', recipient_country: 'Portugal', instrument: 'grant', quote: 'Under the contract, the State grants incentives of 52 million euros.' }),
    ], () => 'Portugal'))).toEqual([
      ['c1', 'Kestrel Electronics', 'Taiwan', null, null, null],
      ['c2', 'Portugal', 'Portugal', 'Kestrel Electronics', 'Portugal', 'article'],
    ]);
  });
  it('fills nothing when two companies invest, when the investor is of the dateline country, or with no dateline country', () => {
    const grant = incentive('c3', 'OneState Authority', 'The state offered the company a $5 million grant.');
    const two = [investment('c1', 'Kestrel Anodes Co', 'South Korea'), investment('c2', 'Tarsa Motors', 'Japan'), grant];
    expect(withIncentivesToInvestor(two, inUS)).toEqual(two);
    const home = [investment('c1', 'Kestrel Steel', 'United States'), grant];
    expect(withIncentivesToInvestor(home, inUS)).toEqual(home);
    const nowhere = [investment('c1', 'Kestrel Anodes Co', 'South Korea'), grant];
    expect(withIncentivesToInvestor(nowhere, () => null)).toEqual(nowhere);
  });

  describe('in a made-up local story (ingested, so its dateline is read)', () => {
    let ref: ExtractReference;
    beforeAll(async () => {
      ref = (await loadExtractReference('data/reference')).ref;
    });
    const extract = (lines: string[]) => extractCase({ name: 'local incentives', commitments: [], text: lines.join('\n') }, ref);
    it("puts a state's and a county's grants to the investor, whose 'Co., a Seoul-based maker' gives its country", () => {
      const t = extract([
        'Korean anode maker to build $400 million plant in Nashville',
        'NASHVILLE – Kestrel Anodes Co., a Seoul-based maker of battery materials, will invest $400 million to build its first U.S. plant, creating 600 jobs.',
        'To support the project, the Tennessee Department of Economic and Community Development has committed a $12 million grant.',
        'Davidson County officials approved a $3 million grant for the company.',
      ]);
      expect(t.commitments.map((c) => [c.amount, c.funder, c.funder_country, c.recipient, c.recipient_source])).toEqual([
        [400e6, 'Kestrel Anodes Co', 'South Korea', 'United States', 'sentence'],
        [12e6, null, null, 'Kestrel Anodes Co', 'article'],
        [3e6, 'Davidson County', 'United States', 'Kestrel Anodes Co', 'article'],
      ]);
    });
    it("reads a dateline's province written as its abbreviation after an unknown town ('GRANBY, Que. —')", () => {
      const t = extract([
        "Korea's Kestrel Foil picks Granby for $400 million plant",
        "GRANBY, Que. — South Korea's Kestrel Foil will invest $400 million in a copper foil plant, bringing about 300 jobs.",
        'The Granby Economic Development Corp. agreed to contribute a $2 million grant toward roads at the site.',
      ]);
      expect(t.commitments.map((c) => [c.amount, c.currency, c.funder, c.funder_country, c.recipient])).toEqual([
        [400e6, 'CAD', 'Kestrel Foil', 'South Korea', null],
        [2e6, 'CAD', 'Granby Economic Development Corp', 'Canada', 'Kestrel Foil'],
      ]);
    });
    it("reads a dateline's state after its unknown town ('SHERMAN, Texas —') for the country the incentives are given in", () => {
      const t = extract([
        "Korea's Kestrel Electric picks Sherman for $420 million plant",
        'SHERMAN, Texas — South Korean power-equipment maker Kestrel Electric will invest $420 million in a transformer factory, bringing about 900 jobs.',
        'The Sherman Economic Development Corp. agreed to contribute $3 million in cash toward roads at the site, and the city approved a tax abatement.',
      ]);
      expect(t.commitments.map((c) => [c.amount, c.funder, c.funder_country, c.recipient, c.recipient_source])).toEqual([
        [420e6, 'Kestrel Electric', 'South Korea', null, null],
        [3e6, 'Sherman Economic Development Corp', 'United States', 'Kestrel Electric', 'article'],
      ]);
    });
  });
});
