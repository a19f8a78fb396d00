import { describe, expect, it } from 'vitest';
import { checkHeadlineFigures } from '../../../pipeline/reconcile/checks/headlineFigures.ts';
import type { Deal } from '../../../pipeline/tables.ts';
import { article, deal } from '../rows.ts';

const TITLE = 'Saudi fund to invest $2.3bn in Egyptian ports';
const articles = [{ ...article('a1', '2024-03-03'), title: TITLE }, { ...article('a2', '2024-03-04'), title: 'Another story' }];

/** A deal of article a1 told by its headline alone. */
const headline = (id: string, usd: number, fields: Partial<Deal> = {}) =>
  deal(id, { article_id: 'a1', article_ids: 'a1', quote: TITLE, evidence_id: `${id}-e1`, funder: 'Saudi fund', funder_country: 'Saudi Arabia', recipient: 'Egypt', recipient_country: 'Egypt', amount: usd, amount_usd: usd, ...fields });
/** A deal of an article's body. */
const body = (id: string, usd: number, fields: Partial<Deal> = {}) =>
  deal(id, { article_id: 'a1', article_ids: 'a1', quote: `The fund will invest ${usd} in Egypt.`, funder: 'Public Investment Fund', funder_country: 'Saudi Arabia', recipient: 'Egypt', recipient_country: 'Egypt', amount: usd, amount_usd: usd, ...fields });

/** [kind, passed, row_ids] of each check. */
const found = (deals: Deal[]) => checkHeadlineFigures(deals, articles).map((c) => [c.kind, c.passed, c.row_ids]);

describe('a headline figure its body tells otherwise (checkHeadlineFigures)', () => {
  it.each([
    ['a headline and a body figure 4% apart, the funder named two ways: both count, flagged', [headline('h', 2.3e9), body('b', 2.4e9)], [['headline_differs', false, 'h;b']]],
    ['a headline 20% under the body: flagged, with the nearest body figure', [headline('h', 2e9), body('b1', 2.5e9), body('b2', 9e9)], [['headline_differs', false, 'h;b1']]],
    ['a headline that is the sum of the body\'s figures: not flagged', [headline('h', 2e9), body('b1', 1.2e9), body('b2', 0.8e9)], []],
    ['a headline ten times the body\'s figure is other money: not flagged', [headline('h', 10e9), body('b', 1e9)], []],
    ['a body figure for another recipient: not flagged', [headline('h', 2.3e9), body('b', 2.4e9, { recipient: 'Jordan', recipient_country: 'Jordan' })], []],
    ['a body figure from another funder\'s country: not flagged', [headline('h', 2.3e9), body('b', 2.4e9, { funder: 'Mubadala', funder_country: 'United Arab Emirates' })], []],
    ['a headline merged with its body (two pieces of evidence): not flagged', [headline('h', 2.4e9, { evidence_id: 'h-e1;h-e2' })], []],
    ['another article\'s body: not flagged', [headline('h', 2.3e9), body('b', 2.4e9, { article_id: 'a2', article_ids: 'a2' })], []],
    ['a body deal another article reports first still counts as this article\'s body', [headline('h', 2.3e9), body('b', 2.4e9, { article_id: 'a2', article_ids: 'a2;a1' })], [['headline_differs', false, 'h;b']]],
  ])('%s', (_label, deals, expected) => {
    expect(found(deals)).toEqual(expected);
  });

  it('names both figures and both rows in its message', () => {
    const [check] = checkHeadlineFigures([headline('h', 2.3e9), body('b', 2.4e9)], articles);
    expect(check!.message).toBe(
      'the headline of article a1 gives $2.3 billion (h) where its body gives $2.4 billion (b) for the same parties: both are deals, so a total counts the money twice if they are one; correct or drop the wrong one',
    );
    expect(check!.severity).toBe('warning');
  });
});
