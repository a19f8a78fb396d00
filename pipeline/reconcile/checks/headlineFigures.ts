/**
 * A headline's figure its body tells otherwise: "Saudi fund to invest $2.3bn in Egyptian ports"
 * over "will invest $2.4 billion in Egypt's Red Sea ports". Amounts more than 5% apart never merge
 * (sameDeal.ts), so each is a deal and a total counts the money twice if they are one. Which figure
 * is right is not guessed: a warning names both rows, for the reader to correct or drop one.
 *
 * A headline row is one whose only evidence is the article's title: it merged with no row of the
 * body. It is compared with the body's rows of the same article for the same parties (recipient,
 * and funder where both name one, by name or country: "Saudi fund" and "Public Investment Fund"
 * are both Saudi). A body figure within 5% that did not merge (its funder named otherwise) is the
 * same money counted twice too. A headline that is the sum of the body's figures ("$2bn of deals"
 * over $1.2bn and $800m) tells the body otherwise in no way; a figure more than twice or less than
 * half the body's nearest is some other money, not a misprint.
 */
import type { Article, Check, Deal } from '../../tables.ts';
import * as messages from '../../messages.ts';
import { pointOf } from '../amounts.ts';
import { makeCheck } from '../checkId.ts';
import { formatMoney } from '../format.ts';

const AGREE = 0.05;
const NEAR = 2;

const usd = (d: Deal) => pointOf({ amount: d.amount_usd, amount_low: d.amount_usd_low, amount_high: d.amount_usd_high });

export function checkHeadlineFigures(deals: readonly Deal[], articles: readonly Pick<Article, 'article_id' | 'title'>[]): Check[] {
  const titles = new Map<string, string>();
  for (const a of articles) if (a.title) titles.set(a.article_id, a.title.trim());
  if (titles.size === 0) return [];
  const isHeadline = (d: Deal) => !d.evidence_id.includes(';') && titles.get(d.article_id) === d.quote.trim();
  const headlines = deals.filter(isHeadline);
  if (headlines.length === 0) return [];
  // The body's deals by article (a deal reported by several articles is in each one's list).
  const bodies = new Map<string, Deal[]>();
  for (const d of deals) {
    if (isHeadline(d)) continue;
    for (const id of d.article_ids.split(';')) {
      const list = bodies.get(id);
      if (list) list.push(d);
      else bodies.set(id, [d]);
    }
  }
  const checks: Check[] = [];
  for (const h of headlines) {
    const figure = usd(h);
    if (figure === null || figure <= 0) continue;
    // The body's deals for the same parties, each with its USD figure (read once).
    const same: Deal[] = [];
    const amounts: number[] = [];
    for (const b of bodies.get(h.article_id) ?? []) {
      const amount = sameParties(h, b) ? usd(b) : null;
      if (amount === null || amount <= 0) continue;
      same.push(b);
      amounts.push(amount);
    }
    if (same.length === 0) continue;
    const agrees = (x: number) => Math.abs(figure - x) <= AGREE * Math.max(figure, x);
    if (amounts.length >= 2 && agrees(amounts.reduce((a, b) => a + b, 0))) continue;
    // The nearest body figure, if near enough to be the same money told wrong.
    let nearest = -1;
    for (let i = 0; i < amounts.length; i++) if (nearest < 0 || Math.abs(Math.log(amounts[i]! / figure)) < Math.abs(Math.log(amounts[nearest]! / figure))) nearest = i;
    const body = same[nearest]!;
    const ratio = amounts[nearest]! / figure;
    if (ratio > NEAR || ratio < 1 / NEAR) continue;
    checks.push(
      makeCheck(
        'headline_differs',
        'warning',
        false,
        messages.reconcile.headlineDiffers(h.article_id, h.commitment_id, formatMoney(figure), body.commitment_id, formatMoney(amounts[nearest]!)),
        [h.commitment_id, body.commitment_id],
      ),
    );
  }
  return checks;
}

/** The same recipient (by name or country), and the same funder where both name one (by name or country). */
function sameParties(h: Deal, b: Deal): boolean {
  const recipient = (h.recipient !== null && h.recipient === b.recipient) || (h.recipient_country !== null && h.recipient_country === b.recipient_country);
  const funder = h.funder === null || b.funder === null || h.funder === b.funder || (h.funder_country !== null && h.funder_country === b.funder_country);
  return recipient && funder;
}
