/**
 * Extraction of one article with the entity functions passed in as hooks (the stage passes the
 * real ones; tests may pass NO_ENTITIES or fakes). Cheap first: only sentences holding a digit or
 * a number word go through the figure rules.
 */
import type { Article, ExtractedTables, Sentence } from '../tables.ts';
import { mayHoldNumber } from './numbers.ts';
import { findMoney } from './money.ts';
import { currencyContext, type CurrencyContext, type CurrencyIndex } from './currencies.ts';
import { classifyMoney } from './classify.ts';
import { conversionOf, CONVERSION_REASON } from './conversions.ts';
import type { ClassifiedMoney, ExtractHooks, ProjectSpan, SentenceContext } from './context.ts';
import { commitmentsIn } from './commitments.ts';
import { jobsIn } from './jobs.ts';
import { linkJobTotals } from './jobParts.ts';
import { projectionsIn } from './projections.ts';
import { projectsIn } from './projects.ts';
import { mergeCommitments, mergeJobs, mergeProjections, mergeProjects, withMixedWholes } from './mergeMentions.ts';
import { withSameRecipients } from './sameRecipient.ts';
import { withoutHeadlinesToldOtherwise } from './headlineOtherwise.ts';
import { withStatusToldAfter } from './statusAfter.ts';
import { withPartsRecipients, withWholesRecipients } from './wholeRecipients.ts';
import { linkIncludedAcross } from './includedAcross.ts';
import { linkOfTheWhole } from './ofTheWhole.ts';
import { withFirmWholesParts } from './firmWholesParts.ts';
import { withArticleCountry } from './jobCountry.ts';
import { isRoundupTitle } from './roundup.ts';
import { withArticleRecipient } from './articleRecipient.ts';
import { withIncentivesToInvestor } from './incentives.ts';
import { linkJointShares } from './jointShares.ts';
import { linkTranchesAcross } from './tranchesAcross.ts';
import { linkHeadlineSums } from './headlineSums.ts';
import { uniqueEvidence } from './evidence.ts';
import type { FactMention } from './mergeMentions.ts';
import { NO_RATES, withConvertedRates, type SizeRates } from './sizes.ts';

/** How many sentences after a headline it may take its parties' full names from ("Turkey's Kalyon" is the lede's "Kalyon Enerji"). */
const LEDE = 2;
const NO_SENTENCES: readonly string[] = Object.freeze([]);

/** A lead's dateline with the state or province after its town: "SHERMAN, Texas —", "GRANBY, Que. —". */
const DATELINE_WITH_STATE = /^([\p{Lu}][\p{L}. '-]{1,40},\s+[\p{Lu}][\p{L}. ]{1,30}?)\s*(?:[-–—]|\(|,\s+\w+\.?\s+\d)/u;

/**
 * The abbreviations datelines write for Canadian provinces and US states ("BÉCANCOUR, Que. —", "BAIE-COMEAU, QC,
 * March 14", "ATHENS, Tenn. —"): the Canadian Press and AP styles and the two-letter postal codes of the provinces.
 * Read only after a dateline's town, where "ON" or "Ill." can be nothing else.
 */
const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ...(['Que.', 'Que', 'QC', 'PQ'].map((a) => [a, 'Quebec'] as const)),
  ...(['Ont.', 'Ont', 'ON'].map((a) => [a, 'Ontario'] as const)),
  ...(['B.C.', 'BC'].map((a) => [a, 'British Columbia'] as const)),
  ...(['Alta.', 'Alta', 'AB'].map((a) => [a, 'Alberta'] as const)),
  ...(['Man.', 'MB'].map((a) => [a, 'Manitoba'] as const)),
  ...(['Sask.', 'SK'].map((a) => [a, 'Saskatchewan'] as const)),
  ...(['N.S.', 'NS'].map((a) => [a, 'Nova Scotia'] as const)),
  ...(['N.B.', 'NB'].map((a) => [a, 'New Brunswick'] as const)),
  ...(['N.L.', 'Nfld.', 'NL'].map((a) => [a, 'Newfoundland and Labrador'] as const)),
  ...(['P.E.I.', 'PEI', 'PE'].map((a) => [a, 'Prince Edward Island'] as const)),
  ['Ala.', 'Alabama'], ['Ariz.', 'Arizona'], ['Ark.', 'Arkansas'], ['Calif.', 'California'], ['Colo.', 'Colorado'],
  ['Conn.', 'Connecticut'], ['Del.', 'Delaware'], ['Fla.', 'Florida'], ['Ga.', 'Georgia'], ['Ill.', 'Illinois'],
  ['Ind.', 'Indiana'], ['Kan.', 'Kansas'], ['Ky.', 'Kentucky'], ['La.', 'Louisiana'], ['Md.', 'Maryland'],
  ['Mass.', 'Massachusetts'], ['Mich.', 'Michigan'], ['Minn.', 'Minnesota'], ['Miss.', 'Mississippi'], ['Mo.', 'Missouri'],
  ['Mont.', 'Montana'], ['Neb.', 'Nebraska'], ['Nev.', 'Nevada'], ['N.H.', 'New Hampshire'], ['N.J.', 'New Jersey'],
  ['N.M.', 'New Mexico'], ['N.Y.', 'New York'], ['N.C.', 'North Carolina'], ['N.D.', 'North Dakota'], ['Okla.', 'Oklahoma'],
  ['Ore.', 'Oregon'], ['Pa.', 'Pennsylvania'], ['R.I.', 'Rhode Island'], ['S.C.', 'South Carolina'], ['S.D.', 'South Dakota'],
  ['Tenn.', 'Tennessee'], ['Vt.', 'Vermont'], ['Va.', 'Virginia'], ['Wash.', 'Washington State'], ['W.Va.', 'West Virginia'],
  ['Wis.', 'Wisconsin'], ['Wyo.', 'Wyoming'],
]);

