/**
 * What the fact builders (commitments, jobs, projections, projects) know about one sentence, and
 * the entity functions they call, passed in as hooks so the figure rules can be tested without the
 * entity reference.
 */
import type { Article, Sentence } from '../tables.ts';
import type { Parties, PartyContext } from './roles.ts';
import type { MoneyMention } from './money.ts';
import type { MoneyRole } from './classify.ts';
import type { Conversion } from './conversions.ts';
import type { SizeRates } from './sizes.ts';
import { inOtherClause, OTHER_CLAUSE } from './roles.ts';

/** What party resolution answers and is asked: the types of roles.ts, named for the hooks. */
export type PartiesFound = Parties;
export type PartyRequest = PartyContext;

export interface ProjectSpan {
  start: number;
  end: number;
  name: string;
  kind: string | null;
}

export interface ExtractHooks {
  parties(request: PartyRequest): PartiesFound;
  place(phrase: string): { location: string | null; country: string | null };
  /** Named projects in a sentence; `known` are names already seen in the article (bare mentions count). */
  projects(sentence: string, known: readonly string[]): ProjectSpan[];
  describeProject(sentence: string, mention: ProjectSpan): { location: string | null; country: string | null; developer: string | null };
  sameProject(a: string, b: string): boolean;
  /** The dateline's country when the article's texts name it and never as a giver (extract/articleRecipient.ts), else null. */
  datelineReceiver(dateline: string | null, texts: readonly string[]): string | null;
  /** The country the article's texts name most, at least twice and more than any other, not among `givers` (extract/articleRecipient.ts), else null. */
  articleCountry(texts: readonly string[], givers: readonly string[]): string | null;
}

/** Hooks that find nothing: figure rules alone. */
export const NO_ENTITIES: ExtractHooks = {
  parties: () => ({ funder: null, funder_type: null, funder_country: null, recipient: null, recipient_country: null, project: null }),
  place: (phrase) => ({ location: phrase.trim() || null, country: null }),
  projects: () => [],
  describeProject: () => ({ location: null, country: null, developer: null }),
  sameProject: (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase(),
  datelineReceiver: () => null,
  articleCountry: () => null,
};

export interface ClassifiedMoney {
  money: MoneyMention;
  role: MoneyRole;
  /** End of the previous money figure (or 0) and start of the next (or the sentence's length). */
  from: number;
  to: number;
  /** The figure's conversion told right after it ("($950 million)", ", about $210 million,"), if any, and the start of the figure after that. */
  conversion: (Conversion & { to: number }) | null;
}

export interface SentenceContext {
  article: Article;
  sentence: Sentence;
  /** Position of the sentence in the article, from 0. */
  position: number;
  /** A headline or bullet summary rather than body text (body wins when one fact is told twice). */
  headline: boolean;
  /** Up to three previous sentences, nearest last. */
  previous: readonly string[];
  /** The article's sentences before those, read only for the names they introduce ("Ridgeline" for a company named in full four sentences back). */
  earlier: readonly string[];
  /** For a headline, the first sentences after it (the lede that names its parties in full); else none. */
  following: readonly string[];
  /** The sentence after, for a source it names ("The money will come from JBIC"); null at the article's end. */
  next: string | null;
  money: readonly ClassifiedMoney[];
  /** Named projects in the sentence. */
  projects: readonly ProjectSpan[];
  /** The article's one project when it names exactly one ("the mine" then means it). */
  articleProject: string | null;
  hooks: ExtractHooks;
  /** Rates to tell whether a figure in one currency is part of one in another (sizes.ts). */
  rates: SizeRates;
}

/** The project a figure in this sentence is about: nearest named project, else the article's. */
const ARTICLE_PROJECT_ANAPHOR =
  /\b(?:the|its|this)\s+(?:\w+\s+){0,2}(?:project|mine|plant|refinery|port|pipeline|railway|facility|field|scheme|extension|expansion|corridor|terminal|park|zone|dam|road|airport|factory|smelter|farm|complex|station)\b/i;

/** The clause of `text` holding [start, end): between the other clauses' boundaries (OTHER_CLAUSE) around it. */
const CLAUSE_SPLITS = new RegExp(OTHER_CLAUSE.source, 'g');

function clauseAround(text: string, start: number, end: number): string {
  // Most sentences have one clause: a literal search spares the pattern.
  if (!text.includes(';') && !text.includes(', ')) return text;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_SPLITS)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return text.slice(from, to);
}

export function projectFor(ctx: SentenceContext, start: number, end: number): ProjectSpan | null {
  let best: ProjectSpan | null = null;
  let bestDistance = Infinity;
  for (const p of ctx.projects) {
    // "..., while Hyundai won a $5bn contract for the Jafurah gas plant": another clause's project.
    if (inOtherClause(ctx.sentence.text, p, { start, end })) continue;
    const d = p.end <= start ? start - p.end : p.start >= end ? p.start - end : 0;
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  if (best) return best;
  // "The extension will create 10,000 jobs", "Construction will employ 4,000": in an article about one
  // project, a sentence pointing back to it, or opening with its construction, is about it.
  const clause = clauseAround(ctx.sentence.text, start, end);
  if (ctx.articleProject && (ARTICLE_PROJECT_ANAPHOR.test(clause) || /^\W*(?:Construction|Building|Work)\s+(?:will|is|would|on\s+the\s+\w+\s+will)\b/.test(ctx.sentence.text))) {
    return { start, end, name: ctx.articleProject, kind: null };
  }
  return null;
}
