/**
 * Commitments whose sentences name no receiver: "The loan will finance 120 km of feeder roads", in an
 * article whose lead says the World Bank approved $300 million for Nepal. A reader puts the money where
 * the article's other money goes; so does this, and says so: the row's `recipient_source` is 'article'
 * (a receiver read from the deal's own sentences, their neighbours or the whole it belongs to is
 * 'sentence').
 *
 * The receiver is the one the article's other rows name most often, counting each row once. Nothing is
 * filled when two receivers tie (which of them is a guess), when the receiver also gives money in the
 * article, alone or with others (a bank that lends and is lent to is no clear receiver),
 * or for a country's money to that same country ("a consortium of Pakistani banks led by Habib Bank" in an
 * article whose other rows go to Pakistan lends at home, not to it). A roundup of unrelated deals is not
 * passed here (article.ts, roundup.ts): its items' receivers are each their own.
 */
import type { Commitment } from '../tables.ts';

export function withArticleRecipient(commitments: readonly Commitment[], fill: boolean): Commitment[] {
  const labelled = commitments.map((c): Commitment => ({ ...c, recipient_source: c.recipient === null ? null : 'sentence' }));
  if (!fill || !labelled.some((c) => c.recipient === null)) return labelled;
  const main = mostNamed(labelled);
  // (A giver alone or among others: "Azerbaijan and Pakistan aim to invest $2 billion" is no money to Pakistan.)
  if (main === null || labelled.some((c) => c.funder !== null && c.funder.split('; ').includes(main.recipient!))) return labelled;
  const asCountry = main.recipient === main.recipient_country ? main.recipient_country : null;
  return labelled.map((c) =>
    c.recipient === null && (asCountry === null || c.funder_country !== asCountry)
      ? { ...c, recipient: main.recipient, recipient_country: main.recipient_country, recipient_source: 'article' }
      : c,
  );
}

/** The first row naming the receiver the rows name most often, or null when none is named or two tie. */
function mostNamed(commitments: readonly Commitment[]): Commitment | null {
  const counts = new Map<string, { n: number; row: Commitment }>();
  for (const c of commitments) {
    if (c.recipient === null) continue;
    const seen = counts.get(c.recipient);
    if (seen) seen.n++;
    else counts.set(c.recipient, { n: 1, row: c });
  }
  let best: Commitment | null = null;
  let top = 0;
  let tied = false;
  for (const { n, row } of counts.values()) {
    if (n > top) [best, top, tied] = [row, n, false];
    else if (n === top) tied = true;
  }
  return tied ? null : best;
}