/** A dateline's state or province written as its abbreviation, named in full: "BÉCANCOUR, Que." is "BÉCANCOUR, Quebec". */
function spelledState(dateline: string): string {
  const comma = dateline.lastIndexOf(',');
  const full = comma < 0 ? undefined : STATE_ABBREVIATIONS.get(dateline.slice(comma + 1).trim());
  return full === undefined ? dateline : `${dateline.slice(0, comma)}, ${full}`;
}

/** The article with its dateline read with the state or country its lead writes after an unknown town, else as it is. */
function withWrittenDateline(article: Article, sentences: readonly Sentence[], hooks: ExtractHooks): Article {
  const dateline = article.dateline;
  if (!dateline || hooks.place(dateline.split('/')[0]!).country !== null) return article;
  const lead = sentences.find((s) => s.text.startsWith(dateline))?.text.slice(0, 80);
  const match = lead === undefined ? null : DATELINE_WITH_STATE.exec(lead);
  const written = match ? spelledState(match[1]!.trim()) : null;
  return written !== null && hooks.place(written).country !== null ? { ...article, dateline: written } : article;
}

const BULLET = /^\s*(?:[•·▪►●◦‣∙*]|-\s|–\s)/;

export function extractArticleWith(
  article: Article,
  sentences: readonly Sentence[],
  currencies: CurrencyIndex,
  hooks: ExtractHooks,
  rates: SizeRates = NO_RATES,
): ExtractedTables {
  const title = article.title?.trim() ?? null;
  // ("SHERMAN, Texas —", "VERSAILLES, France, May 19 (AFP) -": a dateline read as its town alone, a town the reference
  // does not know, is read again with the state or country the lead writes after it, for every figure's parties too.)
  const read = withWrittenDateline(article, sentences, hooks);
  let currencyCtx: CurrencyContext | null = null;
  const known: string[] = [];
  const prepared: { sentence: Sentence; position: number; money: ClassifiedMoney[]; projects: ProjectSpan[] }[] = [];
  sentences.forEach((sentence, position) => {
    const text = sentence.text;
    if (!mayHoldNumber(text)) return;
    currencyCtx ??= currencyContext(article.text, currencies);
    const found = findMoney(text, currencies, currencyCtx);
    const conversions = found.map((m, i) => conversionOf(text, m, found[i + 1]));
    // "3.7 billion denars (60.2 million euro/$69.8 million)": a second conversion after a slash in the same brackets.
    const second = found.map((m, i) => i >= 2 && conversions[i - 2] != null && /^\s*\/\s*$/.test(text.slice(found[i - 1]!.end, m.start)) && /^\s*\)/.test(text.slice(m.end, m.end + 3)));
    const money = found.map((m, i): ClassifiedMoney => {
      const from = found[i - 1]?.end ?? 0;
      const to = found[i + 1]?.start ?? text.length;
      // "1.5 billion yuan, about $210 million, to widen ...": the figure before, converted.
      if (conversions[i - 1] || second[i]) return { money: m, role: { role: 'none', reason: CONVERSION_REASON }, from, to, conversion: null };
      const conversion = conversions[i];
      // The words after a conversion are the figure's (conversions.ts), past a second one after a slash.
      const skip = second[i + 2] ? 1 : 0;
      const past = conversion ? { ...conversion, ...(skip ? { end: text.indexOf(')', found[i + 2]!.end) + 1 } : {}), to: found[i + 2 + skip]?.start ?? text.length } : null;
      const after = past ? text.slice(past.end, past.to) : text.slice(m.end, to);
      return { money: m, role: classifyMoney({ before: text.slice(from, m.start), after, sentence: text, from }), from, to, conversion: past };
    });
    const projects = hooks.projects(text, known);
    for (const p of projects) if (!known.some((k) => hooks.sameProject(k, p.name))) known.push(p.name);
    prepared.push({ sentence, position, money, projects });
  });
  if (prepared.length === 0) return { commitments: [], jobs: [], projections: [], projects: [], evidence: [] };

  const articleProject = known.length === 1 ? known[0]! : null;
  const contexts: SentenceContext[] = prepared.map(({ sentence, position, money, projects }) => {
    const headline = isHeadline(sentence.text, title);
    return {
      article: read,
      sentence,
      position,
      headline,
      previous: sentences.slice(Math.max(0, position - 3), position).map((s) => s.text),
      earlier: position > 3 ? sentences.slice(0, position - 3).map((s) => s.text) : NO_SENTENCES,
      following: headline ? sentences.slice(position + 1, position + 1 + LEDE).map((s) => s.text) : NO_SENTENCES,
      next: sentences[position + 1]?.text ?? null,
      money,
      projects,
      articleProject,
      hooks,
      rates,
    };
  });

  const projectMentions = mentionsOf(contexts, projectsIn);
  const projects = mergeProjects(projectMentions, hooks.sameProject);
  // Facts name a project as its row does ("Lakevew" in a quote is the article's "Lakeview").
  // Many mentions name the same project: each name is looked up among the project rows once (the
  // answer depends only on the name, the rows being fixed by now).
  const canonicalNames = new Map<string, string>();
  const canonical = (name: string | null) => {
    if (name === null) return null;
    let found = canonicalNames.get(name);
    if (found === undefined) {
      found = projects.find((p) => hooks.sameProject(p.name, name))?.name ?? name;
      canonicalNames.set(name, found);
    }
    return found;
  };
  // (Recipients told as "the same fund" first: the parts linked after take their whole's.)
  const found = withoutHeadlinesToldOtherwise(canonicalMentionsOf(contexts, commitmentsIn, canonical), contexts);
  // (A currency with no rate that the article converts in brackets is sized at the writer's rate, for linking parts only.)
  const sizes = withConvertedRates(rates, found);
  const linked = linkHeadlineSums(linkJointShares(linkTranchesAcross(linkOfTheWhole(linkIncludedAcross(withSameRecipients(found, sentences), sentences, sizes), sentences, sizes), sentences, sizes), sizes));
  const commitmentMentions = withFirmWholesParts(withStatusToldAfter(withWholesRecipients(linked), sentences), sentences);
  const jobMentions = canonicalMentionsOf(contexts, jobsIn, canonical);
  const projectionMentions = canonicalMentionsOf(contexts, projectionsIn, canonical);
  const jobs = linkJobTotals(mergeJobs(jobMentions, hooks.sameProject), hooks.sameProject);
  const merged = withMixedWholes(withPartsRecipients(mergeCommitments(commitmentMentions, hooks.sameProject)));
  // (Not in a roundup of unrelated deals, whose items are each somewhere else.)
  const roundup = isRoundupTitle(article.title);
  // (The dateline's country, asked only when a row needs it: a job with no place, money with no receiver at all.)
  const datelineCountry = () => (read.dateline ? hooks.place(read.dateline.split('/')[0]!).country : null);
  const datelineReceiver = () => hooks.datelineReceiver(read.dateline, sentences.map((s) => s.text));
  const articleCountry = (givers: readonly string[]) => hooks.articleCountry(sentences.map((s) => s.text), givers);
  return {
    // (Rows whose sentences name no receiver: the article's, said so in `recipient_source`.)
    // (Before them, a state's or town's incentives to the one foreign company investing: that company's.)
    commitments: withArticleRecipient(roundup ? merged : withIncentivesToInvestor(merged, datelineCountry), !roundup, datelineReceiver, articleCountry),
    // (Jobs whose sentence names no place: where the article's money goes as its sentences tell it, said so in
    // `country_source`.)
    jobs: roundup ? jobs : withArticleCountry(jobs, merged, datelineCountry),
    projections: mergeProjections(projectionMentions, hooks.sameProject),
    projects,
    evidence: uniqueEvidence([...commitmentMentions, ...jobMentions, ...projectionMentions, ...projectMentions].map((m) => m.evidence)),
  };
}

