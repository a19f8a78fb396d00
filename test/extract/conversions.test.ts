import { beforeAll, describe, expect, it } from 'vitest';
import { conversionOf } from '../../pipeline/extract/conversions.ts';
import { findMoney } from '../../pipeline/extract/money.ts';
import { loadExtractReference } from '../../pipeline/io/extractReference.ts';
import type { CurrencyIndex } from '../../pipeline/extract/currencies.ts';

let currencies: CurrencyIndex;
beforeAll(async () => {
  currencies = (await loadExtractReference('data/reference')).ref.currencies;
});

/** For each figure of a sentence, its conversion's text (with its qualifier: a money figure includes "about") and the text where the sentence resumes past it (null: none). */
function conversions(sentence: string): ([string, string] | null)[] {
  const found = findMoney(sentence, currencies);
  return found.map((m, i) => {
    const c = conversionOf(sentence, m, found[i + 1]);
    return c ? [sentence.slice(c.money.start, c.money.end), sentence.slice(c.end)] : null;
  });
}

describe('a figure\'s conversion told right after it (conversionOf)', () => {
  it.each([
    ['in brackets', 'Japan will lend 140.7 billion yen ($950 million) for the metro.', [['$950 million', ' for the metro.'], null]],
    ['in brackets, as an estimate', 'Japan will lend 140.7 billion yen (about $950 million) for the metro.', [['about $950 million', ' for the metro.'], null]],
    ['between commas, as an estimate', 'China will lend Laos 1.5 billion yuan, about $210 million, to widen the line.', [['about $210 million', ' to widen the line.'], null]],
    ['between commas with "or about"', 'Qatar will give 2 billion riyals, or about $540 million, to Jordan.', [['about $540 million', ' to Jordan.'], null]],
    ['between commas at the sentence\'s end', 'China will lend Laos 1.5 billion yuan, about $210 million.', [['about $210 million', '.'], null]],
    ['in brackets, with a second after a slash', 'Of the tranche, 3.7 billion denars (60.2 million euro/$69.8 million) will go to towns.', [['60.2 million euro', '/$69.8 million) will go to towns.'], null, null]],
    // Not conversions: a list of one currency, and a sum stated after a comma without an estimate.
    ['a list of sums', 'The banks lent $1.5 billion, $1.2 billion and $1.3 billion respectively.', [null, null, null]],
    ['another sum, stated', 'Japan gave 10 billion yen, $50 million came from the bank.', [null, null]],
    ['a bracket that does not close after the figure', 'Japan will lend 140.7 billion yen (with $950 million more from banks) for the metro.', [null, null]],
  ])('%s', (_label, sentence, expected) => {
    expect(conversions(sentence)).toEqual(expected);
  });
});
