/**
 * Jobs: "creating an estimated 4,000 jobs in the US and 2,500 jobs in X" → two rows, the second
 * taking the first's qualifier across the coordination; "2,000 direct and 3,000 indirect jobs" →
 * two rows sharing the noun; "5,000 in all" or "6,500 jobs across A and B" → a total.
 *
 * Kind is what the sentence says (direct, indirect, construction, operations, total) and null when
 * it says nothing: "unspecified" is never written by the extractor.
 * Which figures are the parts of a total is decided per article, in jobParts.ts.
 */
import type { Job, JobKind, Qualifier } from '../tables.ts';
import { findNumbers, PERCENT, type NumberToken } from './numbers.ts';
import { bounds, qualifierBefore } from './qualifiers.ts';
import { evidenceFor } from './evidence.ts';
import { factId } from './ids.ts';
import { projectFor, type SentenceContext } from './context.ts';
import type { FactMention } from './mergeMentions.ts';

const STAFF_NOUN = String.raw`(?:locals|residents|youths?|women|graduates|nationals|citizens|labou?rers|staff)`;
const KIND_WORD = String.raw`(?:direct|indirect|induced|construction|construction-phase|operational|operations|permanent|temporary|local|new|full-time|part-time|skilled|unskilled|green|additional|more)`;
// Up to three words between the figure and the noun: kind words ("direct and indirect"), a place
// ("6,000 US jobs", "4,500 American jobs") or other modifiers ("high-paying", "manufacturing");
// modifiersOf checks them, so that "2,000 of the jobs" is not read as a figure of jobs.
const MODIFIER = String.raw`(?:${KIND_WORD}\s+and\s+${KIND_WORD}|[a-z][a-z.’'-]*)`;
const JOB_NOUN = new RegExp(
  // (The nearest noun: "2,500 jobs for local people" is jobs, not "people" with three modifiers.)
  String.raw`^(?:\s+|-)((?:${MODIFIER}\s+){0,3}?)(jobs?|job opportunities|employment opportunities|positions|posts|workers|employees|people|personnel|${STAFF_NOUN})\b`,
  'i',
);
const STAFF_NOUN_ONLY = new RegExp(String.raw`^${STAFF_NOUN}$`, 'i');
const KIND_ONLY = new RegExp(String.raw`^(?:${KIND_WORD}(?:\s+and\s+${KIND_WORD})?\s+)*$`, 'i');
/** Words that end a noun phrase or name no kind of job: never modifiers of "jobs". */
const NOT_MODIFIER = new Set(
  ('of the a an to in for from with by per on at or and than these those its their our his her such that which who were was are is be been ' +
    'will would could may might has have had this each every all some many about over under between into as million billion thousand ' +
    'hundred lakh crore tonnes tons barrels megawatts mw gw kilometres km hectares acres homes houses dollars euros rupees pounds yuan shares units').split(' '),
);
/** The verbs of hiring, one vocabulary for the three rules below that ask for one. */
const HIRING_VERB = String.raw`employ(?:s|ed|ing)?|hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?`;
/**
 * People who are not jobs by their name ("locals", "women", "Kenyans"): figures of them count as
 * jobs only after a verb of hiring ("employ 3,000 Kenyans", "jobs for 5,000 locals"), where
 * PEOPLE_VERB's "support" or "provide" would read "support 5,000 residents" or "provide 2,000
 * women with loans" as jobs.
 */
const STAFF_VERB = new RegExp(String.raw`\b(?:employment|${HIRING_VERB}|jobs?\s+for|work\s+for)\b`, 'i');
// ("the plant will need around 350 permanent staff once running": staff a plant needs are its jobs; residents it needs to move are not.)
const NEED_VERB = /\b(?:will|would)\s+(?:need|require)\b/i;
const NEEDED_STAFF = /^(?:staff|labou?rers)$/i;
/**
 * A figure with no noun right after a verb of hiring ("plans to hire 600 more", "will employ 3,000
 * when complete"): the people hired are understood. Only before the end of a clause or a word that
 * starts a phrase of time or place, so "employ 5 per cent" or "hire 300 trucks" are not read.
 */
