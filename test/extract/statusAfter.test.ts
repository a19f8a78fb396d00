import { describe, expect, it } from 'vitest';
import { extractLines } from './extractLines.ts';

/** Status told in the sentence after the money (pipeline/extract/statusAfter.ts). */
describe('status told in the sentence after the figure', () => {
  const extract = extractLines();
  const statuses = (lines: string[]) => extract(['Money', ...lines]).commitments.map((c) => [c.amount, c.instrument, c.status]);
  it.each([
    [
      'the board approved the loan: approved',
      ['CAIRO - Egypt reached a staff-level agreement with the IMF on a $3 billion loan.', 'The IMF board approved the loan on Monday.'],
      [[3e9, 'loan', 'approved']],
    ],
    [
      'a hedged approval changes nothing',
      ['CAIRO - Egypt reached a staff-level agreement with the IMF on a $3 billion loan.', 'The IMF board is expected to approve the loan next month.'],
      [[3e9, 'loan', 'agreed']],
    ],
    [
      'an approval still pending changes nothing',
      ['CAIRO - Egypt reached a staff-level agreement with the IMF on a $3 billion loan.', 'The loan is subject to approval by the board.'],
      [[3e9, 'loan', 'agreed']],
    ],
    [
      'the grant it names, not the loan beside it',
      ['ACCRA - Japan pledged a $20 million grant and a $50 million loan to Ghana.', 'The grant was signed on Friday.'],
      [[20e6, 'grant', 'signed'], [50e6, 'loan', 'pledged']],
    ],
    [
      'two sentences after: the firmer status stays, whichever comes last',
      ['ACCRA - Japan pledged a $50 million loan to Ghana for roads.', 'The loan was disbursed in March.', 'The loan had been approved by the cabinet.'],
      [[50e6, 'loan', 'disbursed']],
    ],
    [
      'a deal called off is cancelled',
      ['ACCRA - Japan pledged $50 million to Ghana for roads.', 'The deal was later cancelled after a dispute.'],
      [[50e6, null, 'cancelled']],
    ],
    [
      'a plural noun points back too: "The agreements were signed"',
      ['YAOUNDE - Cameroon has secured financing of CFA 92 billion from the Islamic Development Bank.', 'The agreements were signed on March 9 in Jeddah.'],
      [[9.2e10, 'financing', 'signed']],
    ],
    [
      'a sentence with money of its own keeps its status to itself',
      ['ACCRA - Japan pledged $50 million to Ghana for roads.', 'The deal was signed alongside a $5 million grant from Korea.'],
      [[50e6, null, 'pledged'], [5e6, 'grant', 'signed']],
    ],
    [
      'too far back',
      ['ACCRA - Japan pledged $50 million to Ghana for roads.', 'Ghana has 30 million people.', 'Its economy grew fast.', 'The deal was signed on Friday.'],
      [[50e6, null, 'pledged']],
    ],
  ])('%s', (_label, lines, expected) => {
    expect(statuses(lines)).toEqual(expected);
  });
});
