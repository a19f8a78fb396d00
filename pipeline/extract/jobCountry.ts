/**
 * Jobs whose own sentence names no place: "The campus is expected to create 1,500 direct jobs", in an
 * article about Oracle's $5 billion for India. A reader puts them where the article's money goes;
 * so does this, and says so: the row's `country_source` is 'article' (its own sentence's place is
 * 'sentence').
 *
 * The country is the one the article's commitments go to most often (rows whose receiver is a
 * country, each once: a company's country is its home, not where it builds); when none does, or two
 * tie, the country of the dateline the article was filed from ("BANGKOK" for a battery plant whose
 * money goes to a Chinese company), when the reference knows it. Otherwise the country stays empty:
 * a job count in an article with no such money and no dateline is placed nowhere rather than
 * guessed. A row with a place of its own the reference could not place (a location, no country) is
 * left as it is. A roundup of unrelated deals is not passed here (article.ts, roundup.ts).
 */
import type { Commitment, Job } from '../tables.ts';
import { mostCounted } from './best.ts';

/** `datelineCountry` is asked only when a job needs it and the money names no country (most articles need neither). */
export function withArticleCountry(jobs: Job[], commitments: readonly Commitment[], datelineCountry: () => string | null): Job[] {
  if (!jobs.some((j) => j.country === null && j.location === null)) return jobs;
  const country = mostReceiving(commitments) ?? datelineCountry();
  if (country === null) return jobs;
  return jobs.map((j) => (j.country === null && j.location === null ? { ...j, country, country_source: 'article' as const } : j));
}

/** The one country the commitments go to most often, or null when none is named or two tie. */
function mostReceiving(commitments: readonly Commitment[]): string | null {
  const counts = new Map<string, number>();
  // (Money to a country itself: a company's country is its home, not where its plant is.)
  for (const c of commitments) if (c.recipient_country !== null && c.recipient === c.recipient_country) counts.set(c.recipient_country, (counts.get(c.recipient_country) ?? 0) + 1);
  return mostCounted(counts);
}
