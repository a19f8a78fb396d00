import { describe, expect, it } from 'vitest';
import { extractLines } from './extractLines.ts';

describe('parts told after their whole as "of" it', () => {
  const extract = extractLines();
  const rows = (lines: string[]) => {
    const got = extract(lines).commitments;
    const amountOf = (id: string | null) => (id === null ? null : (got.find((r) => r.commitment_id === id)?.amount ?? 'missing'));
    return got.map((c) => [c.amount, c.instrument, c.funder, amountOf(c.part_of)]);
  };
  it.each([
    [
      'a part "of the grant" two sentences on, and the breakdown after it in its sentence',
      [
        'China gives Sri Lanka grants',
        'China will provide 1.5 billion yuan in grant assistance to Sri Lanka over three years under an agreement signed on Wednesday.',
        'The agreement was signed by the ambassador and the treasury secretary.',
        'According to the statement, 600 million yuan of the grant will be used to build housing, and 350 million yuan will go to the supply of farm machinery.',
      ],
      [
        [1.5e9, 'grant', 'China', null],
        [6e8, 'grant', 'China', 1.5e9],
        [3.5e8, 'grant', 'China', 1.5e9],
      ],
    ],
    [
      'a lender\'s part "of the debt" after a financing package secured, and the next lenders\' shares in its sentence',
      [
        'Wind farm secures financing',
        'ALMATY, May 4 - The developer has reached financial close on its wind farm after securing a $900 million financing package from development lenders.',
        'The EBRD is providing $400 million of the debt, while the Asian Development Bank and the AIIB are lending $250 million each.',
      ],
      [
        [9e8, 'debt_package', null, null],
        [4e8, 'debt_package', 'European Bank for Reconstruction and Development', 9e8],
        [2.5e8, 'loan', 'Asian Development Bank', 9e8],
        [2.5e8, 'loan', 'Asian Infrastructure Investment Bank', 9e8],
      ],
    ],
    [
      'a part "of the loan" with the lender of its whole',
      ['Loan for Ghana', 'The World Bank approved a $500 million loan to Ghana on Friday.', 'About $200 million of the loan will be disbursed this year.'],
      [
        [5e8, 'loan', 'World Bank', null],
        [2e8, 'loan', 'World Bank', 5e8],
      ],
    ],
  ])('%s', (_name, lines, want) => {
    expect(rows(lines)).toEqual(want);
  });
  it('links no part to a whole that cannot hold it', () => {
    const got = extract(['Loan for Ghana', 'The World Bank approved a $100 million loan to Ghana on Friday.', 'China said $200 million of the funding would come from its policy banks.']).commitments;
    expect(got.map((c) => [c.amount, c.part_of])).toEqual([
      [1e8, null],
      [2e8, null],
    ]);
  });
});

describe('a share of the whole just told, as the next sentence opens', () => {
  const extract = extractLines();
  it('is a part of that whole, with its giver, kind and status', () => {
    const got = extract([
      'Zentrova to invest $5 billion in India',
      'BENGALURU, March 12 - Zentrova will invest $5 billion in India over the next five years, the U.S. software maker said on Thursday.',
      'Nearly half of that, about 20,000 crore rupees ($2.3 billion), will go towards a data centre campus near Hyderabad, Zentrova said.',
    ]).commitments;
    const whole = got.find((c) => c.amount === 5e9)!;
    expect(got.map((c) => [c.amount, c.currency, c.funder, c.funder_country, c.instrument, c.status, c.part_of === whole.commitment_id])).toEqual([
      [5e9, 'USD', 'Zentrova', 'United States', 'investment', 'pledged', false],
      [2e11, 'INR', 'Zentrova', 'United States', 'investment', 'pledged', true],
    ]);
  });
});
