import { describe, expect, it } from 'vitest';
import { extractLines } from './extractLines.ts';

describe('a future-tense part of a whole already signed takes its status', () => {
  const extract = extractLines();
  const rows = (lines: string[]) => extract(lines).commitments.map((c) => [c.amount, c.funder, c.status]);
  it.each([
    [
      'two lenders "will lend" the parts of the package they signed the sentence before',
      [
        'Lenders back Mongolian wind farm',
        'ULAANBAATAR, March 3 - The Asian Development Bank and the Japan Bank for International Cooperation signed loan agreements on Monday for a financing package of up to $240 million for a wind farm in the Gobi region.',
        'The Asian Development Bank will lend up to $140 million and the Japan Bank for International Cooperation up to $100 million.',
      ],
      [
        [2.4e8, 'Asian Development Bank; Japan Bank for International Cooperation', 'signed'],
        [1.4e8, 'Asian Development Bank', 'signed'],
        [1e8, 'Japan Bank for International Cooperation', 'signed'],
      ],
    ],
    [
      'parts lenders "are providing", of a whole a headline "secures" and the lead says was signed: the signing',
      [
        'Rwanda secures Rwf520 billion from AfDB, JICA for water and road projects',
        'KIGALI, March 2 - Rwanda on Monday signed financing agreements worth Rwf520 billion (about $360 million) with the African Development Bank (AfDB) and the Japan International Cooperation Agency (JICA), in a ceremony at Village Urugwiro.',
        'The AfDB is providing a $200 million loan for a water project, while JICA is extending a concessional loan of 23 billion yen (about Rwf220 billion) for roads.',
      ],
      [
        [5.2e11, 'African Development Bank; Japan International Cooperation Agency', 'signed'],
        [2e8, 'African Development Bank', 'signed'],
        [2.3e10, 'Japan International Cooperation Agency', 'signed'],
      ],
    ],
    [
      'the remaining part that "is for" a project, after a part that "will go to" one, of a sum approved',
      [
        'World Bank approves $600 million for Nepal',
        'KATHMANDU, June 3 - The World Bank on Tuesday approved $600 million in financing for two projects in Nepal.',
        'Of the amount, $400 million will go to a hydropower transmission project, while the remaining $200 million is for a rural roads programme, the lender said.',
      ],
      [
        [6e8, 'World Bank', 'approved'],
        [4e8, 'World Bank', 'approved'],
        [2e8, 'World Bank', 'approved'],
      ],
    ],
    [
      'a part "of the amount" a lender "is providing", after agreements signed',
      [
        'Banks lend to Senegalese solar firm',
        'DAKAR, May 12 - The European Investment Bank and the West African Development Bank have signed loan agreements totalling 40 million euros with Senegal’s national power utility Senelec.',
        'The European Investment Bank is providing 25 million euros of the amount, according to a statement.',
      ],
      [
        [4e7, 'European Investment Bank; West African Development Bank', 'signed'],
        [2.5e7, 'European Investment Bank', 'signed'],
      ],
    ],
    [
      'parts "of the amount" allotted to two projects, one "has been earmarked", two sentences after the signing',
      [
        'Korea signs loans for Tanzanian rail and hospital',
        'DODOMA, May 4 - South Korea signed loan agreements worth $300 million with Tanzania on Monday.',
        'The agreements were signed by the finance minister and the Korean ambassador at the treasury.',
        'Of the amount, $180 million will go to a railway workshop in Dodoma, while $120 million has been earmarked for a referral hospital.',
      ],
      [
        [3e8, 'South Korea', 'signed'],
        [1.8e8, 'South Korea', 'signed'],
        [1.2e8, 'South Korea', 'signed'],
      ],
    ],
    [
      'the next part of the breakdown with its verb understood ("and the remaining $150 million to ...")',
      [
        'Gulf lender signs $400 million for Jordanian utilities',
        'AMMAN, May 6 - The Islamic Development Bank on Sunday signed agreements with Jordan for up to $400 million in financing for fuel imports.',
        'Of the amount, $250 million will be extended to Jordan Electric Power Company (JEPCO) and the remaining $150 million to Jordan Phosphate Mines Company (JPMC).',
      ],
      [
        [4e8, 'Islamic Development Bank', 'signed'],
        [2.5e8, 'Islamic Development Bank', 'signed'],
        [1.5e8, 'Islamic Development Bank', 'signed'],
      ],
    ],
    [
      'a sum in a sentence opened by "Under the agreements", not linked to the whole, with the signed figure before',
      [
        'Jordan signs aid deals',
        'AMMAN, June 2 - Jordan signed financing agreements worth $900 million with the Arab Fund for Economic and Social Development on Sunday.',
        'Under the agreements, the Arab Fund will provide $500 million for a desalination plant in Aqaba.',
      ],
      [
        [9e8, 'Arab Fund for Economic and Social Development', 'signed'],
        [5e8, 'Arab Fund for Economic and Social Development', 'signed'],
      ],
    ],
    [
      '"The bulk of the money", in a currency with no rate converted in brackets, "will go to" a receiver: a part of the approved whole',
      [
        'Bank approves aid for Barbados',
        'Bridgetown, November 20, 2026 — The Caribbean Development Bank has approved loans and grants totalling more than US$96 million for projects in Barbados.',
        'The bulk of the money, a BDS$150 million (US$75 million) loan, will go to the Barbados Water Authority to upgrade a sewage plant.',
      ],
      [
        [9.6e7, 'Caribbean Development Bank', 'approved'],
        [1.5e8, 'Caribbean Development Bank', 'approved'],
      ],
    ],
  ])('%s', (_name, lines, want) => {
    expect(rows(lines)).toEqual(want);
  });

  it.each([
    [
      'a part its own sentence says was pledged',
      [
        'Lenders back Mongolian wind farm',
        'ULAANBAATAR, March 3 - The Asian Development Bank and the Japan Bank for International Cooperation signed loan agreements on Monday for a financing package of up to $240 million for a wind farm in the Gobi region.',
        'The Asian Development Bank has pledged to lend up to $140 million and the Japan Bank for International Cooperation will lend up to $100 million.',
      ],
      [
        [2.4e8, 'signed'],
        [1.4e8, 'pledged'],
        [1e8, 'pledged'],
      ],
    ],
    [
      'a future sum after a whole that is only pledged',
      [
        'Kuwait pledges aid to Sudan',
        'KHARTOUM, April 8 - Kuwait has pledged $300 million to Sudan for reconstruction.',
        'Under the pledge, the Kuwait Fund will provide $100 million for water projects.',
      ],
      [
        [3e8, 'pledged'],
        [1e8, 'pledged'],
      ],
    ],
  ])('keeps the part\'s own status: %s', (_name, lines, want) => {
    expect(rows(lines).map((r) => [r[0], r[2]])).toEqual(want);
  });
});
