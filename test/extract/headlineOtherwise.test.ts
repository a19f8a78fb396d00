import { describe, expect, it } from 'vitest';
import { extractLines } from './extractLines.ts';

/** A headline's figure the body tells as no money given (pipeline/extract/headlineOtherwise.ts). */
describe("a headline's figure the body tells otherwise", () => {
  const extract = extractLines();
  const rows = (lines: string[]) => extract(lines).commitments.map((c) => [c.amount, c.currency, c.funder]);
  it.each([
    [
      'a contract price the body tells with its conversion: no commitment',
      ['Nuclear deal: Korea’s KHNP to build two reactors for $17bn', 'PRAGUE - The Czech government chose South Korea’s KHNP to build two reactors at the plant for an estimated 400 billion koruna ($17 billion).'],
      [],
    ],
    [
      'signing a contract gives no money',
      ['Tanzania, Turkey’s Yapi Merkezi sign $1.9bn railway contract', 'DAR ES SALAAM - Tanzania has signed a $1.9 billion contract with Turkey’s Yapi Merkezi to build a 506-km section of its railway.'],
      [],
    ],
    [
      'a headline that names a verb of giving keeps its commitment',
      ['Korea’s KHNP to invest $17bn in Czech reactors', 'PRAGUE - The Czech government chose South Korea’s KHNP to build two reactors at the plant for an estimated 400 billion koruna ($17 billion).'],
      [[17e9, 'USD', 'KHNP']],
    ],
    [
      'a signed deal "for" a plant of a sum the body tells as its cost: no commitment',
      ['Kestrel, Tarsa Energy sign deal for $10bn nuclear plant', 'ASTANA - Kestrel has chosen Tarsa Energy to lead the construction of its first nuclear power plant, estimated to cost about $10 billion, the agency said.'],
      [],
    ],
    [
      'a headline\'s signed "deal" the body tells as an agreement with a builder named by its trade: no commitment',
      ['Kestrel signs $5bn deal with Chinese firm for railway', 'LAGOS - Kestrel’s transport ministry signed a $5 billion agreement with China Civil Engineering Construction Corporation to build a coastal railway.'],
      [],
    ],
    [
      'a sum signed "in" projects is money put in them, not their size',
      ['Kestrel, Tarsa Energy sign $5bn in solar projects', 'ASTANA - Tarsa Energy signed agreements with Kestrel for projects worth $5 billion, the ministry said.'],
      [[5e9, 'USD', 'Tarsa Energy']],
    ],
    [
      'a signed deal whose sum is the deal\'s keeps it',
      ['Kestrel, Tarsa Energy sign $10bn deal for nuclear plant', 'ASTANA - Kestrel has chosen Tarsa Energy to lead the construction of its first nuclear power plant, estimated to cost about $10 billion, the agency said.'],
      [[10e9, 'USD', 'Tarsa Energy']],
    ],
    [
      'a body commitment\'s bracketed conversion is that money: the headline merges with it',
      ['Norway gives $80m to Ethiopia', 'ADDIS ABABA - Norway has signed an agreement to provide 850 million Norwegian crowns ($80 million) in grants to Ethiopia.'],
      [[850e6, 'NOK', 'Norway']],
    ],
  ])('%s', (_label, lines, expected) => {
    expect(rows(lines)).toEqual(expected);
  });
});