const HIRED_BEFORE = new RegExp(String.raw`\b(?:${HIRING_VERB})\s+(?:(?:a\s+further|an\s+additional|another)\s+)?$`, 'i');
// "a total of 20%", "a total of $2bn": not a count of jobs.
const NOT_A_COUNT_AFTER = new RegExp(String.raw`^\s*(?:${PERCENT}|[a-z]*illion|bn|m\b)`, 'i');
const HIRED_AFTER = /^(?:\s+(?:more|others))?(?=\s*(?:[.,;:)]|$)|\s+(?:by|in|at|when|once|during|over|next|this|within|from|across|throughout|until|after)\b|\s+(?:and|but)\s+(?![\d$€£¥₹]))/i;
/** A capitalised plural right after the figure: a people named by their country ("3,000 Kenyans", "1,200 Pakistanis", "500 Chinese"), checked against the reference by jobsIn. */
const PEOPLE_OF_PLACE = /^\s+(\p{Lu}[\p{Ll}’'-]*(?:s|ese))\b(?![\s-]+\p{Lu})/u;
/** People named by their trades, a list of them: "doctors, nurses and support staff", "skilled technicians". */
const TRADE = String.raw`(?:[a-z-]+\s+)?(?:staff|personnel|workers|employees|doctors|nurses|midwives|teachers|engineers|technicians|specialists|professionals|operators|drivers|miners|scientists|researchers|guards|labou?rers|farmers|experts|managers|officers|clinicians|pilots|crew|artisans|welders|mechanics|electricians|developers|programmers|analysts|caregivers|paramedics|pharmacists)`;
const TRADES_AFTER = new RegExp(String.raw`^\s+${TRADE}(?:\s*,\s*${TRADE}){0,5}(?:,?\s+(?:and|or)\s+${TRADE})?\b`, 'i');
/** Before people a project serves: "a population of some", "serve about", "benefit more than". */
const POPULATION_BEFORE = /\b(?:(?:population|populace|inhabitants|catchment)\s+of|serv(?:e|es|ed|ing)|benefit(?:s|ed|ing|t(?:ed|ing))?|reach(?:es|ed|ing)?)\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|up\s+to|roughly|an\s+estimated)\s+)?$/i;
/** "1,200 Kenyans will be hired": people a passive verb of hiring takes. */
// ("Some 1,200 people will work on the construction sites": people who will work there are its jobs.)
const HIRED_PASSIVE_AFTER = /^\s+(?:(?:will|would|are|were|to|could|may)\s+(?:also\s+)?be\s+(?:employed|hired|recruited)\b|(?:will|would|are\s+to|are\s+expected\s+to)\s+(?:also\s+)?work\s+(?:on|at|in)\b)/i;
/** A bare count that a passive verb of hiring takes: "while around 150 will be employed permanently". */
const BARE_HIRED_AFTER = /^\s+(?:more\s+)?(?:will|would|are|were|could|may)\s+(?:also\s+)?be\s+(?:employed|hired|recruited)\b/i;
const PEOPLE_VERB = new RegExp(String.raw`\b(?:employment|${HIRING_VERB}|creat(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|generat(?:e|es|ed|ing)|support(?:s|ed|ing)?|sustain(?:s|ed|ing)?|workforce of)\b`, 'i');
const SHARED_NOUN_GAP = new RegExp(String.raw`^\s+(${KIND_WORD})?\s*(?:and|or|plus|,)\s+(?:an?\s+(?:further|additional)\s+|another\s+)?$`, 'i');
const TOTAL_AFTER = /^\s+(?:jobs?\s+)?(?:in all|in total|altogether|overall|combined|in both countries)\b/i;
// ("..., bringing the total to 5,000 jobs": a running sum of the figures before.)
const TOTAL_BEFORE = /\b(?:a total of|total of|in total|altogether|combined|overall|(?:bringing|taking|raising)\s+(?:the|its|their)\s+total\s+to)\s+(?:an?\s+)?(?:estimated\s+)?$/i;
// "3,500 jobs in Balochistan", "3,500 jobs for local communities in Balochistan".
// (Letters beyond ASCII too: "3,200 jobs in Türkiye".)
// ("2,500 in neighboring Arequipa", "7,500 on the Tororo-Kampala stretch": an adjective of place, or a stretch of a line.)
const PLACE = /^\s+(?:for\s+(?:[a-z-]+\s+){1,3}?(?=in\s|across\s|throughout\s))?(?:in|across|at|for|throughout|on(?=\s+the\s+\p{Lu}))\s+(?:(?:neighbou?ring|nearby|southern|northern|eastern|western|central|coastal)\s+)?((?:the\s+)?\p{Lu}[\p{L}\p{N}_'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}_'’.-]*)*(?:\s*,\s*\p{Lu}[\p{L}\p{N}_'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}_'’.-]*)*)*(?:\s+and\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}_'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}_'’.-]*)*)*)/u;