/**
 * The mentions of every sentence, in sentence order: `contexts.flatMap(find)` in one loop (flatMap
 * is a slow path in V8, and this runs several times for every article).
 */
export function mentionsOf<R>(contexts: readonly SentenceContext[], find: (ctx: SentenceContext) => FactMention<R>[]): FactMention<R>[] {
  const out: FactMention<R>[] = [];
  for (const ctx of contexts) for (const m of find(ctx)) out.push(m);
  return out;
}

/** The mentions of every sentence with their projects made canonical: `contexts.flatMap(find).map((m) => withCanonicalProject(m, canonical))` in one loop. */
export function canonicalMentionsOf<R extends { project: string | null }>(
  contexts: readonly SentenceContext[],
  find: (ctx: SentenceContext) => FactMention<R>[],
  canonical: (name: string | null) => string | null,
): FactMention<R>[] {
  const out: FactMention<R>[] = [];
  for (const ctx of contexts) for (const m of find(ctx)) out.push(withCanonicalProject(m, canonical));
  return out;
}

/** The mention with its project named as the project's row names it; the mention itself when it already is (mentions are fresh, never shared). */
function withCanonicalProject<R extends { project: string | null }>(m: FactMention<R>, canonical: (name: string | null) => string | null): FactMention<R> {
  const project = canonical(m.row.project);
  return project === m.row.project ? m : { ...m, row: { ...m.row, project } };
}

/** A headline (the title repeated in the text) or a bullet summary line. */
function isHeadline(text: string, title: string | null): boolean {
  const t = text.trim();
  return BULLET.test(t) || (title !== null && t === title);
}

