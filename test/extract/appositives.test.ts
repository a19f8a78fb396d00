/**
 * roles.ts reads the appositives of the text before a figure from those of the whole sentence,
 * kept once per sentence: they must be exactly the ones a scan of the text before the anchor finds.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appositiveSpans } from '../../pipeline/extract/roles.ts';

/**
 * What roles.ts computed for each figure before: a scan of the text before the anchor; and since an appositive may be
 * closed by the sentence's end ("led by BII, the UK's development finance institution."), the one that closes the whole
 * text, once the anchor is past it (the text before an anchor inside it is no sentence's end).
 */
const scanBefore = (text: string, anchor: number) => {
  const spans: [number, number][] = [...text.slice(0, anchor).matchAll(/,\s+(?:a|an|the|which|who)\s[^,;]{1,100},/g)].map((m) => [m.index, m.index + m[0].length]);
  const last = /,\s+(?:a|an|the|which|who)\s[^,;]{1,100}(?=\.?\s*$)/.exec(text);
  if (last && last.index + last[0].length <= anchor && !spans.some(([from, to]) => last.index < to && from < last.index + last[0].length)) spans.push([last.index, last.index + last[0].length]);
  return spans;
};
const keptBefore = (text: string, anchor: number) => appositiveSpans(text).filter(([, to]) => to <= anchor);

const CASES: [string, string][] = [
  ['one appositive', 'Kestrel Minerals, a Canadian miner, will invest $2bn in Kenya.'],
  ['two in a row', 'Kestrel, a miner, and Lakeview, the developer, agreed on $1bn.'],
  ['one too long', `Kestrel, a ${'very '.repeat(30)}big miner, lent $1bn, which it said, the bank, agreed.`],
  ['a semicolon breaks it', 'Kestrel, a miner; the bank, a lender, lent $1bn.'],
  ['which and who', 'The fund, which is state-owned, and the bank, who lends, gave $3bn.'],
  ['none', 'No appositive here, none at all.'],
  ['one the sentence\'s end closes', 'The round was led by Kestrel, the fund of the bank.'],
];

describe('appositiveSpans', () => {
  it.each(CASES)('before every anchor, gives what a scan of the text before it gives: %s', (_name, text) => {
    for (let anchor = 0; anchor <= text.length; anchor++) expect(keptBefore(text, anchor), `anchor ${anchor}`).toEqual(scanBefore(text, anchor));
  });

  it('does so on random texts and anchors', () => {
    const piece = fc.constantFrom(',', ', a ', ', an ', ', the ', ', which ', ', who ', ';', ' ', 'bank', 'x'.repeat(60), ',\t', ' lent $1bn');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(), (parts, at) => {
        const text = parts.join('');
        const anchor = text.length === 0 ? 0 : at % (text.length + 1);
        expect(keptBefore(text, anchor)).toEqual(scanBefore(text, anchor));
      }),
      { numRuns: 3000 },
    );
  });
});