export interface JobFigure {
  start: number;
  end: number;
  /** The figure; for a range, its high end. */
  count: number;
  /** For a range ("2,000-3,000 jobs"), its low end; else null. */
  low: number | null;
  qualifier: Qualifier;
  kind: JobKind | null;
  /** Where, as written ("Balochistan, Pakistan"), or null. */
  place: string | null;
  /** The place is a word before the noun ("6,000 US jobs"): kept only when it names a country. */
  placeIsModifier: boolean;
  /**
   * A total with no noun of its own, which sums the figures before it: "..., for a total of
   * 6,500", "..., 5,000 in all". ("employs 5,000 people in total" has its own noun.)
   */
  refersBack: boolean;
  /**
   * The people the figure counts, when named by their country ("3,000 Kenyans": "Kenyan"): a job
   * figure only if the reference knows them as a country's (jobsIn), which is then the place.
   */
  peopleOf: string | null;
}

/**
 * The words between a figure and its noun, checked: null when one is not a modifier ("of the");
 * else the kind words, and the place a capitalised modifier names ("US", "Kenyan").
 */
function modifiersOf(words: string): { kindWords: string; place: string | null } | null {
  if (KIND_ONLY.test(words)) return { kindWords: words, place: null };
  const list = words.trim().split(/\s+/);
  if (list.some((w) => NOT_MODIFIER.has(w.toLowerCase()))) return null;
  const capitalised = list.filter((w) => /^[A-Z]/.test(w));
  return { kindWords: words, place: capitalised.length > 0 ? capitalised.join(' ') : null };
}

/** "The plant will shed 1,200 jobs", "900 jobs will be lost": jobs lost are not jobs created. */
const EXISTING_WORKFORCE_BEFORE = /\b(?:already|currently|presently|now|today)\s+(?:employs|employ|has|have|counts|count)\s+(?:a\s+(?:workforce|staff)\s+of\s+)?$/i;
/**
 * "L&F, which employs about 1,100 people in Daegu", "the industry employs 115,000 people directly":
 * the present tense, with no modal or "to" before it, is a workforce someone has ("will employ",
 * "could employ", "expects to employ 2,500" are jobs to come; a bare "employ" may share a modal told
 * before it: "will produce 150,000 cars a year and employ 7,500 people").
 */
