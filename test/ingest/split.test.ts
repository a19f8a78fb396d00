import { describe, expect, it } from 'vitest';
import { articleStarts, splitArticles } from '../../pipeline/ingest/split.ts';

const lines = (text: string) => text.split('\n');
/** First non-blank line of each part. */
const heads = (text: string) => splitArticles(lines(text)).map((part) => part.find((l) => l.trim() !== '')?.trim());

// Three pages copied back to back, no blank lines, each with a different stamp style.
const THREE_NO_BLANKS = `Kenya signs $1 billion rail deal with Chinese lenders
Published: Nov 3, 2024
Share
Kenya signs $1 billion rail deal with Chinese lenders
• Loan covers the second phase of the line
NAIROBI: Kenya signed a $1 billion loan on Monday for its railway.
The treasury said repayments start in 2030.
Peru approves copper mine expansion worth $2.4 billion
Updated 2 hours ago
Follow
Peru approves copper mine expansion worth $2.4 billion
- Expansion to add 1,200 jobs
LIMA (Reuters) - Peru approved the expansion on Friday.
Officials expect exports to rise.
Vietnam and Korea plan wind power fund
Last updated: 5 March 2025 14:02 GMT
Vietnam and Korea plan wind power fund
HANOI, Mar 5: Vietnam and South Korea plan a $300 million fund.
The fund will back offshore projects.`;

// The same kind of file with blank lines, captions and the stamp block before the headline copy.
const THREE_WITH_FURNITURE = `Ghana raises $750 million in bond sale

A trader in Accra. (Reuters/File)
Short Url
Updated 12 January 2025
Follow

Ghana raises $750 million in bond sale

  • Demand exceeded $2 billion

ACCRA: Ghana sold $750 million of bonds on Thursday.

Investors welcomed the deal.


Egypt secures Gulf deposit of $5 billion

Updated 7 sec ago
Follow

Egypt secures Gulf deposit of $5 billion

CAIRO: Egypt received a $5 billion deposit.


Morocco signs solar financing

Published 9 Feb 2025 | Updated 10 Feb 2025
Morocco signs solar financing

RABAT: Lenders agreed to finance a solar plant.`;

describe('splitArticles', () => {
  it('splits three articles with no blank lines and different stamps', () => {
    expect(heads(THREE_NO_BLANKS)).toEqual([
      'Kenya signs $1 billion rail deal with Chinese lenders',
      'Peru approves copper mine expansion worth $2.4 billion',
      'Vietnam and Korea plan wind power fund',
    ]);
    expect(articleStarts(lines(THREE_NO_BLANKS))).toEqual([0, 7, 14]);
  });

  it('splits three articles with blank lines, captions and stamp blocks', () => {
    expect(heads(THREE_WITH_FURNITURE)).toEqual([
      'Ghana raises $750 million in bond sale',
      'Egypt secures Gulf deposit of $5 billion',
      'Morocco signs solar financing',
    ]);
  });

  it('splits on repeated headlines alone (no stamps)', () => {
    const text = [
      'Brazil and China sign soybean pact', 'Follow', 'Brazil and China sign soybean pact', 'BRASILIA: The pact was signed.',
      'Chile taps Japan for lithium loan', 'Share', 'Chile taps Japan for lithium loan', 'SANTIAGO: The loan is $500 million.',
    ].join('\n');
    expect(heads(text)).toEqual(['Brazil and China sign soybean pact', 'Chile taps Japan for lithium loan']);
  });

  it.each([
    ['a title printed twice', 'Zambia gets IMF tranche\nUpdated 3 hours ago\nZambia gets IMF tranche\nLUSAKA: The IMF released $184 million.\nThe finance ministry welcomed it.'],
    ['a title printed twice side by side', 'Zambia gets IMF tranche\nZambia gets IMF tranche\nLUSAKA: The IMF released $184 million.'],
    ['a title repeated at the end', 'Zambia gets IMF tranche\nLUSAKA: The IMF released $184 million.\nMore text.\nZambia gets IMF tranche'],
    ['a stamp at the end', 'Zambia gets IMF tranche\nLUSAKA: The IMF released $184 million.\nThe ministry welcomed it.\nPublished 3 Nov 2024'],
    ['a quote said twice', 'Zambia gets IMF tranche\nLUSAKA: The IMF released $184 million.\n“We are grateful.”\n“We are grateful.”\nThe ministry agreed.'],
    ['no header at all', 'Just one paragraph of text about a $5 million grant.'],
    ['an empty file', ''],
  ])('keeps a single article whole: %s', (_name, text) => {
    expect(splitArticles(lines(text))).toEqual([lines(text)]);
  });

  // Headline copies are compared in lower case with spaces collapsed; a quick first-word test
  // rules out most pairs, so both sides of it are checked here.
  it.each([
    ['in capitals', 'TOGO SIGNS PORT DEAL WITH GULF FUND', 'Togo signs port deal with Gulf fund'],
    ['with doubled spaces and tabs', 'Togo signs  port deal\twith Gulf fund', 'Togo signs port deal with Gulf fund'],
    ['outside ASCII', 'Türkiye signs port deal with Gulf fund', 'TÜRKIYE SIGNS PORT DEAL WITH GULF FUND'],
  ])('finds a headline printed again %s', (_name, first, copy) => {
    const text = `Old story about rates\nRates rose again this week, the bank said.\n${first}\nShare\n${copy}\nLOME: Togo signed the deal on Monday.`;
    expect(articleStarts(lines(text))).toEqual([0, 2]);
  });

  it('does not take a line for a copy when only its first word matches', () => {
    const text = `Old story about rates\nRates rose again this week, the bank said.\nTogo signs port deal with Gulf fund\nShare\nTogo signs rail deal with Gulf fund\nLOME: Togo signed the deal on Monday.`;
    expect(articleStarts(lines(text))).toEqual([0]);
  });
});
