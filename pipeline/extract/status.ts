/**
 * Status of a figure: how firm the money is, read from the verb nearest the figure and the hedges
 * in front of that verb. A hedge or a negation only ever lowers a status ("has not yet approved"
 * → under_discussion, "could approve" → proposed, "expected to sign" → expected, "plans to
 * sign" → intended); it never raises one.
 */
import type { Status } from '../tables.ts';
import { freezeRows, memoTable } from './memo.ts';
import { eachMatch } from './matches.ts';

export interface StatusCue {
  status: Status;
  /** Span of the cue within the sentence. */
  start: number;
  end: number;
}

/** An event that raised money: "a conference that raised", "The appeal has raised" (what donors pledged there). */
/** What bonds are called, and the verbs of selling them ("sold $1.5bn of eurobonds"): one list for status.ts, classify.ts and roles.ts. */
export const BOND_NOUNS = String.raw`(?:bonds?|eurobonds?|sukuk|notes|securities|debentures)`;
export const BOND_SALE_VERBS = String.raw`(?:sold|sells?|issued|issues|priced|placed)`;
export const EVENT_RAISED = String.raw`\b(?:conference|summit|appeal|telethon|pledging\s+(?:conference|session|event)|donors['’]?\s+meeting|fundraiser|fund-raiser)\s+(?:that\s+|which\s+)?(?:has\s+|had\s+|have\s+|also\s+|so\s+far\s+)*(?:raised|mobili[sz]ed|garnered|drew)`;