const PRESENT_WORKFORCE_BEFORE = /(?<!\b(?:will|would|could|can|may|might|shall|should|must|to)\s+(?:(?:also|directly|eventually|ultimately|initially|together)\s+)?)\bemploys\s+$/i;
const LOSS_BEFORE = /\b(?:cut|cuts|cutting|shed|sheds|shedding|slash(?:es|ed|ing)?|ax(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|lay(?:s|ing)?\s+off|laid\s+off|los(?:e|es|ing)|lost|scrap(?:s|ped|ping)?)\s+$/i;
// ("4,000 jobs lost", "jobs will be cut"; not "create 4,000 jobs and cut travel time", where "cut" starts a clause of its own.)
const LOSS_AFTER = /^[^.;]{0,25}?\b(?:(?:will|would|could|may|might|are|were|is|was|to)\s+(?:be\s+)?(?:cut|lost|axed|eliminated|shed|slashed|scrapped)|(?<!\b(?:and|or|but|also|then|to|will|would|could|may|might)\s+)(?:cut|lost|axed|eliminated|shed|slashed|scrapped)\b)/i;

/**
 * "6,000 jobs in the US and 7,500 in Balochistan": a bare figure right after a job figure, joined
 * by "and" or a comma and followed by a place, is a figure of the same jobs.
 */
/** After a figure, a kind and "ones" standing for the jobs just told: " indirect ones". */
const KIND_ONES_AFTER = new RegExp(String.raw`^\s+(${KIND_WORD})\s+ones\b`, 'i');
/** Before a figure, jobs an economy needs: "needs to create around", "must create". */
const NEEDED_JOBS_BEFORE = /\b(?:needs?|needed|must|has\s+to|have\s+to|will\s+have\s+to)\s+(?:to\s+)?(?:create|generate|add|find)\s+$/i;
const ELLIPSIS_GAP = /^[^\d;.:()]{0,60}?(?:,\s*|\s+and\s+|,\s+and\s+|\s+plus\s+|\s+as well as\s+)$/i;

type RangeToken = NumberToken & { low?: number };
const RANGE_GAP = /^\s*(?:-|–|—|to)\s*$/;

/**
 * "between 2,000 and 3,000 jobs", "2,000-3,000 jobs", "2,000 to 3,000 jobs": one figure, its low
 * end kept on the token ("from 2,000 to 3,000" is a change, not a range).
 */
function withRanges(sentence: string, tokens: readonly NumberToken[]): RangeToken[] {
  const out: RangeToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    if (b && !a.yearLike && !b.yearLike && a.value < b.value) {
      const gap = sentence.slice(a.end, b.start);
      const lead = sentence.slice(Math.max(0, a.start - 16), a.start);
      const between = /\bbetween\s+$/i.test(lead);
      if ((RANGE_GAP.test(gap) && !/\bfrom\s+$/i.test(lead)) || (between && /^\s+and\s+$/.test(gap))) {
        const start = between ? a.start - (/between\s+$/i.exec(lead)?.[0].length ?? 0) : a.start;
        out.push({ ...b, start, low: a.value });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** A verb of hiring right before the figure, a qualifier between them allowed ("hire about 600"). */
function hiredBefore(sentence: string, start: number): boolean {
  const q = qualifierBefore(sentence.slice(0, start));
  const at = start - (q?.length ?? 0);
  return HIRED_BEFORE.test(sentence.slice(Math.max(0, at - 40), at));
}

/** Job counts in a sentence, with qualifier, kind and place phrase. */
export function findJobFigures(sentence: string): JobFigure[] {
  const tokens = withRanges(sentence, findNumbers(sentence).filter((t) => !t.gluedLeft && !t.gluedRight));
  const out: JobFigure[] = [];
  // Each figure's noun, with the modifiers before it checked (read once: a figure's noun may also
  // serve the figure before it).
  const nouns = tokens.map((t) => {
    const match = JOB_NOUN.exec(sentence.slice(t.end, t.end + 80));
    const modifiers = match && modifiersOf(match[1] ?? '');
    return match && modifiers ? { match, modifiers } : null;
  });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const noun = nouns[i]?.match ?? null;
    let kindWords = '';
    let sharedWith: RegExpExecArray | null = null;
    if (!noun) {
      // "2,000 direct and 3,000 indirect jobs": the noun comes after the next number.
      const next = tokens[i + 1];
      const gap = next ? SHARED_NOUN_GAP.exec(sentence.slice(token.end, next.start)) : null;
      if (gap && next && nouns[i + 1]) {
        sharedWith = nouns[i + 1]!.match;
        kindWords = gap[1] ?? '';
      }
    }
    const previousJob = out[out.length - 1];
    const stated = noun ?? sharedWith;
    let kind: JobKind | null = null;
    // The phase a count with no noun of its own tells after it (set while the conditions below are tried).
    let ownPhase: JobKind | null = null;
    let refersBack = false;
    let modifierPlace: string | null = null;
    let peopleOf: string | null = null;
    let end = token.end;
    const people = stated ? null : PEOPLE_OF_PLACE.exec(sentence.slice(token.end, token.end + 40));
    if (stated) {
      if (noun) {
        const modifiers = nouns[i]!.modifiers;
        kindWords = modifiers.kindWords;
        modifierPlace = modifiers.place;
        end = token.end + noun[0].length;
        // "in 2023 factory jobs rose": a year before modifiers is a date, not a count.
        if (token.yearLike && !KIND_ONLY.test(kindWords)) continue;
      }
      const head = (stated[2] ?? '').toLowerCase();
      const before = sentence.slice(Math.max(0, token.start - 60), token.start);
      // "serve a population of some 3.5mn people": people a project serves are not its jobs (whatever verb is near).
      if (POPULATION_BEFORE.test(before)) continue;
      // "About 60,000 people will be employed": the verb may follow the people.
      if (/^(people|workers|employees|personnel)$/.test(head) && !PEOPLE_VERB.test(before) && !HIRED_PASSIVE_AFTER.test(sentence.slice(end, end + 40))) continue;
      // "2023 graduates" are a class, not a count.
      if (STAFF_NOUN_ONLY.test(head) && (token.yearLike || !(STAFF_VERB.test(before) || (NEEDED_STAFF.test(head) && NEED_VERB.test(before))))) continue;
      if (token.yearLike && !noun) continue;
      kind = kindOf(kindWords);
    } else if (
      people && !token.yearLike &&
      (STAFF_VERB.test(sentence.slice(Math.max(0, token.start - 60), token.start)) || HIRED_PASSIVE_AFTER.test(sentence.slice(token.end + people[0].length, token.end + people[0].length + 40)))
    ) {
      // "employ 3,000 Kenyans", "1,200 Kenyans will be hired": the plural's singular is what the reference knows ("Kenyan").
      peopleOf = singularOfPeople(people[1]!);
      end = token.end + people[0].length;
    } else if (!token.yearLike && !token.scaled && !token.gluedLeft && BARE_HIRED_AFTER.test(sentence.slice(token.end, token.end + 40))) {
      // "..., while around 150 will be employed permanently once the turbines start": the people hired are understood.
      end = token.end;
    } else if (!token.yearLike && !token.scaled && hiredBefore(sentence, token.start)) {
      const after = HIRED_AFTER.exec(sentence.slice(token.end, token.end + 40));
      // ("will employ about 650 doctors, nurses and support staff": the people hired named by their trades.)
      const trades = after ? null : TRADES_AFTER.exec(sentence.slice(token.end, token.end + 120));
      if (!after && !trades) continue;
      end = token.end + (after ?? trades)![0].length;
    } else if (
      previousJob && previousJob.kind !== 'total' && !token.yearLike && ELLIPSIS_GAP.test(sentence.slice(previousJob.end, token.start)) &&
      PLACE.test(sentence.slice(token.end, token.end + 120))
    ) {
      // "6,000 jobs in the US and 7,500 in Balochistan": the noun (and kind) of the figure before.
      kind = previousJob.kind;
    } else if (previousJob && previousJob.kind !== 'total' && !token.yearLike && ELLIPSIS_GAP.test(sentence.slice(previousJob.end, token.start)) && (ownPhase = phaseAfter(sentence.slice(token.end, token.end + 50))) !== null) {
      // "over 1,000 permanent jobs and 2,000 during construction": the noun of the figure before, the phase its own.
      kind = ownPhase;
    } else if (previousJob && previousJob.kind !== 'total' && !token.yearLike && ELLIPSIS_GAP.test(sentence.slice(previousJob.end, token.start)) && KIND_ONES_AFTER.test(sentence.slice(token.end, token.end + 40))) {
      // "about 2,000 direct jobs and 6,000 indirect ones": the noun of the figure before, the kind its own.
      const ones = KIND_ONES_AFTER.exec(sentence.slice(token.end, token.end + 40))!;
      kind = kindOf(ones[1]!);
      end = token.end + ones[0].length;
    } else if (previousJob && TOTAL_BEFORE.test(sentence.slice(Math.max(0, token.start - 30), token.start)) && !NOT_A_COUNT_AFTER.test(sentence.slice(token.end, token.end + 12))) {
      // "2,500 direct and 4,000 indirect jobs, for a total of 6,500": the noun is understood.
      kind = 'total';
      refersBack = true;
    } else if (previousJob && TOTAL_AFTER.test(sentence.slice(token.end, token.end + 30))) {
      kind = 'total';
      refersBack = true;
      end = token.end + (TOTAL_AFTER.exec(sentence.slice(token.end))?.[0].length ?? 0);
    } else continue;
    if (token.value < 1 || !Number.isInteger(token.value) || isProportion(token)) continue;
    const q = token.low === undefined ? qualifierBefore(sentence.slice(0, token.start)) : null;
    let qualifier: Qualifier = token.low !== undefined ? 'range' : (q?.qualifier ?? 'exact');
    // "an estimated 4,000 jobs in A and 2,500 jobs in B": the qualifier carries across "and".
    if (!q && token.low === undefined && previousJob && previousJob.low === null && /^[^\d;]{0,80}(?:\band|,|\bplus|\bas well as)\s*$/i.test(sentence.slice(previousJob.end, token.start))) {
      qualifier = previousJob.qualifier;
    }
    const start = q ? token.start - q.length : token.start;
    if (LOSS_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) || LOSS_AFTER.test(sentence.slice(end, end + 60))) continue;
    // "Bangladesh needs to create around 2 million jobs a year": jobs wanted, not jobs a deal creates.
    if (NEEDED_JOBS_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) continue;
    // "Toyota already employs more than 8,000 people there": a workforce it has, not jobs a deal creates.
    const lead = sentence.slice(Math.max(0, start - 50), start);
    if (EXISTING_WORKFORCE_BEFORE.test(lead) || PRESENT_WORKFORCE_BEFORE.test(lead)) continue;
    let place: string | null = null;
    // "2,000 direct and 8,000 indirect jobs in Sonora": the shared noun's place is both figures'.
    const placeFrom = sharedWith && tokens[i + 1] ? tokens[i + 1]!.end + sharedWith[0].length : end;
    const p = PLACE.exec(sentence.slice(placeFrom, placeFrom + 120));
    if (p && p[1]) place = p[1].replace(/^the\s+/, '').replace(/\s*,\s*$/, '').replace(/(?<!\b[A-Z])\.$/, '');
    if (place === null && peopleOf !== null) modifierPlace = peopleOf;
    const placeIsModifier = place === null && modifierPlace !== null;
    if (placeIsModifier) place = modifierPlace;
    if (kind === null && TOTAL_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))) kind = 'total';
    if (kind === null && /\bacross\b/.test(p?.[0] ?? '') && / and /.test(place ?? '')) kind = 'total';
    if (kind === null && TOTAL_AFTER.test(sentence.slice(end, end + 30))) kind = 'total';
    // "400 jobs during construction", "60 permanent jobs once the plant runs".
    if (kind === null) kind = phaseAfter(sentence.slice(end, end + 100)) ?? phaseBefore(kindWords, sentence.slice(Math.max(0, start - 60), start), sentence.slice(0, start));
    if (kind === null) kind = kindAround(sentence, start, end);
    out.push({ start, end, count: token.value, low: token.low ?? null, qualifier, kind, place, placeIsModifier, refersBack, peopleOf });
  }
  // "8,000 direct jobs and 25,000 indirect jobs in the Lima region": a figure with no place, joined
  // by "and" right before one with a place, is in that place too.
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (a.place === null && b.place !== null && !b.placeIsModifier && !a.refersBack && !b.refersBack && JOINED_PLACE_GAP.test(sentence.slice(a.end, b.start))) {
      out[k] = { ...a, place: b.place };
    }
  }
  return out;
}

