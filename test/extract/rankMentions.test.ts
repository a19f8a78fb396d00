/**
 * rankMentions scores each mention once; it must order a group exactly as sorting with the
 * scores recomputed at every comparison did: body before headline, more fields filled first,
 * then article order.
 */
import { describe, expect, it } from 'vitest';
import { rankMentions, type FactMention } from '../../pipeline/extract/mergeMentions.ts';

type Row = { id: string; a: string | null; b: number | null; c: string | null };

function mention(id: string, start: number, headline: boolean, a: string | null, b: number | null, c: string | null): FactMention<Row> {
  return {
    row: { id, a, b, c },
    evidence: { evidence_id: `e${id}`, article_id: 'x', sentence_id: `x-s${id}`, start, end: start + 3, surface: 'x', sentence: `sentence ${id}` },
    position: start,
    headline,
  };
}

/** The sort as mergeMentions wrote it before: the score worked out at each comparison. */
function byComparison(group: readonly FactMention<Row>[]): FactMention<Row>[] {
  const score = (m: FactMention<Row>) => (m.headline ? 0 : 1000) + Object.values(m.row).filter((v) => v !== null && v !== '').length;
  return [...group].sort((x, y) => score(y) - score(x) || x.evidence.start - y.evidence.start);
}

describe('rankMentions', () => {
  const cases: [string, FactMention<Row>[], string[]][] = [
    ['one mention', [mention('1', 0, false, null, null, null)], ['1']],
    ['body before headline', [mention('1', 0, true, 'x', 1, 'y'), mention('2', 40, false, null, null, null)], ['2', '1']],
    ['more fields first', [mention('1', 0, false, 'x', null, null), mention('2', 40, false, 'x', 2, 'z')], ['2', '1']],
    ['an empty string is not filled', [mention('1', 0, false, '', 1, null), mention('2', 40, false, 'x', 1, null)], ['2', '1']],
    ['equal scores keep article order', [mention('2', 40, false, 'x', null, null), mention('1', 0, false, null, 3, null)], ['1', '2']],
    ['equal scores and starts keep the given order', [mention('1', 10, false, 'x', null, null), mention('2', 10, false, 'y', null, null)], ['1', '2']],
    [
      'a mixed group',
      [mention('1', 0, true, 'x', 1, 'y'), mention('2', 30, false, 'x', null, null), mention('3', 60, false, 'x', 1, null), mention('4', 90, true, null, null, null), mention('5', 20, false, 'q', null, null)],
      ['3', '5', '2', '1', '4'],
    ],
  ];
  it.each(cases)('%s', (_name, group, expected) => {
    expect(rankMentions(group).map((m) => m.row.id)).toEqual(expected);
    expect(rankMentions(group)).toEqual(byComparison(group));
  });
});
