import { describe, expect, it } from 'vitest';
import { extractLines } from './extractLines.ts';

/**
 * Money "to the same" fund as money told before, and money that goes with money just told ("The
 * loan is co-financed by a grant"), goes where that money goes (pipeline/extract/sameRecipient.ts).
 */
describe('recipients of money told as going to the same place', () => {
  const extract = extractLines();
  const recipients = (lines: string[]) => extract(['Donors', ...lines]).commitments.map((c) => [c.funder, c.amount, c.recipient]);
  it.each([
    [
      ['Qatar pledged $1 billion to Syria on Sunday, days after Saudi Arabia announced a contribution of $500 million to the same fund.'],
      [['Qatar', 1e9, 'Syria'], ['Saudi Arabia', 500e6, 'Syria']],
    ],
    [
      ['Norway gave $50 million to Chad on Monday.', 'A day later Sweden pledged $20 million to the same country.'],
      [['Norway', 50e6, 'Chad'], ['Sweden', 20e6, 'Chad']],
    ],
    [
      ['The European Bank for Reconstruction and Development is lending €75 million to Tunisia for a desalination plant.', 'The loan is co-financed by a €25 million grant from the European Union.'],
      [['European Bank for Reconstruction and Development', 75e6, 'Tunisia'], ['European Union', 25e6, 'Tunisia']],
    ],
    // Money "for the country" with no recipient of its own, and the parts of that money.
    [
      ['France will give €100 million in aid to Lebanon, Macron said at a conference that raised a total of $1 billion for the country.', 'Of that sum, $800 million is for humanitarian aid.'],
      [['France', 100e6, 'Lebanon'], [null, 1e9, 'Lebanon'], [null, 800e6, 'Lebanon']],
    ],
    // "The same" is the figure's own, whatever recipient the sentence names for another figure.
    [
      ['Norway gave $50 million to Chad on Monday.', 'Sweden pledged $20 million to the same fund and $5 million to Niger.'],
      [['Norway', 50e6, 'Chad'], ['Sweden', 20e6, 'Chad'], ['Sweden', 5e6, 'Niger']],
    ],
    // Money beside money told before it keeps a recipient of its own.
    [
      ['The European Bank for Reconstruction and Development is lending €75 million to Tunisia.', 'The loan is complemented by a €25 million grant from the European Union to Libya.'],
      [['European Bank for Reconstruction and Development', 75e6, 'Tunisia'], ['European Union', 25e6, 'Libya']],
    ],
  ])('%j', (lines, expected) => {
    expect(recipients(lines)).toEqual(expected);
  });
});