const JOINED_PLACE_GAP = /^\s*,?\s*(?:and|plus|as well as)\s+(?:another\s+|a further\s+)?$/i;

// (Not past another figure: "1,000 permanent jobs and 2,000 during construction" tells the second one's phase.)
// ("during the 26-month construction period": how long it lasts may stand before it.)
// ("will work on the construction sites at peak": where the building is done.)
// ("around 15,000 workers at the peak of construction": its height.)
// ("will be employed on the site during the 18-month construction period", "at peak construction", "during the works phase",
// "during the 14-month build", "during the 26 months of construction": the works however named, after a longer clause.)
const DURING_CONSTRUCTION = /^[^.;\d]{0,45}?\b(?:during|in|through(?:out)?|on|at|over)\s+(?:the\s+|its\s+)?(?:peak\s+(?:of\s+(?:the\s+)?)?)?(?:\d+-(?:month|year|week)\s+|[a-z]+-(?:month|year)\s+|(?:\d+|[a-z]+)\s+(?:months|years)\s+of\s+)?(?:construction|building|build|works)(?:\s+phase|\s+period|\s+stage|\s+sites?)?\b/i;
// ("about 150 people will be employed permanently once the wind farms are running": the running plant's, however told.)
const ONCE_RUNNING = /^[^.;\d]{0,30}?\b(?:once (?:operational|running|complete[d]?|in operation|it opens)|once\s+(?:the\s+|it\s+|they\s+)?(?:[\w-]+\s+){0,3}?(?:is|are)\s+(?:running|operational|in\s+operation|complete[d]?|up\s+and\s+running)|when (?:operational|completed|fully operational)|during operations?|in operation|permanently)\b/i;