const CUES: readonly [Status, RegExp][] = [
  ['cancelled', /\b(?:cancel(?:l?ed|s|ling)?|reject(?:ed|s)|turned down|refus(?:ed|es) to (?:lend|invest|provide|fund|finance|extend|release|disburse)|withdr(?:awn|ew)|withdraw(?:s|ing)?|pull(?:s|ed)?(?= (?:[$€£¥₹]|US\$|\d))|scrap(?:ped|s|ping)|shelved|terminated|called off|pull(?:s|ed)? out(?! of poverty)|abandoned|suspended|halted|on (?:ice|hold)|(?:frozen|froze)(?= (?:a|an|the|its|their) ))\b/gi],
  // ("has drawn the first $500m of a $3bn swap line": money taken from a line is paid out.)
  // ("completed its Rs 1,500 crore investment in units of the Trust": an investment completed is paid.)
  ['disbursed', /\b(?:disburs(?:ed|es|ing)|complet(?:ed|es)\s+(?:its|their|the)(?=\s+(?:[^\s.;]+\s+){0,4}?investment\b)|(?:has|have|had)\s+drawn(?:\s+down)?|drew(?:\s+down)?|(?:has|have|had)\s+converted|complet(?:ed|es) (?:the )?disbursement|(?:has|have|had) (?:invested|injected)|released|(?:has|have|had) received|received|transferred|deposited|parked|paid out|handed over)\b/gi],
  // "signed an order allocating 17 million manat", "signed a decree": a head of state's order approves spending.
  ['approved', /\bsign(?:ed|s)\s+(?:an?\s+|the\s+)?(?:presidential\s+|executive\s+|government\s+)?(?:order|decree|resolution|directive)\b/gi],
  // ("President Ruto witnessed the signing of agreements worth Sh92 billion": a signing witnessed is a signing; "Akuo has closed
  // CFA 42 billion of debt financing", "MIGA has issued $55m of political risk guarantees": a financing closed, cover issued.)
  // ("exchanged notes on a grant of 1.2 billion yen": notes exchanged are a signed agreement between governments.)
  ['signed', /\b(?:(?:witness(?:ed|es|ing)?|oversaw|oversees|presided\s+over|attended)\s+the\s+signing\s+of|exchanged\s+(?:the\s+)?notes|sign(?:ed|s|ing)?(?! of\b)(?! off\b)|ink(?:ed|s)|sealed|concluded|bought|acquired|purchased|completed (?:the|its|their) (?:acquisition|purchase)|(?:raised|increased|lifted) (?:its|their) (?:stake|holding|shareholding)|(?:reached|reaches|achieved|achieves) financial close|(?:has|have|had)\s+closed(?=\s+(?:(?:a|an|its|their|the)\s+)?(?:(?:about|around|some|over|more\s+than|up\s+to)\s+)?(?:[$€£¥₹]|US\$|[A-Z]{2,4}\s?\$?\d|R\$?\d|\d|[^.;]{0,40}?\b(?:financing|loan|facility|round|placement|notes?)\b))|closes(?=\s+(?:(?:a|an|its|their|the)\s+)?(?:[$€£¥₹]|US\$|[A-Z]{2,4}\s?\$?\d|\d)[^.;]{0,30}?\b(?:financing|loan|facility|debt|round|placement)\b)|(?:has|have|had)\s+issued(?=[^.;]{0,60}?\bguarantees?\b))\b/gi],
  // ("A 35-million-euro grant ... were voted by the region": a council's vote approves; "has been licensed to set up a
  // Sh3.2 billion garment factory", "has won Foreign Investment Review Board clearance": a licence or clearance granted.)
  ['approved', /\b(?:approv(?:e|ed|es|al)|(?:was|were|has\s+been|have\s+been|had\s+been)\s+licen[cs]ed|(?:won|wins|received|receives|secured|obtained)\s+(?:[\w-]+\s+){0,5}?clearance|(?:was|were|has\s+been|have\s+been)\s+voted(?!\s+(?:down|out|against))|sign(?:ed|s)? off|(?:allow|enabl)(?:e|s|es|ed|ing)?\s+(?:for\s+)?(?:the\s+|an\s+)?(?:immediate\s+)?(?:disbursement|release|drawdown)|releas(?:es|ing)|clear(?:ed|s)|sanction(?:ed|s)|ratifie[ds]|green-?lit|green-?light(?:s|ed)|authori[sz](?:ed|es)|okayed|endorsed|(?:has|have|had) guaranteed|guarantees (?:a|an|the))\b/gi],
  ['agreed', new RegExp(String.raw`\b(?:agree(?:d|s)|(?:has|have|had) (?:extended|granted|lent|loaned|provided|given|made(?= (?:an?|its) (?:[$€£¥₹]|US\$|\d)))|(?<!\bbe\s)(?:extended(?!\s+(?:fund|credit)\s+facilit)|granted|lent|loaned|borrowed|contributed|gave|donated|subscribed|arranged|(?:has|have|had)\s+raised|raises(?= (?:[$€£¥₹]|US\$|\d))|${BOND_SALE_VERBS}(?= (?:about |around |some )?(?:[$€£¥₹]|US\$|\d)(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\b${BOND_NOUNS})|provided(?!\s+(?:that|for\b)))|reach(?:ed|es)? (?:an|a) (?:[\w-]+ ){0,2}(?:agreement|deal|accord)|struck (?:a|an) (?:[\w-]+ ){0,2}(?:deal|agreement)|finali[sz](?:ed|es)|secured|secures(?!\s+\S+\s+(?:in\s+)?(?:pledges|promises)\b)|lands|landed|bags|bagged|taps|tapped|roll(?:ed|s)? over|renew(?:ed|s)|(?:has|have|had)\s+refinanced|(?:co-)?led(?=\s+(?:an?|the|its)\s+(?:[^\s.;]+\s+){0,4}?round\b))\b`, 'gi')],
  ['pledged', new RegExp(String.raw`\b(?:${EVENT_RAISED}|pledg(?:ed|es|ing)|earmark(?:ed|s)|allocat(?:ed|es)|set(?:s)? aside|commit(?:s|ted|ting)?|promis(?:ed|es|ing)|vow(?:ed|s)|announc(?:ed|es|ing)|(?:will|would) (?:\w+ly |each |also |together |both |all |now |soon |then |still |further )?(?:help (?:to )?)?(?:invest|provide|lend|finance|fund|extend|give|spend|inject|deposit|contribute|add|build|co-finance|cofinance|acquire|buy|purchase|take|pay|put|pour|plough|channel|commit|develop|release|disburse|grant|donate|allocate|earmark|mobili[sz]e|set up|cover|guarantee|underwrite|backstop|receive|get|go to)|(?:is|are) (?:providing|lending|investing|contributing|extending)|(?:will|shall|is to|are to) be (?:financed|funded|backed|provided|lent|loaned|covered|invested|allocated|injected|contributed|extended|granted|spent|channell?ed|paid|transferred)|(?:will|is to|are to|(?:is|are) set to) receive|unveil(?:ed|s)|(?:is|are|will be) (?:complemented|accompanied|supplemented|co-?financed|co-?funded) by)\b`, 'gi')],
  // ("leaving $650 million still to come": money yet to be paid is expected.)
  // ("The Ministry said it also expects up to US$150 million in additional budget support": money a receiver expects.)
  ['expected', /\b(?:(?:is|are|was|were|be) expected to|expected to|(?:it|they|we|the\s+(?:government|ministry|treasury|country))\s+(?:also\s+)?expects?|expects?\s+to\s+(?:receive|get|secure|obtain)|set to|projected to|likely to|anticipated to|poised to|slated to|due to (?:invest|provide|sign|receive)|still to come|yet to be (?:disbursed|paid|released))\b/gi],
  ['under_discussion', /\b(?:in talks|talks (?:were|are|is|was) (?:also |still |now )?(?:in progress|under way|underway|ongoing)|talks (?:on|over|about|with|for)|negotiat(?:ing|ions?|ed|es)|discuss(?:ing|ions?|ed)|in discussions?|explor(?:ing|es|ed)|under consideration|under review|mull(?:ing|s|ed)|weigh(?:ing|s)|(?:is|are)\s+raising)\b/gi],
  ['proposed', /\b(?:(?:expressed|expresses|expressing|showed|shows|voiced)\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:readiness|willingness)\s+to|(?:is|are|was|were)\s+ready\s+to|propos(?:ed|es|al|ing)|(?:could|may|might|can) (?:\w+ly )?(?:lend|invest|provide|finance|fund|extend|give|grant|deposit|inject|contribute|spend|acquire|buy)|(?<!\b(?:tender|public|share|exchange|takeover|rights|buyback|bond)\s)offer(?:ed|s|ing)?|willing(?:ness)? to|is considering|are considering|considering|assembl(?:ing|es|ed)|arrang(?:ing|es)|putting together|structuring|requested|(?<!\b(?:approv\w*|grant\w*|endors\w*|clear\w*|pass\w*)\s+(?:[\w’'-]+\s+){0,5})requests?\s+(?:for|to\s+borrow)|seeks? (?:a|an)|(?:is|are|was|were) seeking(?!\s+to\b)|sought|applied for)\b/gi],
  ['intended', /\b(?:aims? to|aiming to|plans? to|planning to|planned|intends?|intention|intent|expressed (?:a|its|their|his|her) desire|desire to|wants? to|eyes|eyeing|weighs|weighing|mulls|mulling|considers|considering|seeks? to|seeking to|looking to|hopes? to|keen to|interest(?:ed)? in|targets?|targeting|push(?:es)? to|bid to|efforts? to|ambition)\b/gi],
];

const PLAN_WORD = /^plan/i;
// ("has withdrawn from a planned loan", "pulled out of the planned plant": the plan left is cancelled too.)
const CANCELLED_BEFORE_PLAN = /\b(?:cancel(?:l?ed|s|ling)?|scrap(?:ped|s|ping)?|shelv(?:e[ds]?|ing)|abandon(?:ed|s|ing)?|dropp(?:ed|ing)|drops?|ditch(?:ed|es|ing)?|call(?:ed|s)? off|withdr(?:ew|awn)(?:\s+from)?|pull(?:ed|s)?\s+out\s+of|back(?:ed|s)?\s+out\s+of|suspend(?:ed|s)?|put\s+on\s+(?:ice|hold)|froze)\s+(?:(?:a|an|its|their|the|his|her)\s+)?$/i;
const REPORTED = /\b(?:said|says|told|announced|added|stated|confirmed|pledged|promised)\b[^.;]{0,45}$/i;

const FIRM = new Set<Status>(['pledged', 'agreed', 'approved', 'signed', 'disbursed']);
const ORDER: readonly Status[] = ['intended', 'proposed', 'under_discussion', 'expected', 'pledged', 'agreed', 'approved', 'signed', 'disbursed'];

const NEGATION = /\b(?:not|n't|never|yet to|no longer|failed to|without|refused to|declined to)\b[^,;]{0,20}$/i;
const PENDING = /\b(?:subject\s+to|pending|awaiting|awaits|await|requires?|required|needs?|needing|conditional\s+on|ahead\s+of|before|for)\s+(?:(?:final|formal|the|an?|its|their|his|her|board|parliamentary|regulatory|cabinet|shareholder|government|official)\s+)*$/i;
const MODAL = /\b(?:could|may|might|would|can|should)\s+(?:also\s+|soon\s+|still\s+)?(?:be\s+)?$/i;
// "$1.5bn in budget support to be disbursed this year": a bare "to be" looks ahead too.
// ("it expects the IMF's Executive Board to approve": what a party expects another to do.)
const EXPECT = /\b(?:will|shall|(?:is|are|was|were) to|expected to|set to|likely to|poised to|slated to|projected to|anticipated to)\s+(?:be\s+)?$|\bto\s+be\s+$|\b(?:expects?|expected|anticipates?|hopes?)\s+(?:the\s+)?[^.;,]{1,60}?\s+to\s+$/i;
const INTEND = /\b(?:aims? to|plans? to|intends? to|seeks? to|hopes? to|wants? to|looking to|keen to|desire to|push(?:es)? to|bid to|efforts? to)\s+(?:be\s+)?$/i;

/** Every status cue in the sentence, with its hedges applied. */
export function statusCues(sentence: string): StatusCue[] {
  const cues: StatusCue[] = [];
  for (const [status, pattern] of CUES) {
    eachMatch(pattern, sentence, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (cues.some((c) => start < c.end && c.start < end)) return;
      const before = sentence.slice(Math.max(0, start - 100), start);
      // "said it would invest" reports a pledge; a bare "would invest" is a condition.
      const conditional = /^would\b/i.test(m[0]) && !REPORTED.test(sentence.slice(Math.max(0, start - 60), start));
      // "scrapped plans to invest", "shelved its plan to build": the plan is what was cancelled.
      if (status === 'intended' && PLAN_WORD.test(m[0]) && CANCELLED_BEFORE_PLAN.test(before)) {
        cues.push({ status: 'cancelled', start, end });
        return;
      }
      cues.push({ status: hedge(conditional ? 'proposed' : status, before), start, end });
    });
  }
  return cues.sort((a, b) => a.start - b.start);
}

// Every figure of a sentence asks for the same cues: they are found once per sentence and shared (frozen).
const cueMemo = memoTable<readonly StatusCue[]>();
const cuesOf = (sentence: string): readonly StatusCue[] => cueMemo.get(sentence) ?? cueMemo.set(sentence, freezeRows(statusCues(sentence)));

/** Lower a status by the words just before its cue. */
export function hedge(status: Status, before: string): Status {
  if (status === 'cancelled') return NEGATION.test(before) ? 'other' : status;
  if (NEGATION.test(before)) return lowered(status, 'under_discussion');
  // "subject to approval by the board", "pending parliamentary approval": an approval still to come.
  if (PENDING.test(before)) return lowered(status, 'expected');
  if (INTEND.test(before)) return lowered(status, 'intended');
  if (MODAL.test(before)) return lowered(status, 'proposed');
  if (EXPECT.test(before)) return lowered(status, 'expected');
  return status;
}

/** `to` when it is lower than `status`, else `status`. */
function lowered(status: Status, to: Status): Status {
  return rank(to) < rank(status) ? to : status;
}

function rank(status: Status): number {
  const i = ORDER.indexOf(status);
  return i < 0 ? -1 : i;
}

/**
 * The status of the figure at [start, end): the nearest cue before it in the sentence, else the
 * first cue after it within `after` characters (passive voice: "$2bn was approved").
 */
export function statusOf(sentence: string, start: number, end: number, after = 80): StatusCue | null {
  const cues = cuesOf(sentence);
  let best: StatusCue | null = null;
  // "X approves $700m; IFC adds $150m guarantee": a cue before a semicolon is the other clause's.
  const clauseStart = sentence.lastIndexOf(';', start);
  // "will put ₹4,500 crore into the first phase, which is slated to go live by 2028, and the remaining
  // ₹7,500 crore into a second phase": a cue in a relative clause closed before the figure is the clause's.
  const relative = sentence.lastIndexOf(', which ', start);
  for (const cue of cues) {
    if (cue.end > start || cue.start <= clauseStart) continue;
    if (relative >= 0 && cue.start > relative && sentence.slice(cue.end, start).includes(',')) continue;
    best = cue;
  }
  // "a R$4.2 billion loan that was approved last week", "a EUR 40 million loan signed last month with JBIC", "a €150
  // million loan from the EIB, whose board approved the financing last month": the money's own status, told right after
  // its noun, is firmer than the future tense of what it will pay for.
  if (best && (best.status === 'pledged' || best.status === 'expected')) {
    const own = OWN_STATUS_AFTER.exec(sentence.slice(end, end + 110));
    const word = own ? (own[1] ?? own[2] ?? own[3])!.toLowerCase() : null;
    if (word !== null) return { ...best, status: word as Status };
  }
  // "The United States, which had promised $50 million to the facility in 2024, formally withdrew the pledge in March",
  // "had pledged about $1 billion ... before the administration pulled out of the partnership": a promise taken back.
  if (best && best.status !== 'cancelled' && /withdr|pulled|rescind|revok|backed|walked/i.test(sentence) && WITHDRAWN_LATER.test(sentence.slice(end))) return { ...best, status: 'cancelled' };
  // "a planned $280 million cement plant by X had been cancelled": a death told in the passive after the figure,
  // in its own clause, ends what the words before it planned.
  if ((best === null || best.status !== 'cancelled') && PASSIVE_END_GATE.test(sentence)) {
    const rest = sentence.slice(end);
    const limit = clauseLimit(rest, end, sentence.length);
    for (const cue of cues) {
      // (Not another clause's: "..., replacing a deal that was cancelled".)
      // (", but talks on the loan were put on hold": a comma before "but" is the same telling's.)
      // ("A $100m loan from CAF that was approved for the program in 2024 was cancelled this year": past a relative clause
      // with a verb of its own, the cancelling is the main clause's.)
      const between = sentence.slice(end, cue.start);
      const relativeWithVerb = !between.includes(',') && /\b(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+[a-z]+ed\b/.test(between) && cues.some((c) => c.start >= end && c.end <= cue.start && c.status !== 'cancelled');
      if (cue.status === 'cancelled' && cue.start >= end && cue.start < limit && PASSIVE_BEFORE.test(sentence.slice(Math.max(end, cue.start - 24), cue.start)) && (relativeWithVerb || !/,(?!\s+but\b)|\b(?:that|which|who)\b/.test(between))) return cue;
    }
  }
  // "ratified a loan agreement under which the Saudi Fund will allocate $30 million", "signed an agreement under which
  // Masdar will invest $1bn": the sum the agreement holds has the agreement's status, firmer than the promise inside it.
  if (best && best.status !== 'cancelled' && UNDER_WHICH.test(sentence.slice(0, start))) {
    const held = cues.filter((c) => c.end <= start && HOLDING_STATUSES.has(c.status) && UNDER_WHICH_AFTER.test(sentence.slice(c.end, start))).pop();
    // (The promise's verb stays the cue: who gives is read from it, the status from the agreement.)
    if (held && rank(held.status) > rank(best.status)) return { ...best, status: held.status };
  }
  if (best) return best;
  // Passive voice ("$2bn was approved"): the first cue after the figure, in its own clause, and not
  // past another figure after a comma ("$20bn IMF program, first $12bn disbursed": the verb is the
  // second one's; "the first $300m of the $1bn loan was disbursed" is the first one's, and so is
  // "a $400m round led by X, which contributed $120m").
  const limit = clauseLimit(sentence.slice(end), end, sentence.length);
  for (const cue of cues) if (cue.start >= end && cue.start - end <= after && cue.start < limit && !ofTheObject(sentence.slice(end, cue.start))) return cue;
  // ("A 1.8 billion reais loan to Vale do Jequitinhonha Lítio SA for a lithium hydroxide refinery in Minas Gerais state
  // has been approved by BNDES": a passive verb further on, its subject's long description unbroken by a comma.)
  for (const cue of cues) {
    if (cue.start < end || cue.start - end > LONG_SUBJECT || cue.start >= limit) continue;
    if (PASSIVE_AUXILIARY_BEFORE.test(sentence.slice(Math.max(end, cue.start - 24), cue.start)) && !/[,(]/.test(sentence.slice(end, cue.start).replace(/^\s*\([^()]*\)/, ''))) return cue;
  }
  return null;
}

/**
 * Between a figure and a cue after it: the figure's own verb, then a relative clause on its object: "$500 million will
 * support the Jobs Acceleration Programme, which is expected to help create 1.6 lakh jobs" (the programme is expected
 * to create jobs; "a $2bn loan, which is expected to be approved" has no verb before the clause, and stays).
 */
function ofTheObject(between: string): boolean {
  const relative = /,\s+(?:which|who)\s/.exec(between);
  return relative !== null && /\b(?:will|would|shall|is\s+to|are\s+to)\s+(?:\w+ly\s+)?[a-z]+\s/.test(between.slice(0, relative.index));
}

/** After a figure and its noun (and its lender), the money's own status: "loan that was approved", "loan signed last month", "whose board approved". */
const OWN_STATUS_AFTER =
  /^\s*(?:[\w’'-]+\s+){0,3}?(?:loans?|credits?|financing|facility|grants?|tranche)\b(?:\s+from\s+(?:the\s+)?[\p{Lu}][^,;]{0,60}?)?,?\s+(?:(?:that|which)\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:formally\s+)?(approved|signed|disbursed)\b|(signed|approved|disbursed)\s+(?:last|this|earlier|on|in)\b|whose\s+(?:executive\s+)?board(?:\s+of\s+directors)?\s+(approved|signed)\b)/iu;
/** Later in the sentence, the promise taken back: "withdrew the pledge", "before ... pulled out of the partnership". */
const WITHDRAWN_LATER = /\b(?:(?:formally|later|subsequently|then)\s+)?(?:withdrew|rescinded|revoked|cancell?ed)\s+(?:the|its|their|that)\s+(?:pledge|commitment|offer|promise)\b|\bbefore\s+[^.;]{0,60}?\b(?:pulled\s+out\s+of|withdrew\s+from|backed\s+out\s+of|walked\s+away\s+from)\b/i;

/** How far after its figure a passive verb may follow a subject described at length. */
const LONG_SUBJECT = 180;
const PASSIVE_AUXILIARY_BEFORE = /\b(?:has|have|had)\s+been\s+$|\b(?:was|were|is|are)\s+(?:formally\s+|officially\s+|finally\s+)?$/i;

/** Where the figure's own clause ends in the text after it (`rest`, starting at `end`): a clause break, or past another figure after a comma. */
function clauseLimit(rest: string, end: number, length: number): number {
  const clause = /[;:]|\s[–—-]\s|\.\s/.exec(rest);
  const nextFigure = COMMA_THEN_FIGURE.exec(rest);
  return Math.min(clause ? end + clause.index : length, nextFigure ? end + nextFigure.index + nextFigure[0].length : length);
}

// ("had agreed in principle to provide about $2.7bn but later pulled out": a death told after "but" too.)
const PASSIVE_END_GATE = /\b(?:been|was|were|but)\s+(?:later\s+|since\s+|now\s+|then\s+|subsequently\s+)?(?:put\s+)?(?:cancel|scrap|shelve|terminat|called|abandon|suspend|halt|withdr|reject|pulled|on\s+(?:hold|ice))/i;
const PASSIVE_BEFORE = /\b(?:been|was|were|but)\s+(?:later\s+|since\s+|now\s+|then\s+|subsequently\s+)?(?:put\s+)?$/i;

/** A comma, then another figure within a few words (its amount is where the match ends). */
const COMMA_THEN_FIGURE = /,\s[^.;,]{0,30}?(?=[$€£¥₹]\s?\d|\d(?:[.,]\d+)?\s?(?:bn|billion|million|mn|trillion)\b)/;

/** An agreement's clause that holds a promise: "under which", "whereby" (roles.ts reads its signatories by it too). */
export const UNDER_WHICH = /\b(?:under\s+which|by\s+which|whereby|through\s+which)\b/i;
/** After an agreement's verb, the agreement and "under which" before the figure, in one clause. */
const UNDER_WHICH_AFTER = /^\s+(?:(?:on|last|this)\s+\w+\s+)?(?:an?|the|two|three|several|\d+)?\s*(?:[\w-]+\s+){0,3}?(?:agreements?|deals?|accords?|contracts?|memorand(?:um|a)|conventions?)\s*,?\s+(?:(?:under|by|through)\s+which|whereby)\b[^;]*$/i;
const HOLDING_STATUSES: ReadonlySet<Status> = new Set(['signed', 'approved', 'agreed']);

/** The firmer of two statuses (cancelled wins: a later report that a deal died ends it). */
export function firmer(a: Status | null, b: Status | null): Status | null {
  if (a === null) return b;
  if (b === null) return a;
  if (a === 'cancelled' || b === 'cancelled') return 'cancelled';
  return rank(b) > rank(a) ? b : a;
}

export const isFirm = (status: Status | null) => status !== null && FIRM.has(status);
