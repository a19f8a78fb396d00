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
 *
 * When no row of the article names a receiver ("BISHKEK - The World Bank intends to allocate up to $700
 * million for the construction of Kambarata HPP-1", and Kyrgyzstan named further on), the money goes to the
 * dateline's country, as a reader of the local press takes it: only when the article names that country and never
 * as a giver (roles.ts `datelineReceiver`: a wire story filed from a hub names no country of its dateline); not
 * when a row's giver is of that country (money at home, or a story filed from the giver's capital: "TOKYO - JICA
 * signed ...") or a row names no giver at all (whose money it is, and where it goes, are then both unread).
 */
import type { Commitment } from '../tables.ts';
import { mostCounted } from './best.ts';

/** A receiver to give the rows that name none, with its country. */
interface Receiver {
  recipient: string;
  country: string | null;
}

export function withArticleRecipient(
  commitments: readonly Commitment[],
  fill: boolean,
  datelineCountry: () => string | null = () => null,
  articleCountry: (givers: readonly string[]) => string | null = () => null,
): Commitment[] {
  // (A receiver an earlier step read from the article, incentives.ts, keeps its source.)
  const labelled = commitments.map((c): Commitment => ({ ...c, recipient_source: c.recipient === null ? null : (c.recipient_source ?? 'sentence') }));
  if (!fill || !labelled.some((c) => c.recipient === null)) return labelled;
  const main = mostNamed(labelled) ?? fromDateline(labelled, datelineCountry) ?? fromArticle(labelled, articleCountry);
  // (A giver alone or among others: "Azerbaijan and Pakistan aim to invest $2 billion" is no money to Pakistan.)
  if (main === null || labelled.some((c) => c.funder !== null && c.funder.split('; ').includes(main.recipient))) return labelled;
  const asCountry = main.recipient === main.country ? main.country : null;
  return labelled.map((c) =>
    c.recipient === null && (asCountry === null || c.funder_country !== asCountry)
      ? { ...c, recipient: main.recipient, recipient_country: main.country, recipient_source: 'article' }
      : c,
  );
}

/** The dateline's country, for an article none of whose rows names a receiver. */
function fromDateline(commitments: readonly Commitment[], datelineCountry: () => string | null): Receiver | null {
  if (commitments.some((c) => c.recipient !== null)) return null;
  const country = datelineCountry();
  if (country === null || commitments.some((c) => c.funder_country === country || (c.funder_country === null && c.funder === null))) return null;
  return { recipient: country, country };
}

/**
 * With no dateline country either, the country the article names most ("The Saudi Fund for Development has agreed to
 * provide a USD 100 million concessional loan for social housing flats in Hulhumalé", the Maldives named further on):
 * at least twice, more than any other, and no giver's (roles.ts `articleCountry`). Not when a row names no giver.
 */
function fromArticle(commitments: readonly Commitment[], articleCountry: (givers: readonly string[]) => string | null): Receiver | null {
  if (commitments.some((c) => c.recipient !== null || (c.funder === null && c.funder_country === null))) return null;
  const givers = [...new Set(commitments.flatMap((c) => [c.funder_country, ...(c.funder?.split('; ') ?? [])]).filter((g): g is string => g !== null))];
  const country = articleCountry(givers);
  return country === null ? null : { recipient: country, country };
}

/** The receiver the rows name most often, with the country of the first row naming it; null when none is named or two tie. */
function mostNamed(commitments: readonly Commitment[]): Receiver | null {
  const counts = new Map<string, number>();
  for (const c of commitments) if (c.recipient !== null) counts.set(c.recipient, (counts.get(c.recipient) ?? 0) + 1);
  const recipient = mostCounted(counts);
  if (recipient === null) return null;
  const first = commitments.find((c) => c.recipient === recipient)!;
  return { recipient, country: first.recipient_country };
}