function phaseAfter(after: string): JobKind | null {
  if (DURING_CONSTRUCTION.test(after)) return 'construction';
  if (ONCE_RUNNING.test(after)) return 'operations';
  return null;
}

const DIRECTLY_AFTER = /^\s+directly\b/i;
const KIND_EMPLOYMENT_BEFORE = /\b(indirect|direct)\s+(?:employment|jobs|work)\s+(?:for|to)\s+(?:another|a\s+further|an\s+additional|some|about|around|nearly|over|more\s+than|up\s+to)?\s*$/i;

/** The kind told around a count [start, end): "will hire about 1,800 workers directly", "indirect employment for another 3,000 people". */
function kindAround(sentence: string, start: number, end: number): JobKind | null {
  if (DIRECTLY_AFTER.test(sentence.slice(end, end + 12))) return 'direct';
  const before = KIND_EMPLOYMENT_BEFORE.exec(sentence.slice(Math.max(0, start - 60), start));
  return before ? (before[1]!.toLowerCase() as JobKind) : null;
}

/** "permanent jobs" are jobs of the running plant; "Construction will create 600 jobs" of the building site. */
function phaseBefore(words: string, before: string, opening: string): JobKind | null {
  if (/\bpermanent\b/i.test(words)) return 'operations';
  // ("and its construction is expected to provide about 2,000 jobs": the project's construction, by its possessive;
  // "The company said construction would create 1,100 jobs": a clause reported.)
  // ("..., and construction is expected to create about 4,500 jobs", "while construction works will employ", "the rail works
  // will employ": the building site's, named as works too.)
  if (/(?:(?:^|[.;]\s*|\b(?:during|in|the|its|their|said|says|that|and|while)\s+)(?:construction(?:\s+works?)?|the construction phase|building work|(?:civil|rail|road|pipe-laying|seawall)\s+works)|\b(?:the|its|their)\s+(?:[\w-]+\s+)?works)\b[^.;]{0,40}$/i.test(before)) return 'construction';
  // "Construction, set to begin early next year, is expected to employ about 4,500 workers": a sentence opening
  // with construction as its subject, a phrase between (not "Construction will begin in March and the plants will employ").
  if (/^\W*(?:construction|the construction phase|building work)\b[^.;]{0,75}$/i.test(opening) && !/\b(?:and|while)\s+(?:the\s+)?(?:plants?|mines?|factor(?:y|ies)|projects?|facilit(?:y|ies)|ports?|lines?|refiner(?:y|ies)|complex)\b/i.test(opening)) return 'construction';
  return null;
}

