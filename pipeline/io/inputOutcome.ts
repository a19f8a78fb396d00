/**
 * What one input file becomes, as it crosses from a worker thread to the main thread and as it
 * sits in the extraction cache: the facts the run keeps, and the input's rows of articles.csv and
 * sentences.csv already formatted.
 *
 * Why the rows travel as CSV text: the main thread only appends them to the two tables, so it never
 * parses, rebuilds or formats the articles' text (most of a corpus's bytes), and a re-run from the
 * cache appends the stored text as it is. The main thread was where the pool's two workers waited
 * on 2 cores.
 *
 * Why one string in a plain layout rather than JSON: one string crosses the thread boundary as one
 * copy, and CSV text inside JSON would be escaped and unescaped for nothing. The layout is a header
 * line of four decimal numbers (the lengths, in UTF-16 code units, of the facts' JSON, the
 * articles' rows and the sentences' rows, then the number of sentences), then the three parts back
 * to back.
 */
import type { ArticleFacts, ExtractedTables, Rejected } from '../tables.ts';

/** What the run keeps of an input: its articles without their text, its rejections, and its facts (evidence with its sentence). */
export interface InputFacts {
  articles: ArticleFacts[];
  rejected: Rejected[];
  tables: ExtractedTables;
}

export interface InputOutcome {
  facts: InputFacts;
  /** The input's rows of articles.csv and sentences.csv (csvRows: no header). */
  articlesCsv: string;
  sentencesCsv: string;
  sentenceCount: number;
}

export function encodeOutcome(outcome: InputOutcome): string {
  const facts = JSON.stringify(outcome.facts);
  return `${facts.length} ${outcome.articlesCsv.length} ${outcome.sentencesCsv.length} ${outcome.sentenceCount}\n${facts}${outcome.articlesCsv}${outcome.sentencesCsv}`;
}

const HEADER = /^(\d{1,15}) (\d{1,15}) (\d{1,15}) (\d{1,15})\n/;

/**
 * The outcome an encoded text holds, or null when the text does not hold together (a cache entry
 * cut short or written by other code): the caller then does the input again, never uses a wrong
 * part.
 */
export function decodeOutcome(text: string): InputOutcome | null {
  const header = HEADER.exec(text);
  if (!header) return null;
  const [factsLength, articlesLength, sentencesLength, sentenceCount] = header.slice(1).map(Number) as [number, number, number, number];
  const factsStart = header[0].length;
  const articlesStart = factsStart + factsLength;
  const sentencesStart = articlesStart + articlesLength;
  if (sentencesStart + sentencesLength !== text.length) return null;
  let facts: InputFacts;
  try {
    facts = JSON.parse(text.slice(factsStart, articlesStart)) as InputFacts;
  } catch {
    return null;
  }
  if (!isInputFacts(facts)) return null;
  shareTexts(facts);
  return {
    facts,
    articlesCsv: text.slice(articlesStart, sentencesStart),
    sentencesCsv: text.slice(sentencesStart),
    sentenceCount,
  };
}

/**
 * One string per distinct text of the input. The rows repeat their texts: the evidence of each
 * figure in a sentence holds the sentence and each fact quotes it, and every row names its article,
 * its parties, its currency. JSON.parse makes a string per occurrence, and the run keeps every fact
 * to the end: at 10,000 bench articles the facts took 76.5 MB of heap as parsed, 58.6 MB with the
 * sentences shared and 49.7 MB with every text shared, for about 0.2 s more parsing. (Shared per
 * input only: a table of every text of the run would itself hold each id once more.) The rows were
 * made by JSON.parse just now and are changed before anyone else sees them.
 */
function shareTexts(facts: InputFacts): void {
  const kept = new Map<string, string>();
  const t = facts.tables;
  for (const rows of [t.evidence, t.commitments, t.jobs, t.projections, t.projects] as unknown as Record<string, unknown>[][]) {
    for (const row of rows) {
      for (const key in row) {
        const v = row[key];
        if (typeof v !== 'string') continue;
        const known = kept.get(v);
        if (known === undefined) kept.set(v, v);
        else row[key] = known;
      }
    }
  }
}

/** The shape, not the rows: an entry is content-addressed and written by this code, so a wrong shape means other code wrote it. */
function isInputFacts(value: unknown): value is InputFacts {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<InputFacts>;
  const t = v.tables as Partial<ExtractedTables> | undefined;
  return (
    Array.isArray(v.articles) &&
    Array.isArray(v.rejected) &&
    typeof t === 'object' &&
    t !== null &&
    [t.commitments, t.jobs, t.projections, t.projects, t.evidence].every(Array.isArray)
  );
}
