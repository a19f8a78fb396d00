/**
 * The highest-scoring of several candidates, where a tie is no answer: a currency an article's places name most
 * (currencies.ts), the receiver an article's rows name most (articleRecipient.ts), the country its money goes to most
 * (jobCountry.ts). Which of two equals is meant would be a guess.
 */

/** The candidates with the highest score above zero (several when tied; none when all score zero). */
export function tiedBest(candidates: readonly string[], scores: ReadonlyMap<string, number>): string[] {
  let bestScore = 0;
  for (const code of candidates) bestScore = Math.max(bestScore, scores.get(code) ?? 0);
  return bestScore === 0 ? [] : candidates.filter((code) => (scores.get(code) ?? 0) === bestScore);
}

/** The one candidate with the highest score above zero; null when none scores or two tie. */
export function uniqueBest(candidates: readonly string[], scores: ReadonlyMap<string, number>): string | null {
  const best = tiedBest(candidates, scores);
  return best.length === 1 ? best[0]! : null;
}

/** The one key counted most often; null when none is counted or two tie. */
export function mostCounted(counts: ReadonlyMap<string, number>): string | null {
  return uniqueBest([...counts.keys()], counts);
}