function kindOf(words: string): JobKind | null {
  const w = words.toLowerCase();
  const kinds: JobKind[] = [];
  if (/\bdirect\b/.test(w)) kinds.push('direct');
  if (/\bindirect\b|\binduced\b/.test(w)) kinds.push('indirect');
  if (/\bconstruction/.test(w)) kinds.push('construction');
  if (/\boperation/.test(w)) kinds.push('operations');
  // "direct and indirect jobs" together is a total of both kinds.
  if (kinds.length > 1) return 'total';
  return kinds[0] ?? null;
}

/** The singular a country's people are known by: "Kenyans" → "Kenyan"; "Swiss", "Chinese" stay. */
function singularOfPeople(word: string): string {
  return /(?:ss|ese)$/.test(word) ? word : word.slice(0, -1);
}

function isProportion(token: NumberToken): boolean {
  return token.spelled && token.value < 2;
}

/** Job mentions of one sentence. */
export function jobsIn(ctx: SentenceContext): FactMention<Job>[] {
  const { article, sentence } = ctx;
  const out: FactMention<Job>[] = [];
  for (const figure of findJobFigures(sentence.text)) {
    // "hire 300 Smiths": a capitalised plural the reference does not know as a country's people.
    const people = figure.peopleOf !== null ? placeOf(ctx, figure.peopleOf) : null;
    if (people !== null && people.country === null) continue;
    const evidence = evidenceFor(article, sentence, figure.start, figure.end);
    let where = figure.place !== null ? placeOf(ctx, figure.place) : placeBefore(ctx, figure.start);
    // "15,000 jobs for Kenyans": a country's people name the country.
    if (where.country === null && figure.place !== null && /^[A-Z][a-z]+s$/.test(figure.place)) {
      const people = placeOf(ctx, singularOfPeople(figure.place));
      if (people.country !== null) where = people;
    }
    // "5,000 High-Paying Jobs" in a headline: a capitalised modifier that names no country is no place.
    if (figure.placeIsModifier && where.country === null) where = { location: null, country: null };
    const { low, high } = figure.low !== null ? { low: figure.low, high: figure.count } : bounds(figure.qualifier, figure.count);
    out.push({
      row: {
        job_id: factId('j', article, sentence, figure.start, figure.end),
        article_id: article.article_id,
        project: projectFor(ctx, figure.start, figure.end)?.name ?? null,
        count: figure.low !== null ? null : figure.count,
        count_low: low,
        count_high: high,
        qualifier: figure.qualifier,
        location: where.location,
        country: where.country,
        country_source: where.country !== null ? 'sentence' : null,
        kind: figure.kind,
        total_of: null,
        evidence_id: evidence.evidence_id,
        quote: sentence.text,
      },
      evidence,
      position: ctx.position,
      headline: ctx.headline,
    });
  }
  return out;
}

// "a plant in Hungary, creating 2,500 jobs": the place of the clause the jobs are created in. ("a plant at
// Sines, on Portugal's Atlantic coast, that will create 1,400 jobs": a place's possessor is where it is.)
const PLACE_BEFORE = /\b(?:in|across|throughout|at|on)\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)(?=[\s,])/g;
const CREATING_AFTER = /^[^.;]{0,12}\b(?:creating|to create|generating|employing|which will create|that will create)\b[^.;]{0,40}$/i;

/** With no place after the figure: the country of the last "in X" of the same clause, when a "creating" links them. */
function placeBefore(ctx: SentenceContext, start: number): { location: string | null; country: string | null } {
  const before = ctx.sentence.text.slice(Math.max(0, start - 160), start);
  const last = [...before.matchAll(PLACE_BEFORE)].pop();
  if (!last || !CREATING_AFTER.test(before.slice((last.index ?? 0) + last[0].length))) return { location: null, country: null };
  const phrase = last[1]!.replace(/^the\s+/, '');
  const owner = /^(.+?)['’]s?\s/.exec(phrase);
  const where = placeOf(ctx, owner ? owner[1]! : phrase);
  return where.country ? where : { location: null, country: null };
}

/** Where the jobs are: the place phrase resolved by the entity reference ("Pakistan and US" as a whole). */
function placeOf(ctx: SentenceContext, phrase: string | null): { location: string | null; country: string | null } {
  if (!phrase) return { location: null, country: null };
  return ctx.hooks.place(phrase);
}
