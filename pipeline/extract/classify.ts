/**
 * What a money figure IS, from the words around it:
 *   - a commitment, when a funder commits it (invest, lend, finance, approve, pledge, sign, grant,
 *     deposit, stake, package, commit, provide, extend, allocate, earmark, fund; or a recipient
 *     borrows or secures it);
 *   - a project's cost ("the $7 billion X project", "a $500m refinery", "which will cost $2bn");
 *   - a projection (money a deal "could unlock", exports it "will bring", revenue, free cash flow);
 *   - or nothing: trade volumes, GDP, market size, prices, salaries, past figures.
 * When unsure it is not a commitment: a missed pledge is a gap an analyst sees; an invented one
 * is a wrong total.
 *
 * The words looked at are the figure's own segment of the sentence: from the end of the previous
 * figure to the start of the next, so that "approved $1bn ..., adding that it could unlock up to
 * $2bn" gives each figure its own verb.
 */
import type { ProjectionMetric } from '../tables.ts';
import { HOLDING_FOR, PUT_INTO, PUT_VERBS, SOURCE_AFTER } from './instrument.ts';
import { PERCENT } from './numbers.ts';
import { BOND_NOUNS, BOND_SALE_VERBS, EVENT_RAISED } from './status.ts';

export type MoneyRole =
  | { role: 'commitment' }
  | { role: 'cost' }
  | { role: 'projection'; metric: ProjectionMetric }
  | { role: 'none'; reason: string };

export interface Segment {
  /** The sentence text from the previous figure's end (or the start) to this figure. */
  before: string;
  /** The sentence text from this figure's end to the next figure's start (or the end). */
  after: string;
  /** The whole sentence, for cues that may sit anywhere (future tense, "projected"). */
  sentence: string;
  /**
   * Where `before` starts in the sentence. Without it, the last place its text occurs is taken,
   * which a short `before` (", " between two figures) may repeat further on.
   */
  from?: number;
}

/** Where the segment's `before` starts in its sentence. */
function beforeStart(segment: Segment): number {
  return segment.from ?? segment.sentence.lastIndexOf(segment.before);
}

const PROJECT_NOUN =
  String.raw`(?:project|projects|mine|mines|plant|refinery|port|terminal|pipeline|railway|rail line|line|corridor|highway|motorway|dam|airport|complex|facility|park|zone|city|tower|smelter|field|farm|station|hub|development|scheme|bridge|factory|centre|center|upgrade|expansion|extension|road|metro)`;

// "the $4 billion Thar coal project", "a $500m refinery", "its $2bn copper-gold mine".
const COST_BEFORE = /(?:^|\s)(?:the|a|an|its|their|his|her|this|that)\s*$/i;
// Up to five capitalised or named words before the project noun, of which up to two other lower-case ones ("grid", "water").
// ("a $1.1bn Indian line of credit": a line of credit is no rail line; "a $500 million development policy loan" is a loan.)
const COST_AFTER = new RegExp(
  String.raw`^(?:-|\s)+(?:(?:[A-Z][\w'’.-]*|[a-z]+-[a-z]+|new|planned|proposed|flagship|greenfield|copper|gold|coal|gas|oil|solar|wind|hydro(?:power)?|power|steel|cement)\s+){0,5}(?:(?!(?:in|of|for|to|and|with|from|by|on|at|loan|loans|grant|grants|credit|swap|investment|financing|package|deal|facility|syndicated|revolving|term|bridge|standby|extended|lending|trade|budget|support|aid|debt|senior|mezzanine|liquidity|guarantee)\s)[a-z]+\s+){0,2}(?:[A-Z][\w'’.-]*\s+){0,2}${PROJECT_NOUN}\b(?!\s+of\s+credit)(?!\s+(?:policy\s+)?(?:loans?|credits?|financing|operations?|grants?|bonds?)\b)`,
);
// ("fuel subsidies, which cost the state $3.2 billion last year": what something cost someone.)
const COST_WORDS = /\b(?:cost(?:s|ing)?(?:\s+(?:the\s+(?:state|government|country|treasury|exchequer|economy|budget)|taxpayers|it|them))?|will cost|to cost|estimated cost|total cost|price tag|capital expenditure|capex|valued at|value of|worth)\s*(?:of\s+|at\s+)?(?:about|around|some|nearly|almost|over|more than|up to|an estimated|approximately|roughly)?\s*$/i;
// "a loan agreement with the Japan International Cooperation Agency (JICA) worth ...": the deal's value, its parties between.
// "The total cost of the phase, which will extend the line by 11.8 km, is estimated at Rp 45 trillion": a cost,
// whatever verb the clause between holds.
const COST_ESTIMATED_AT = /\b(?:cost|costs|price tag|capex|capital expenditure|budget)\b(?:(?!\.\s)[^;$€£¥₹]){0,160}?\b(?:is|was|are|were|will be|would be|has been)\s+(?:estimated|put|pegged|valued|projected|expected|forecast|seen|set|budgeted|calculated)\s+at\s*(?:about|around|some|nearly|almost|over|more than|up to|roughly|approximately|an estimated)?\s*$/i;
// "The project will require total investment of R$3.5bn", "a total outlay of $2bn": what the project costs.
const TOTAL_OUTLAY_BEFORE = /\b(?:requir(?:e|es|ed|ing)|need(?:s|ed|ing)?|involv(?:e|es|ed|ing)|entail(?:s|ed)?|with|has|have|at|for)\s+(?:a\s+)?total\s+(?:investment|investments|outlay|capex|capital expenditure|cost|costs|funding|financing)\s+(?:of|worth)\s*(?:about|around|some|nearly|almost|over|more than|up to|roughly|approximately|an estimated)?\s*$/i;
/** A builder named by its trade: "China Civil Engineering Construction Corporation", "Tarsa Contracting". */
const BUILDER_NAME = String.raw`[^.;]{0,80}?\b(?:Construction|Engineering|Contracting|Contractors?|Builders)\b[^.;]{0,40}?`;
/**
 * A party signing with another to develop what a total outlay or cost is then told of (not a
 * contract, nor an agreement with a builder named by its trade: a builder's price is the project's
 * cost).
 */
/** An agreement signed: "signed an agreement", "inked a memorandum of understanding", "sealed two deals". */
const SIGNED_AGREEMENT = String.raw`\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|seal(?:s|ed|ing)?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:agreements?|memorand(?:um|a)(?:\s+of\s+understanding)?|mous?|deals?|accords?)`;
const SIGNED_TO_DEVELOP = new RegExp(
  String.raw`${SIGNED_AGREEMENT}\s+with\b(?!${BUILDER_NAME}\bto\s)[^.;]{1,120}?\bto\s+(?:develop|build|construct|set\s+up|establish)\b(?:[^.;]|(?<=\d)\.(?=\d))*$`,
  'i',
);
/**
 * Right after a figure: an agreement with a builder named by its trade to build something. (One to
 * build and operate it, "build, own and operate", is a concession the builder puts its money in.)
 */
const BUILDER_AGREEMENT_AFTER = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+){0,2}?(?:agreements?|deals?|contracts?)\s+with\s+(?:the\s+)?${BUILDER_NAME}\bto\s+(?:build|construct)\b(?!(?:\s*,\s*own)?\s*(?:,|and)\s+(?:operate|run|own|manage)\b)`,
  'i',
);
// ("11 memorandums of understanding (MoUs) worth $2.3 billion": the noun's acronym may stand before "worth".)
const DEAL_NOUN = /\b(?:deposits?|tranches?|grants?|swaps?)\s*,?\s+(?:\w+\s+){0,2}(?:worth|valued at|totall?ing)\s*(?:about|around|some|nearly|almost|over|more than|up to|an estimated)?\s*$|\b(?:deal|deals|stakes?|shares|agreement|agreements|accord|package|investment|investments|loan|loans|financing|credit|contract|contracts|facility|memorand(?:ums?|a)|mous?|pledges?|commitments?)\s*,?\s+(?:\w+\s+){0,2}(?:\([^()]{1,15}\)\s+)?(?:worth|valued at|totall?ing|of)\s*(?:about|around|some|nearly|almost|over|more than|up to|an estimated)?\s*$|\b(?:deals?|agreements?|accords?|contracts?)\s+(?:for|on|covering|to\s+(?:build|develop|finance|fund))\s+(?:[^.;$€£¥₹]|(?<=\d)\.(?=\d)){1,80}?\s(?:worth|valued at|totall?ing)\s*(?:about|around|some|nearly|almost|over|more than|up to|an estimated)?\s*$|\b(?:deal|agreement|accord|contract|memorand(?:um|a)|mou)\s+(?:with|between)\s+[^.;$€£¥₹\d]{1,120}?\s(?:worth|valued at|totall?ing)\s*(?:about|around|some|nearly|almost|over|more than|up to|an estimated)?\s*$/i;

const FREE_CASH_FLOW = /\bfree cash flows?\b/i;
const REVENUE = /\b(?:revenues?|sales|earnings|income|royalt(?:y|ies)|profits?)\b/i;
// "will generate annual revenue of $1.2bn": the noun right before the figure says what it is, whatever the verb.
/** A verb of earning right before a figure: "will ... earn about $1.8bn a year" (what a project takes in). */
const EARN_BEFORE = /\b(?:earn|earns|earning|bring\s+in|brings\s+in|rake\s+in|rakes\s+in)\s+(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|an\s+estimated|roughly)?\s*$/i;
const REVENUE_OF = /\b(?:revenues?|sales|earnings|income|royalt(?:y|ies)|profits?)\s+(?:of|worth|totall?ing|reaching|at)\s*(?:about|around|some|nearly|almost|over|more than|up to|an estimated)?\s*$/i;
// ("of commercial bank loans for a crude oil export terminal": an export place, agency or tax names no exports.)
const EXPORTS_AFTER = /^\s*(?:(?:in|of|worth of)\s+)?(?:[\w’'-]+\s+){0,7}?(?:exports?|export potential|export earnings|export revenues?|export value)\b(?![-‐\s](?:import\w*|credits?|terminals?|ports?|hubs?|zones?|processing|facilit(?:y|ies)|pipelines?|plants?|agenc(?:y|ies)|insurance|financ\w*|banks?|guarantees?|licen[cs]es?|bans?|dut(?:y|ies)|tax(?:es)?)\b)/i;
// "exports of", "exports worth", "Exports from the plant could reach": the figure is what the exports come to.
// ("a state export credit of up to $9.5 bln": export credit, finance or insurance is money lent, not exports.)
const EXPORTS_BEFORE = /\bexports?\s+(?!(?:credits?|finance|financing|insurance|guarantees?|agency|bank)\b)(?:[\w’'-]+\s+){0,5}?(?:of|worth|(?:to\s+)?(?:reach|hit|top|exceed|rise to|grow to|increase to|climb to))\s*(?:about|around|over|more than|up to|nearly)?\s*$/i;
// "boost Pakistan's exports by $1bn a year": what a project adds to exports ("exports rose by" is a past change).
const EXPORTS_RAISED_BY = /\b(?:boost|rais|increas|lift|expand|grow|doubl|add(?:s|ing)? to)\w*\s+(?:[\w’'-]+\s+){0,3}?exports?\s+(?:[\w’'-]+\s+){0,3}?by\s*(?:about|around|over|more than|up to|nearly|some|an estimated)?\s*$/i;
const INFLOWS_OF_BEFORE = /\b(?:foreign\s+(?:direct\s+)?investments?|FDI|investment\s+inflows?|capital\s+inflows?|inflows)\s+(?:of|worth|totall?ing|at)\s*(?:about|around|some|nearly|over|more than|up to|an estimated)?\s*$/i;
const FDI_AFTER = /^\s+(?:in|of)\s+(?:net\s+)?(?:foreign\s+direct\s+investments?|FDI|foreign\s+investments?|(?:investment|capital)\s+inflows)\b/i;
const UNLOCK = /\b(?:unlock(?:s|ed|ing)?|mobili[sz](?:e|es|ed|ing)|catalys(?:e|es|ed|ing)|catalyz(?:e|es|ed|ing)|crowd(?:s|ed|ing)? in|leverag(?:e|es|ed|ing)|attract(?:s|ed|ing)?|bring(?:s|ing)? in|draw(?:s|ing)? in|generat(?:e|es|ed|ing)|spur(?:s|red)?)\b/i;
/** Right before a figure, a loan's or grant's own size: "a syndicated loan of up to", "a credit line worth". */
const INSTRUMENT_SIZE_BEFORE = /\b(?:loans?|credit\s+lines?|lines?\s+of\s+credit|credit\s+facilit(?:y|ies)|facilit(?:y|ies)|financing|grants?)\s+(?:of|worth|totall?ing|amounting\s+to)\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$/i;
const PAST_PERIOD = /\b(?:last year|last month|last quarter|in (?:19|20)\d\d|since (?:19|20)\d\d|so far this year|to date|in the past \w+ (?:years|months))\b/i;
const FUTURE = /\b(?:will|would|could|may|might|projected|expected|forecast|estimated|potential|set to|likely|anticipated|is to|are to|to generate|to bring|to earn|target(?:s|ed|ing)?)\b/i;

// Figures that describe an economy or a market rather than money anyone commits. ("Export-Import Bank" and "Export
// Finance Australia" name lenders, not trade.)
const NOT_MONEY_COMMITTED =
  /\b(?:(?:bilateral |two-way |total |annual )?trade(?! deal| agreement| pact)(?: volume| turnover)?|volume|gdp|gross domestic product|economy|market(?: size| value| capitali[sz]ation)?|deficit|current account|remittances?|foreign exchange reserves|forex reserves|reserves|prices?|priced|salar(?:y|ies)|wages?|turnover|valuation|valu(?:e|es|ing)\s+(?:[\w’'.-]+\s+){0,6}at|market cap|net worth|fortune|budget(?! support)|stood at|stands at|stand at|exposure|amounted to|was worth|were worth|fell|rose|grew|declined|tax(?:es)?|tariffs?|fine[ds]?|penalt(?:y|ies)|(?<!-)(?:imports?|exports?)(?![-‐](?:import|export)|[-‐]$|\s+(?:finance|credit|development|bank|insurance|guarantee)\b)|orders|outflows?|inflows? (?:stood|reached|fell|rose))\b/i;

// ("will put ₹4,500 crore into the first phase": PUT_INTO's verbs, whose "into" the sentence shows.)
/** Right before a sum: "for an amount of", "in the total amount of". */
const AMOUNT_OF_BEFORE = /\b(?:for|in|of)\s+(?:an?|the)\s+(?:total\s+|aggregate\s+|maximum\s+|overall\s+)?amount\s+of\s+$/i;
/** A name's last word or its numbering in brackets, then an opening bracket: "Supply Project (", "Project (VI) (". */
const NAME_BEFORE_BRACKET = /(?:[\p{Lu}][\p{L}\d-]*|\([IVX\d]+\)|\((?:Phase|Tranche|Stage)\s+[\dIVX]+\))\s+\(\s*$/u;
/** Loans or grants said to cover, include or go to projects: "The loans ... cover the", "The grants include". */
const LOANS_COVER = /\b(?:loans?|grants?|credits?|aid)\b[^.;]{0,120}?\b(?:cover|covers|covering|include|includes|including|are\s+for|will\s+(?:fund|finance|go\s+to))\b/i;
/** A loan, credit or grant signed, agreed or approved: "signed a loan agreement", "approved a credit line". */
const LOAN_AGREED = /\b(?:signed|signs|concluded|agreed|approved|extended|granted|provided)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:loans?|credits?|credit\s+lines?|financing|facility|grants?)\b/i;
const COMMIT = new RegExp(
  String.raw`\b(?:invest(?:s|ed|ing|ment|ments)?|spend(?:s|ing)?|spent|lend(?:s|ing)?|lent|loans?|financ(?:e|es|ed|ing)|fund(?:s|ed|ing)?|approv(?:e|es|ed|al)|green-?light(?:s|ed)?|green-?lit|pledg(?:e|es|ed|ing)|sign(?:s|ed|ing)?|ink(?:s|ed)|grants?|granted|deposits?|deposited|stakes?|packages?|commit(?:s|ted|ting|ment|ments)?|provid(?:e|es|ed|ing)|extend(?:s|ed|ing)?|allocat(?:e|es|ed|ing|ion)|earmark(?:s|ed|ing)?|disburs(?:e|es|ed|ing|ement)|inject(?:s|ed|ing|ion)?|credit lines?|lines? of credit|credit facility|facility|bailout|aid|donat(?:e|es|ed|ion)|offer(?:s|ed|ing)?|promis(?:e|es|ed)|contribut(?:e|es|ed|ion)|deals?|agreements?|accords?|mous?|memorand(?:ums?|a)|export credits?|equity|roll(?:s|ed|ing)? over|rollover|releas(?:e|es|ed|ing)|transfer(?:s|red|ring)?|secur(?:e|es|ed|ing)|obtain(?:s|ed)?|borrow(?:s|ed|ing)?|giv(?:e|es|en|ing)|gave|pour(?:s|ed|ing)?|plough(?:s|ed|ing)?|plow(?:s|ed|ing)?|funnel(?:s|l?ed|l?ing)?|channel(?:s|l?ed|l?ing)?|unveil(?:s|ed|ing)?|parked|parks(?=\s*$|\s+(?:[$€£¥₹]|US\$|\d))|${PUT_INTO}|backstop(?:s|ped|ping)?|put(?:s|ting)?\s+in(?=\s*$|\s+(?:[$€£¥₹]|US\$|Rs\.?\s|Sh|N\d|R\d|\d|about|around|some|nearly|over|more\s+than|up\s+to|another|a\s+further|an\s+additional))|topp(?:ed|ing)\s+(?:it\s+|them\s+)?up|tops?\s+(?:it\s+|them\s+)?up)\b`,
  'i',
);

// "Nepal gets $150m", "Kenya wins $1bn": a headline's receiver, the money is a commitment (a contract won is not).
// ("OCP has raised $2bn from a bond sale": money raised from investors is received.)
// ("Somalia will also receive an additional £4 million": a further sum received.)
const RECEIVED_BEFORE = /\b(?:gets?|got|receives?|received|wins|won|lands|landed|bags|bagged|secures|secured|taps|tapped|lines\s+up|lined\s+up|raises|raised)\s+(?:an?\s+|another\s+|fresh\s+|new\s+|first\s+|initial\s+)?(?:additional\s+|further\s+|extra\s+)?$/i;
const RECEIVE_NEAR = /\b(?:receiv(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|gets?|got|getting)\b/i;
const CONTRACT_AFTER = /^\s*(?:[\w’'-]+\s+){0,3}?(?:contracts?|orders?|tenders?|awards?|prizes?|damages|settlement|compensation)\b/i;
// "approved a $750m development policy operation": a financier's verb before the figure makes it its money, not a cost.
// ("signed a $750m facility": a credit facility signed, not a plant.)
const FINANCIER_VERB_BEFORE = /\b(?:agree[sd]?|approv(?:e|es|ed)|lend(?:s)?|lent|grant(?:s|ed)?|provid(?:e|es|ed)|extend(?:s|ed)?|disburs(?:e|es|ed)|pledg(?:e|es|ed)|financ(?:e|es|ed)|co-financ(?:e|es|ed)|sign(?:s|ed)?|ink(?:s|ed)?|secur(?:e|es|ed)|obtain(?:s|ed)?|arrang(?:e|es|ed))\s+(?:a|an)\s*$/i;
/** A party provided with what comes after "with": "provide Egypt's General Petroleum Corporation with a". */
const PROVIDE_WITH_BEFORE = /\b(?:provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|equip(?:s|ped)?)\s+[^.;$€£¥₹]{1,80}?\bwith\s+(?:an?\s+)$/i;
// "needs $300bn of investment", "a funding gap of $2bn": money wanted, not money given.
/** After a figure: what is needed, not given ("$3.2 billion is required for humanitarian aid this year alone"). */
// ("some £100bn of investment in offshore wind will be needed by 2035": past what the money is of.)
const NEEDED_AFTER = /^\s*(?:(?:of|in)\s+(?:[\w-]+\s+){1,6}?)?(?:is|are|was|were|will\s+be|would\s+be)\s+(?:still\s+|urgently\s+)?(?:required|needed|necessary)\b/i;
/** Before a figure: a cost someone reckons ("the World Bank puts the cost of reconstruction at around"). */
const PUTS_COST_AT_BEFORE = /\b(?:puts?|putting|estimates?|estimated|puts\s+the\s+bill)\s+(?:the\s+)?(?:total\s+)?(?:cost|bill|price\s+tag)\s+(?:of\s+[^.;]{1,60}?\s+)?at\s+(?:(?:about|around|some|nearly|over|more\s+than|roughly)\s+)?$/i;
// ("has put Ukraine's external financing needs at about $136 billion": what is needed, put at a sum.)
const NEEDED_BEFORE = /\b(?:needs?|needed|requires?|required|will need|would need|(?:needs|requirements?|gap|shortfall)\s+(?:at|of)|deficit of)\s+$/i;
// "down from a peak of $28bn in 2016", "compared with $3bn": a level, not money committed.
const COMPARED_BEFORE = /\b(?:(?:down|up|rising|falling|fell|rose|declined|dropped|jumped)\s+from|from\s+(?:a|its|the)\s+(?:peak|high|low|record)\s+of|compared\s+(?:with|to)|versus|against)\s+(?:(?:a|its|the)\s+)?(?:(?:peak|high|low|record)\s+of\s+)?$/i;
// "seeking to restructure $8.4bn of external debt", "defaulted on a $33m coupon", "owes China $7bn": debt a
// country carries, not money anyone commits.
const DEBT_OWED_BEFORE = /\b(?:restructur(?:e|es|ed|ing)|reschedul(?:e|es|ed|ing)|owe[sd]?|owing|default(?:s|ed|ing)?\s+on|repa(?:y|ys|id|ying)|service|servicing|refinanc(?:e|es|ed|ing)\s+(?:its|their|the)\s+(?:existing|outstanding))\s+(?:(?:the|a|an|its|their|about|around|some|nearly|over|more than)\s+|[\p{Lu}][\p{L}'’.-]*\s+){0,3}$/u;
// "Germany pledged €244m and France €110m", "China will lend $1bn to Nigeria this year and $500m next year",
// "split between €500m for migration management and €700m for ...": the second figure shares the first one's verb.
const GAPPED = /^\s*(?:(?:to|for|in|into)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'.&-]*\s+){1,4}|for\s+(?:the\s+)?(?:[\p{Ll}][\p{L}’'-]*\s+){1,3})?(?:(?:this|next|last|the\s+following)\s+(?:year|month|quarter|week)\s*|in\s+(?:19|20)\d\d\s*|over\s+(?:the\s+(?:next|coming)\s+)?[\w-]+\s+(?:years|months)\s*|(?:a|per|each)\s+year\s*|annually\s*)?(?:,\s*(?:and\s+)?|and\s+|or\s+|while\s+|with\s+)(?:(?:the\s+)?[\p{Lu}][\p{L}’'.&-]*\s+(?:(?:(?:for|of|de|du|des|and|&)\s+)?[\p{Lu}][\p{L}’'.&-]*\s+){0,5})?(?:(?:a|an|another|a further)\s+)?$/u;

// "X to build $3bn plant" (a headline's missing article): the builder's money.
const BUILD_BEFORE = /\b(?:build|builds|building|set up|sets up|construct|constructs|develop|develops)\s+(?:an?\s+)?$/i;
// "scrapped a $2bn plan by X": a plan that died is a commitment with status cancelled.
const CANCELLED_PLAN = /\b(?:cancel(?:l?ed|s|ling)?|reject(?:ed|s)?|turn(?:ed|s)? down|scrap(?:ped|s|ping)?|shelved?|terminated|called off|abandon(?:ed|s)?|withdr(?:ew|awn)|suspend(?:ed|s))\s+(?:(?:a|an|the|its|their)\s+)?$/i;
const PLAN_AFTER = /^\s*(?:[\w’'-]+\s+){0,3}?(?:plans?|projects?|deals?|agreements?|accords?|pacts?|investments?|proposals?|bids?|offers?|contracts?|loans?)\b/i;
/** Right before a figure an event raised: "a conference that raised a total of". */
const EVENT_RAISED_BEFORE = new RegExp(String.raw`${EVENT_RAISED}\s+(?:(?:a\s+total\s+of|pledges\s+(?:of|worth)|commitments\s+(?:of|worth)|about|around|some|nearly|almost|over|more\s+than|roughly)\s+)*$`, 'i');
const RAISE_TARGET_BEFORE = /\b(?:aims?|aiming|seeks?|seeking|plans?|planning|hopes?|hoping|wants?|looks?|looking|targets?|targeting|expects?|intends?)\s+to\s+raise\s+(?:up\s+to|about|around|some|nearly|over|more\s+than|at\s+least)?\s*$/i;
// "has invested more than $10bn ... since 2017": a running total of past money, not one commitment.
/** A perfect tense of giving or receiving money: what running totals are told with ("has so far invested", "have received"). */
const PERFECT_MONEY_VERB = String.raw`\b(?:has|have|had|having)\s+(?:so\s+far\s+|already\s+|now\s+|together\s+|jointly\s+|collectively\s+|cumulatively\s+)?(?:invested|lent|provided|disbursed|committed|spent|extended|given|pledged|contributed|donated|financed|funded|approved|supported|received|drawn|obtained|raised|mobili[sz]ed|collected|attracted|secured|recruited|lured|drawn\s+in|brought\s+in|channell?ed|allocated|granted|deployed|injected|poured|mediated|announced|paid\s+out|handed\s+out|awarded|distributed)\b`;
const CUMULATIVE = new RegExp(String.raw`${PERFECT_MONEY_VERB}\s+(?:\w+\s+){0,3}$`, 'i');
// "has so far committed a total of ¥2.1tn": said before the figure.
const SINCE_OPENING = /^\W*since\s/i;
const CUMULATIVE_WORDS = /\b(?:so\s+far|to\s+date|thus\s+far|in\s+total|(?:a|the)\s+(?:combined\s+|cumulative\s+)?total\s+of|cumulatively)\b/i;
/** Right before a figure that converts another: "the loan, equivalent to about", "which is equal to", "or the equivalent of". */
const CONVERSION_BEFORE = /(?:,|\b(?:which|it|this|that)\s+(?:is|was|would\s+be)|\bor)\s+(?:(?:roughly|about|around|some|nearly|approximately)\s+)?(?:the\s+)?(?:equivalent|equal)\s+(?:to|of)\s+(?:(?:about|around|some|nearly|roughly|approximately|over|more\s+than|almost)\s+)?$/i;
const OWN_BUDGET_AFTER = /^\s*(?:[\w’'-]+\s+){0,4}?from\s+(?:its|their|the\s+(?:government|state|country)['’]s)\s+own\s+(?:budget|resources|funds|coffers|treasury|revenues?)\b|^\s*(?:[\w’'-]+\s+){0,4}?from\s+the\s+(?:state|national|federal|government|public)\s+(?:budget|treasury|coffers)\b/i;
/** "to Kenya", "in the Nairobi project": money for a named other party. */
const TO_NAMED = /\b(?:to|in|into)\s+(?:the\s+)?[\p{Lu}]/u;
const SHARE_RECEIVED_BEFORE = /\b(?:receiv(?:e|es|ed|ing)|get(?:s|ting)?|got|take(?:s)?|took)\s+(?:the\s+)?(?:largest|biggest|lion['’]s|greatest|smallest|second-largest|remaining|rest\s+of\s+the|bulk\s+of\s+the)?\s*(?:share|portion|part|chunk|slice|bulk),?\s+(?:of\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly|an\s+estimated)\s+)?$/i;
/** Another money figure earlier in the sentence (a dateline's date is no money). */
const MONEY_BEFORE = /[$€£¥₹]|\d\s*(?:bn|billion|million|mn|trillion)\b/i;
/** "The EU and its banks will mobilise", not "The deal will mobilise" or "the agreements are expected to mobilise" (money a deal brings in is a projection). */
const PARTY_MOBILISES_BEFORE = /^(?!.*\b(?:deal|deals|agreements?|projects?|loan|loans|investments?|packages?|facilit(?:y|ies)|programmes?|program|plans?|initiatives?|guarantees?|schemes?|it|this|which|that|these|they|financing|funding)\s+(?:(?:will|would|could|can|should|(?:is|are)\s+expected\s+to|aims?\s+to|(?:is|are)\s+set\s+to)\s+)?(?:help\s+)?mobili[sz]e)[^.;]*\b(?:will|would|to|pledged\s+to|plans?\s+to|aims?\s+to|promised\s+to|set\s+to)\s+mobili[sz]e\s+(?:(?:up\s+to|about|around|some|nearly|over|more\s+than|an\s+estimated)\s+)?$/i;
/** "since 2017", "since early 2024", "since the start of 2022": a running total's year, in the patterns below. */
// ("since July 2022": a month may name the year's start.)
const SINCE_A_YEAR = String.raw`since\s+(?:(?:early|mid-?|late|the\s+(?:start|end|beginning)\s+of)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+)?(?:19|20)\d\d`;
/** Earlier in the sentence, a running total: "has already invested about A$4bn in the country since 2020, ...". */
const RUNNING_TOTAL_BEFORE = new RegExp(String.raw`${PERFECT_MONEY_VERB}[^.;]*\b(?:${SINCE_A_YEAR}|to\s+date|so\s+far)\b`, 'i');
/** The sentence up to the figure (its segment's end). */
function sentenceBefore(segment: Segment): string {
  const at = beforeStart(segment);
  return at < 0 ? segment.before : segment.sentence.slice(0, at + segment.before.length);
}
const PERFECT_AFTER = new RegExp(String.raw`^\s*(?:(?:that|which)\s+)?(?:the\s+|its\s+)?(?:[\p{L}][\w&.'’-]*\s+){1,4}${PERFECT_MONEY_VERB}`, 'u');
const PERFECT_GIVING = new RegExp(String.raw`${PERFECT_MONEY_VERB}[^.;]*$`, 'i');
// ("has raised about $60m since it was founded in 2012", "since it entered the market", "since opening its first
// cloud region": since its own beginning.)
const CUMULATIVE_AFTER = /^[^.;]{0,80}?\b(?:since\s+(?:(?:(?:early|mid-?|late)\s*)?(?:19|20)\d\d|its\s+\w+|the\s+\w+|(?:opening|entering|launching|starting|establishing|setting\s+up|beginning)\s|(?:it|they)\s+(?:(?:was|were)\s+(?:founded|set\s+up|established|launched|created|formed|started)|(?:entered|began|started|launched|arrived|set\s+up|broke\s+ground|opened|built|came|[a-z]+ed)\b))|to date|so far|over the (?:past|last)\s+(?:decade|years|(?:few|\w+)\s+(?:years|decades)))\b/i;
/**
 * After a figure, the many borrowers of a lender's past year: "in credit to exporters last year",
 * "to small businesses in 2023". Money to a class of borrowers, told for a past period, is the
 * lender's business, not a commitment to anyone (a named borrower would be one).
 */
const CLASS_LENDING_AFTER = /^\s*(?:(?:in|of)\s+(?:[\w-]+\s+){0,2}?)?(?:to|for)\s+(?:(?:local|domestic|small|medium-sized|small\s+and\s+medium-sized|its|their)\s+)*(?:exporters|importers|companies|firms|businesses|smes|farmers|households|customers|clients|borrowers|entrepreneurs|manufacturers)\b[^.;]{0,40}?\b(?:last\s+year|in\s+(?:19|20)\d\d|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:year|decade|\w+\s+years))\b/i;
/** Plural money nouns right before a figure: "investments of more than", "loans worth". */
const PLURAL_MONEY_OF_BEFORE = /\b(?:investments|loans|pledges|commitments|grants|deals|injections)\s+(?:of|worth|totall?ing)\s+(?:about|around|some|nearly|almost|over|more\s+than|roughly)?\s*$/i;
/** Many sums told as a total right before the figure: "Saudi investments in Egypt total about", "Its loans stand at". */
const PLURAL_MONEY_TOTAL_BEFORE = /(?<!\b(?:new|planned|proposed|announced|pledged|promised|future|additional)\s)\b(?:investments|loans|lending|pledges|commitments|grants|deposits|holdings|assets)\b(?:\s+(?:in|to|from|into|of)\s+[^.;$€£¥₹\d]{1,40}?)?(?:\s+since\s+(?:19|20)\d\d)?\s+(?:now\s+|currently\s+)?(?:total(?:s|led|ed)?|stands?\s+at|stood\s+at|amounts?\s+to|amounted\s+to|(?:(?:has|have|had)\s+)?(?:exceed(?:s|ed)?|reach(?:es|ed)?|top(?:s|ped)?|surpass(?:es|ed)?|cross(?:es|ed)?|pass(?:es|ed)?|hit|touch(?:es|ed)?))\s+(?:(?:a\s+)?(?:record|new\s+high\s+of|high\s+of|peak\s+of)\s+)?(?:about|around|some|nearly|almost|over|more\s+than|roughly|an\s+estimated)?\s*$/i;
/** After a figure, a span of years: "between 2007 and 2024", "from 2015 to 2023". */
const PAST_SPAN_AFTER = /^[^.;]{0,80}?\b(?:between\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d|from\s+(?:19|20)\d\d\s+(?:to|through|until|till)\s+(?:19|20)\d\d|in\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d)\b/i;
/** Right before a figure, a verb of giving in the simple past: "invested a combined", "lent Angola". */
const PAST_GIVING_BEFORE = /\b(?<!(?:will|would|to|has|have|had)\s)(?:invested|lent|loaned|provided|poured|spent|disbursed|gave|donated|extended|contributed|announced|committed|pledged)\s+(?:[A-Z][\w-]+\s+){0,3}(?:(?:a\s+)?(?:combined|total\s+of|cumulative|about|around|some|nearly|almost|over|more\s+than|roughly|an\s+estimated)\s+)*$/i;
/**
 * After a figure, the giving told in the simple past or as past commitments, then a span of years: "$182 billion
 * Chinese lenders committed to the continent between 2000 and 2023", "$12.1 billion in commitments between 2000 and 2021".
 */
const PAST_GIVING_THEN_SPAN_AFTER = /^[^.;]{0,60}?\b(?:committed|lent|loaned|provided|extended|invested|disbursed|pledged|announced|gave|poured|commitments|loans|lending|disbursements|pledges)\b[^.;]{0,40}?\b(?:between\s+(?:19|20)\d\d\s+and|from\s+(?:19|20)\d\d\s+(?:to|through|until|till))\s+(?:19|20)\d\d\b/i;
/**
 * After a figure, a whole past year and then a comparison or a share: a year's flow in a tracker's tally, not one
 * commitment ("lent Tanzania just $210mn in 2023, down from $1.3bn in 2016", "$US1.96 billion ... in 2022, about 40 per
 * cent of all aid", "$US4.9 billion in total development finance in 2022").
 */
const YEAR_FLOW_AFTER = /^(?:[^.;]{0,80}?\bin\s+(?:19|20)\d\d\s*,\s*(?:(?:down|up)\s+from\b|(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|just)\s+)?\d[\d.]*\s*(?:per\s*cent|percent|%)\s+of\b)|\s+in\s+total\s+[^.;$€£¥₹\d]{0,40}?\bin\s+(?:19|20)\d\d\b)/i;
/** Words of money still to come anywhere in a sentence: a span or a year then is a plan, not a tally. */
const FUTURE_IN_SENTENCE = /\b(?:will|would|shall|plans?\s+to|aims?\s+to|intends?\s+to|expects?\s+to|is\s+expected|are\s+expected|to\s+be\s+(?:invested|spent|disbursed|provided)|over\s+the\s+next|by\s+20\d\d|readiness|ready\s+to|willing|to\s+(?:provide|lend|invest|finance|fund|extend|give|commit|spend|disburse))\b/i;
/** Right after a figure, the word for a past level: "the $28.4 billion peak reached in 2016". */
const PEAK_AFTER = /^\s+(?:peak|high|all-time\s+high|record\s+high)\b/i;
/** A past period after a figure, further away than CUMULATIVE_AFTER looks (the investors named between). */
const CUMULATIVE_AFTER_FAR = new RegExp(String.raw`^[^.;]{0,140}?\b(?:${SINCE_A_YEAR}|to date|so far|over the (?:past|last)\s+(?:decade|years|(?:few|\w+)\s+(?:years|decades)))\b`, 'i');
// "total Emirati investment in Serbia rises to $3.5bn": a running total, not one commitment.
const TOTAL_RISES_TO = /\btotal\s+(?:[\w’'-]+\s+){0,3}?(?:investments?|lending|loans|aid|assistance|financing|commitments?|pledges)\b[^.;]{0,60}?\b(?:rises?|rose|reach(?:es|ed)?|climbs?|climbed|stands?|stood|grows?|grew|increases?|increased|brings?|brought|takes?|took)\s+(?:it\s+)?(?:(?:to|at)\s+)?(?:about|around|over|more than|nearly|some)?\s*$/i;
// "bringing the total received under the programme this year to €16.2bn".
// ("The payment brings disbursements under the 48-month, $5 billion programme to about $2.5 billion": a sum of past payments too.)
const COUNTERPART_NEAR = /\bcounterpart\s+(?:funding|financing|funds|contribution|share)\b|\bas\s+(?:its\s+)?counterpart\b|\bin\s+counterpart\b/i;
const PORTFOLIO_BEFORE = /\b(?:portfolio|cumulative)\b[^.;]{0,120}?\b(?:of|reach(?:es|ed)?|amounts?\s+to|amounted\s+to|stands?\s+at|stood\s+at|totals?|totall?ing)\s+(?:(?:about|around|some|nearly|over|more\s+than|almost)\s+)?$/i;
const FUND_CLOSED_AT_BEFORE = /\bclos(?:ed|es|ing)\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,4}?fund\s+at\s+(?:(?:about|around|some|nearly|over|more\s+than)\s+)?$/i;
const RETURNED_BEFORE = /\b(?:returned|distributed|paid\s+back|paid\s+out)\s+(?:(?:about|around|some|nearly|over|more\s+than)\s+)?$/i;
const REMAINING_BEFORE = /\b(?:the\s+)?(?:remaining|rest\s+of\s+the|balance\s+of)\s+(?:(?:about|around|some|nearly)\s+)?$/i;
// ("outstanding yen-loan debt stands at around ¥2.1 trillion": a debt owed is held too.)
const HELD_STOCK_BEFORE = /\b(?:deposits?|reserves|holdings|exposure|portfolio|stock|debt)\b[^.;$€£¥₹]{0,50}?\b(?:currently\s+|now\s+)?(?:totals?|totalled|totaled|stands?\s+at|stood\s+at|amounts?\s+to|amounted\s+to)\s+(?:(?:about|around|some|nearly|over|more\s+than|roughly)\s+)?$/i;
const ALREADY_SPENT_BEFORE = /\b(?:has|have|had)\s+(?:already|so\s+far|to\s+date)\s+spent\s+(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly)\s+)?$/i;
/** Right before a figure, whose it is: "the club's", "its", "their". */
const OWNED_BEFORE = /(?:\p{L}['’]s?|\bits|\btheir)\s+(?:(?:about|around|some|nearly|over|more\s+than|roughly)\s+)?$/iu;
/** After a figure, a debt it is, not a loan of it: " of bank debt", " in outstanding borrowings" (not " of debt financing"). */
const OWED_DEBT_AFTER = /^\s+(?:of|in)\s+(?:(?:bank|existing|outstanding|external|foreign|total|net|short-term|long-term|legacy|accumulated|unpaid|overdue)\s+)*(?:debts?|borrowings|liabilities|arrears)\b(?!\s+(?:financing|facilit|funding|package|instruments?|swap)\b)/i;
/** After a figure, the debt stock it is or is part of: " external debt", " of the country's $46.9bn external debt", " in public debt". */
const DEBT_STOCK_AFTER = /^\s*(?:(?:of|in)\s+(?:(?:the\s+country['’]s|its|their|the|[\p{Lu}][\p{L}-]*['’]s?)\s+)?(?:(?:about|around|some|nearly|over)\s+)?(?:[$€£¥₹]\s?[\d.,]+\s*(?:bn|billion|m|mn|million|trillion|trn|tn)?\s+|[\d.,]+\s*(?:bn|billion|million|trillion)\s+\w+\s+)?)?(?:total\s+)?(?:external|foreign|public|sovereign|outstanding|government|national)\s+(?:and\s+\w+\s+)?debt\b/iu;
/** What a rule applies to, up to its threshold: "an incentive regime for investments of more than", "a minimum investment of". */
const THRESHOLD_BEFORE = /\b(?:(?:regime|scheme|programme|program|law|incentives?|rules?|framework|status|visa|treatment|benefits)\s+(?:[\w-]+\s+){0,3}?(?:for|to|on)\s+(?:(?:new|large|foreign|big)\s+)?(?:investments?|projects?|investors)\s+(?:of|above|over|exceeding|worth|larger\s+than|bigger\s+than|in\s+excess\s+of)|threshold\s+of|minimum\s+(?:investment\s+)?of)\s+(?:(?:more\s+than|at\s+least|over|above|about|around|some)\s+)?$/i;
/** A clause whose subject is a country's own firms, up to the figure: "local conglomerates signed MoUs worth". */
const LOCAL_SUBJECT_BEFORE = /(?:^|[,;:]\s+|\b(?:while|whereas|and|but)\s+)(?:the\s+)?(?:local|domestic)\s+(?:private\s+)?(?:companies|conglomerates|firms|investors|businesses|groups|entrepreneurs|banks|lenders|industrialists|developers)\s+(?!from\b|of\b)[^.;,]*$/i;
// ("The government has budgeted Rs9.8 trillion for debt servicing": a budget's line is spending too.)
const SPENT_BEFORE = /\b(?:spent|spends|spending|spend|budget(?:s|ed)|allocat(?:es|ed)|earmark(?:s|ed)|set\s+aside)\s+(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly|an\s+estimated)\s+)?$/i;
const SPENT_ON_OWN_AFTER = /^\s*(?:[\w’'-]+\s+){0,2}?(?:on|for)\s+(?:[\w’'-]+\s+){0,3}?(?:subsidies|salaries|wages|pensions|imports|imported\s+[\w-]+|fuel|diesel|debt\s+servic(?:e|ing)|interest\s+payments|social\s+(?:spending|programmes|programs))\b/i;
/** After a figure, an appeal's funding so far: "(with about $546 million) received," at the sentence's end or before a source. */
const APPEAL_RECEIVED_AFTER = /^\s+received\s*(?:[,.;]|$|so\s+far|to\s+date)/i;
/** A qualifier before a figure, its words: "about", "more than", "an estimated". */
const QUALIFIER_WORDS = String.raw`(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly|an\s+estimated|just\s+(?:over|under))\s+)?`;
const RECEIVED_ONLY_BEFORE = new RegExp(String.raw`\b(?:has|have|had)\s+(?:so\s+far\s+|now\s+)?received\s+(?:only\s+|just\s+)?${QUALIFIER_WORDS}$`, 'i');
/** "has so far received only about $546 million of the ...": a sum received, told as a part of a whole after it. */
function receivedOfWhole(near: string, after: string): boolean {
  return RECEIVED_ONLY_BEFORE.test(near.slice(-40)) && /^\s+of\s+the\b/i.test(after);
}
/** After a figure, what a fund or appeal needs: "(the roughly $600 million) a year it needs". */
const IT_NEEDS_AFTER = /^\s+(?:a\s+year\s+|annually\s+)?(?:it|they)\s+(?:needs?|requires?)\b/i;
/** Right before a figure, the combined worth of things counted: "worth a combined", "worth a total of". */
const COMBINED_WORTH_BEFORE = new RegExp(String.raw`\b(?:worth|totall?ing|valued\s+at)\s+(?:a\s+(?:combined|total\s+of)|in\s+total)\s+${QUALIFIER_WORDS}$`, 'i');
/** Right before a figure, a count of projects and their combined capital: "2,489 new projects ... with combined capital of". */
const PROJECTS_COMBINED_BEFORE = new RegExp(String.raw`\b\d[\d,.]*\s+(?:(?:new|existing|foreign|fdi|investment)\s+)*projects\b[^.;$€£¥₹]{0,70}?\b(?:combined|total|registered)\s+(?:registered\s+)?(?:capital|investment)\s+(?:of|worth|totall?ing)\s+${QUALIFIER_WORDS}$`, 'i');
/** Right before a figure, a record: "a record R22bn", "a record high of". */
const RECORD_BEFORE = new RegExp(String.raw`\ba\s+record\s+(?:high\s+of\s+)?${QUALIFIER_WORDS}$`, 'i');
/** After a figure, a past year it is told for: "last year", "in its 2024/25 financial year", "in the year to March", "in 2024". */
const PAST_YEAR_AFTER = /^[^.;]{0,60}?\b(?:last\s+year|in\s+(?:the|its|their)\s+(?:[\w/-]+\s+){0,2}?(?:financial|fiscal)\s+year|in\s+the\s+(?:year|twelve\s+months|12\s+months)\s+to\b|in\s+(?:19|20)\d\d(?:\/\d\d)?\b)/i;
/** Right before a figure, a lender's book or a held stock: "a loan book of about", "with a stock of". */
// ("a market capitalisation of about ₹37,300 crore", "reported total assets of N4.6 trillion": what a company is worth or holds.)
const HELD_BOOK_BEFORE = new RegExp(String.raw`\b(?:(?:loan|lending)\s+book|(?:an?|its|their|the)\s+(?:(?:FDI|investment|debt)\s+)?stock|market\s+(?:capitali[sz]ation|value)|total\s+assets)\s+(?:of|worth)\s+${QUALIFIER_WORDS}$`, 'i');
/** Right before a figure, a budget's size: "a 2025 budget of", "budget provides for spending of". */
const BUDGET_OF_BEFORE = new RegExp(String.raw`\bbudget\b(?![-\s]+(?:support|loans?|financing|grants?|aid|assistance))[^.;$€£¥₹]{0,40}?\b(?:of|totall?ing|worth|provides\s+for\s+(?:spending|expenditure)\s+of)\s+${QUALIFIER_WORDS}$`, 'i');
// ("Chinese companies invested a record 7.6 billion euros in Hungary last year": a year's inflow told in the past.)
const INVESTMENT_TALLY_BEFORE =
  /\b(?:(?:recorded|registered|logged|posted)\s+(?:total\s+|approved\s+|reali[sz]ed\s+)?investments?\s+(?:(?:applications|approvals|pledges)\s+)?(?:of|worth|totall?ing)|(?:approved|reali[sz]ed|total|cumulative)\s+(?:(?:outbound|inbound|overseas|foreign|direct|outward|inward)\s+)?investments?\b[^.;$€£¥₹]{0,60}?\b(?:reached|totall?ed|stood\s+at|amounted\s+to|hit|rose\s+to|came\s+to)|applications?\b[^.;$€£¥₹]{0,60}?\b(?:totall?ed|reached|amounted\s+to|stood\s+at)|(?:fdi|foreign\s+direct\s+investment|(?:foreign\s+|domestic\s+)?investments?)\s+(?:\([A-Z]{2,6}\)\s+)?(?:applications\s+)?(?:made\s+up|accounted\s+for|accounting\s+for|making\s+up|comprised)|investment\s+reali[sz]ation\b[^.;$€£¥₹]{0,60}?\b(?:reached|totall?ed|stood\s+at|amounted\s+to|hit|rose\s+to|came\s+to))\s+(?:a\s+record\s+)?(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly)\s+)?$/i;
const BUDGET_LINE = /\b(?:general\s+)?budget(?:\s+law)?\b(?!\s+support)/i;
const ESTIMATED_AT_BEFORE = /\b(?:estimated|projected|put|puts|forecast|budgeted|set)\s+(?:[\w-]+\s+){0,5}?at\s+(?:(?:about|around|some|nearly|roughly)\s+)?$/i;
const EARLIER_EVENT_OPENING = /^\W*(?:last\s+year['’]s|the\s+previous|the\s+last|a\s+year\s+earlier,(?:[^.;]|\.(?=\d)){0,60}?\bat\s+the)\s+(?:[\w-]+\s+){0,3}?(?:conference|forum|summit|meeting|edition|round|replenishment|pledging|TIIF)\b/i;
const SINCE_YEAR_AFTER = new RegExp(String.raw`^\s+${SINCE_A_YEAR}\b`, 'i');
const SINCE_YEAR = new RegExp(String.raw`\b${SINCE_A_YEAR}\b`, 'i');
const SINCE_YEAR_OPENING = new RegExp(String.raw`^\W*${SINCE_A_YEAR}\b`, 'i');
const TOTAL_NEAR = /\b(?:totall?ing|total|cumulative)\b[^.;$€£¥₹]{0,40}$/i;
const BRINGS_SINCE_TO = new RegExp(String.raw`\bbring(?:s|ing)?\b[^.;]{0,120}\b${SINCE_A_YEAR}\b[^.;]{0,40}\bto\s+(?:(?:more\s+than|over|about|nearly|some)\s+)?$`, 'i');
const EPC_CONTRACT_AFTER = /^\s+(?:\([^)]{0,30}\)\s+)?engineering,\s+procurement\s+and\s+construction\s+(?:\(EPC\)\s+)?contracts?\b/i;
const WINNING_BID_BEFORE = /\b(?:lowest|highest|winning)\s+(?:bid|offer|tender|price)\b[^.;$€£¥₹]{0,60}$/i;
const LEVY_RAISED_BEFORE = /\b(?:levy|tax(?:es)?)\b[^.;$€£¥₹]{0,40}\b(?:raised|collected|brought\s+in|yielded)\s+(?:(?:about|around|some|nearly|over|more\s+than)\s+)?$/i;
const GOVERNMENT_SPENT_BEFORE = /\b(?:government|state|treasury|ministry|authorities)\s+(?:has\s+|had\s+)?(?:already\s+)?spent\s+(?:(?:about|around|some|nearly|over|more\s+than|roughly)\s+)?$/i;
// ("received $1.47 billion in net foreign direct investment in FY24": a fiscal or calendar year too.)
const FDI_IN_PERIOD_AFTER = /^\s+in\s+(?:net\s+|gross\s+)?(?:foreign\s+direct\s+investment|FDI)\s+(?:in|during|over)\s+(?:the\s+(?:first|last|past)\b|FY\s?\d{2,4}\b|(?:19|20)\d\d\b|(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)?\d\d)/i;
/** Before a figure, an earlier programme that gave it: "SECO's previous four-year programme in Ghana, which ended in 2024, disbursed". */
const PREVIOUS_PROGRAMME_GAVE_BEFORE = /\b(?:previous|former|earlier|last)\s+(?:[\w-]+\s+){0,2}?(?:programme|program|package|strategy|compact|cycle|phase)\b[^.;]{0,90}?\b(?:disbursed|provided|invested|spent|delivered|committed|gave|financed|funded)\s+(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly|a\s+total\s+of)\s+)?$/i;
/** After a figure, part of a year so far: "in the first five months of the current fiscal year" (a tally received by then). */
const PART_OF_YEAR_AFTER = /^[^.;]{0,30}?\bin\s+the\s+first\s+(?:\w+\s+)?(?:months?|quarters?|half|weeks?)\s+of\b/i;
/** Before it, a tally received or attracted, in the past: "Nepal received foreign grants worth". */
const TALLY_RECEIVED_BEFORE = /\b(?:received|attracted|drew|got|mobili[sz]ed)\s+(?:[\w-]+\s+){0,3}?(?:grants|loans|aid|investments?|inflows|remittances|FDI|assistance)\s+(?:worth|of|totall?ing|amounting\s+to)\s+(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly)\s+)?$/i;
const TARGET_AFTER = /^\s+(?:fundraising\s+|replenishment\s+|funding\s+)?target\b/i;
const PER_UNIT_RETURN = /\bevery\s+(?:US\s?)?[$€£]\s?1\s+(?:[\w-]+\s+){0,10}?(?:returns?|yields?|generates?|brings?|saves?|produces?)\b/i;
const VALUES_AT_BEFORE = /\bvalu(?:e|es|ing)\s+(?:[\w’'.-]+\s+){1,6}?at\s+(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly|up\s+to|as\s+much\s+as)\s+)?$/i;
const AS_OF_AFTER = /^\s+as\s+(?:of|at)\s+(?:end|the\s+end|mid|\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/i;
const PERFECT_MONEY_ANYWHERE = new RegExp(PERFECT_MONEY_VERB, 'i');
/** Right before a figure, a verb of holding it: "which held", "now holds about". */
const HELD_BEFORE = /\b(?:held|holds)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly|an\s+estimated|a\s+record)\s+)?$/i;
const SHARE_OF_INFLOWS = /\b(?:accounting\s+for|accounted\s+for|made\s+up|making\s+up)\s+(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly)\s+)?\|\s*of\s+(?:the|its|their)\s+(?:[^.;|]|\.(?=\d)){0,40}?\b(?:(?:foreign\s+)?direct\s+investment|fdi|investment\s+inflows|inflows)\b/i;
const INFLOWS_AFTER = /^\s+(?:in|of)\s+(?:(?:net|gross|total|external|foreign|capital|investment)\s+){0,2}inflows\b/i;
const COUNTED_PROJECTS_BEFORE = /\b\d[\d,]*\s+(?:(?:new\s+|approved\s+)?(?:foreign\s+|investment\s+|industrial\s+|fdi\s+){1,2}projects|(?:investment\s+)?applications)\s+(?:worth|valued\s+at|totall?ing|with\s+a\s+(?:combined|total)\s+(?:value|investment)\s+of)\s+(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly)\s+)?$/i;
const POLICY_ENVISAGES_BEFORE = /\b(?:Polic(?:y|ies)|polic(?:y|ies)|[Pp]lan|[Ss]trategy|[Pp]rogramme|[Pp]rogram|[Vv]ision(?:\s+\d{4})?|[Rr]oadmap|[Mm]aster\s*[Pp]lan|[Ff]ramework|[Ss]cheme)\b(?:\s*\([^()]{1,30}\))?,?\s+(?:which\s+|that\s+)?(?:(?:also\s+)?(?:envisages?|envisions?|foresees?|targets?|aims?\s+to\s+attract|seeks?\s+to\s+attract|is\s+expected\s+to\s+attract|hopes?\s+to\s+attract))\s+(?:an?\s+|the\s+)?(?:total\s+|combined\s+|cumulative\s+)?(?:(?:private|foreign|new|fresh)\s+)?(?:investments?|capital|funding|financing)\s+(?:of\s+|worth\s+)?(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly|up\s+to|at\s+least)\s+)?$/;
const PORTFOLIO_TO_BEFORE = new RegExp(String.raw`\b(?:brings?|bringing|brought|takes?|taking|took|lifts?|lifting|raises?|raising|raised|pushes|pushing|pushed)\b[^.;$€£¥₹]{0,70}?\b(?:portfolio|exposure|loan\s+book|lending\s+book)\b[^.;$€£¥₹]{0,50}?\bto\s+${QUALIFIER_WORDS}$`, 'i');
const DEBT_MOVED_TO_BEFORE = new RegExp(String.raw`\b(?:debts?|borrowings?)\b[^.;$€£¥₹]{0,40}?\b(?:has|have|had)?\s*(?:climbed|rose|risen|grew|grown|jumped|swelled|ballooned|surged|stood|reached|hit|exceeded|topped|crossed)\s+(?:to|above|at|past|beyond|over)?\s*${QUALIFIER_WORDS}$`, 'i');
const NEED_OF_BEFORE = new RegExp(String.raw`\b(?:need|needs|financing\s+gap|funding\s+gap|investment\s+gap|shortfall|financing\s+requirements?|funding\s+requirements?)\s+(?:of|at|estimated\s+at)\s+${QUALIFIER_WORDS}$`, 'i');
const PROJECT_ESTIMATED_AT_BEFORE = new RegExp(String.raw`,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?${PROJECT_NOUN}\s+(?:estimated|valued|costed|priced|pegged|put)\s+at\s+${QUALIFIER_WORDS}$`, 'i');
const OF_WHICH_SHARE_BEFORE = /\bof\s+which\s+[^.;$€£¥₹]{0,60}?\b(?:accounted\s+for|made\s+up|represented|comprised|amounted\s+to|(?:was|were)\s+(?:owed\s+to|due\s+to|from))\s+(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly|an\s+estimated)\s+)?$/i;
/** A sentence telling a stock of debt: "total public debt stood at", "external debt reached". */
const DEBT_STOCK = /\b(?:debts?|borrowings?|liabilities|arrears)\b[^.;]{0,60}?\b(?:stood\s+at|stands\s+at|totall?ed|totals|reached|amounted\s+to|amounts\s+to|rose\s+to|climbed\s+to|fell\s+to)\b/i;
const REQUIRED_INVESTMENT_BEFORE = /\b(?:required|requires?|will\s+require|would\s+require|needed|needs|will\s+need)\s+(?:an?\s+|the\s+)?(?:total\s+|initial\s+|estimated\s+)?(?:investment|capital\s+expenditure|capex|outlay|funding)\s+of\s+(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly|an\s+estimated)\s+)?$/i;
// ("when the bank's shares were trading at ₹312": an auxiliary of being, too.)
const SHARE_PRICE_BEFORE = /\bshares?\s+(?:(?:had|have|has|were|was|are|is)\s+)?(?:close[ds]?|closing|ended|ending|rose|fell|traded|trading|finished|opened|jumped|dropped|slipped|climbed)\b(?:[^.;$€£¥₹]|\.(?=\d)){0,40}?\bat\s+$/i;
const DEBT_RELIEF_AFTER = /^\s+(?:(?:owed|owing)\s+to\b|(?:in|of)\s+(?:debt(?:-service)?\s+)?relief\b|(?:is|was|are|were|will\s+be)\s+(?:earmarked|set\s+aside|allocated|budgeted)\s+for\s+(?:debt|interest)\s+(?:servic|repay|payment))/i;
const SAVES_BEFORE = /\bsav(?:e|es|ed|ing)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:(?:about|around|some|nearly|over|more\s+than|roughly|up\s+to)\s+)?$/i;
const IMPORTED_SPENDING_BEFORE = /\bimport(?:ed|s|ing)?\b(?:[^.;$€£¥₹]|\.(?=\d)){0,90},\s+spending\s+(?:(?:about|around|some|nearly|over|more\s+than|roughly)\s+)?$/i;
// ("LG Group affiliates ... have invested more than $9 billion", "foreign investors spent 7.2 billion USD": many firms' money too.)
const GROUP_HAS_INVESTED_BEFORE = /\b(?:companies|firms|investors|businesses|enterprises|affiliates|subsidiaries)\b(?:,[^.;$€£¥₹\d]{0,60}?,)?\s+(?:(?:have|had)\s+(?:so\s+far\s+|already\s+)?)?(?:invested|poured|put|spent)\s+(?:a\s+record\s+)?(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly|an\s+estimated)\s+)?$/i;
// ("Japanese companies' direct investment in Poland totaled about 1.1 trillion yen": a stock of it too.)
const INFLOWS_LEVEL_BEFORE = /\b(?:(?:foreign\s+)?direct\s+investments?|fdi|(?:foreign\s+)?(?:investment\s+)?inflows?)\b[^.;$€£¥₹]{0,60}?\b(?:reached|reach(?:es)?|totall?ed|hit|rose\s+to|fell\s+to|climbed\s+to|jumped\s+to|grew\s+to|stood\s+at|amounted\s+to|reali[sz]ation\s+of|(?:has\s+|have\s+)?(?:exceeded|surpassed|topped|passed))\s+(?:a\s+record\s+)?(?:about|around|some|nearly|over|more\s+than|almost)?\s*$/i;
/** A lender's approval of projects "worth" a sum: "approved 16 new projects and programmes worth more than". */
/** Before a figure: an investment proposal "worth" it, approved or received. */
const PROPOSAL_WORTH_BEFORE = /\b(?:approv(?:ed|es|ing)|clear(?:ed|s|ing)|receiv(?:ed|es|ing)|accept(?:ed|s|ing))\s+(?:an?\s+|the\s+|its\s+)?(?:(?:new|fresh|investment|expansion)\s+)?proposals?\s+worth\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly)\s+)?$/i;
/** After the figure: the investor it is from, named. */
const FROM_INVESTOR_AFTER = /^\s*(?:\([^()]{1,40}\)\s*)?from\s+(?:the\s+)?(?:[\p{L}-]+-based\s+)?[\p{Lu}]/u;
const APPROVED_WORTH_BEFORE = /\b(?:approv(?:ed|es|ing)|award(?:ed|s|ing)|grant(?:ed|s|ing)|allocat(?:ed|es|ing))\s+[^.;]{0,80}?\bworth\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly)\s+)?$/i;
/** Right after the figure, the money it is: "in GCF funding", "in grants and loans". */
const FUNDING_NOUN_AFTER = /^\s+in\s+(?:(?:new|fresh|[\p{Lu}][\p{L}]*|concessional|climate|development)\s+){0,2}(?:funding|financing|finance|grants?|loans?|support|aid|assistance|investments?)\b/u;
/** Right after a figure, a budget it is: "federal budget for the 2026/27 fiscal year", "budget allocation". */
// (Not "a A$600m budget loan", "$500m in budget support": money lent or given to a budget.)
const BUDGET_AFTER = /^\s*(?:\([^()]{1,40}\)\s*)?(?:[\w-]+\s+){0,2}?(?:budget|budgets)\b(?![-\s]+(?:support|loans?|financing|grants?|aid|assistance|operations?|deficit\s+financing))/i;
/** Before a figure, a bill, a need or a target of: "import bill of about", "needs infrastructure investment of", "targets a corpus of". */
const NOT_GIVEN_OF_BEFORE = /\b(?:(?:import|fuel|oil|petroleum|food|energy|wage|interest)\s+bills?\s+(?:of|at|worth|totall?ing)|needs?\s+(?:[\w-]+\s+){0,3}?(?:investments?|financing|funding|capital|spending)\s+of|targets?\s+(?:a\s+)?(?:corpus|size|fund\s+size|capitali[sz]ation)\s+of|target\s+(?:corpus|size)\s+of)\s+(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly|an\s+estimated)\s+)?$/i;
/** Before a figure, a stock of past money: "cumulative investment ... has exceeded", "investments in X ... are estimated at". */
const PAST_STOCK_BEFORE = /\b(?:cumulative\s+(?:[\w-]+\s+){0,6}?(?:has|have)\s+(?:exceeded|surpassed|topped|reached|crossed)|investments?\s+(?:in|into)\s+[^.;]{1,80}?\s+(?:are|is|were|was)\s+estimated\s+at)\s+(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly)\s+)?$/i;
/** After a figure, debt rolled over as a matter of course: "in bilateral deposits that are routinely rolled over". */
const ROUTINELY_ROLLED_AFTER = /^\s*(?:in\s+)?(?:[\w-]+\s+){0,3}?(?:deposits?|loans?|debts?)\s+(?:that|which)\s+(?:are|is|were|get)\s+(?:routinely|usually|regularly|normally|typically)\s+rolled\s+over\b/i;
/** Right before a figure, a subscription: "will subscribe for", "subscribed to". */
const SUBSCRIBE_FOR_BEFORE = /\bsubscrib(?:e|es|ed|ing)\s+(?:for|to)\s+(?:about|around|some|nearly|almost|over|more\s+than|roughly|up\s+to)?\s*$/i;
/** Right after a figure, the shares it buys: "of Lake Zone shares", "of new shares", "in new equity". */
const SHARES_AFTER = /^\s*(?:\([^()]{1,40}\)\s*)?(?:of|in)\s+(?:[\p{L}\d’'.&-]+\s+){0,4}?(?:shares|stock|equity|units)\b/iu;
/** Right after a figure, a unit it is the price of: "apiece", "each", "a share", "per tonne". */
const UNIT_PRICE_AFTER = /^\s*(?:apiece|each|(?:a|per)\s+(?:share|unit|tonne|ton|ounce|barrel|piece|kilogram|kg|megawatt-hour|MWh|kWh))\b/i;
/** Right after a figure, a share it is the price of: "per share", "a share", "per ordinary share". */
const PER_SHARE_AFTER = /^\s*(?:a|per|for\s+each)\s+(?:(?:ordinary|common|new|class\s+[AB])\s+)?share\b/i;
/** Pledges a fund or round had gathered before: "had already attracted pledges of", "has so far received commitments worth". */
const EARLIER_PLEDGES_BEFORE = /\b(?:had\s+(?:already\s+|so\s+far\s+)?|(?:has|have)\s+(?:already|so\s+far)\s+)(?:attracted|drawn|received|secured|garnered|collected|raised|mobili[sz]ed|gathered)\s+(?:(?:new|fresh|total)\s+)?(?:pledges|commitments|contributions|donations)\s+(?:of|worth|totall?ing|amounting\s+to)\s+(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly)\s+)?$/i;
/** Words of a sum of past money, for BRINGS_TOTAL_TO and its literal gate. */
// ("bringing the Fund's portfolio to USD 21.4 billion": a portfolio is a sum of past money too.)
// ("bring TSMC's cumulative investment in its Arizona operations to roughly US$40 billion": a cumulative sum too.)
const TOTAL_WORDS = String.raw`(?:total|disbursements|lending|commitments?|pledges|contributions|amount\s+drawn|portfolio|cumulative)`;
const TOTAL_WORD = new RegExp(String.raw`\b${TOTAL_WORDS}\b`, 'i');
const BRINGS_TOTAL_TO = new RegExp(
  String.raw`\b(?:bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|rais(?:e|es|ing)|lift(?:s|ing)?|push(?:es|ing)?)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+)?${TOTAL_WORDS}\b(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?\bto\s*(?:about|around|over|more than|nearly|some|roughly|approximately|almost)?\s*$`,
  'i',
);
// "supply $1bn worth of defence equipment": goods sold, not money given.
const GOODS_SOLD_BEFORE = /\b(?:suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?)\s+(?:\w+\s+){0,2}$/i;
const WORTH_OF_AFTER = /^\s*(?:worth\s+of|in)\s+(?!(?:humanitarian\s+)?(?:aid|assistance|relief|investment|loans?|grants?|financing|credit)\b)/i;
/** "has no plans to invest", "does not intend to spend", "ruled out lending": a plan said not to be, no commitment. */
const NO_PLAN_BEFORE = /\b(?:(?:has|have|had)\s+no\s+(?:plans?|intention)\s+(?:to|of)|(?:does|do|did)\s+not\s+(?:plan|intend)\s+to|(?:is|are|was|were)\s+not\s+planning\s+to|ruled\s+out)\s+(?:[\w-]+\s+){1,3}?(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly|an?|another|a\s+further)\s+)?$/i;
/** A business, a stake or assets sold to a buyer, right before its price: "sell its Peruvian business to X for about". */
const BUSINESS_SOLD_FOR_BEFORE = /\b(?:sell|sells|selling|sold)\s+(?:[\w’'-]+\s+){0,6}?(?:business|businesses|stake|assets?|unit|subsidiary|shares|operations|division|arm|portfolio|holding|interest)\b[^.;]{0,80}?\bto\s+[^.;]{1,100}?\bfor\s+(?:about|around|some|nearly|almost|over|more\s+than|roughly|up\s+to)?\s*$/i;
/** Bonds right after a figure: "$1.5bn of dollar- and som-denominated eurobonds", "$500m in sukuk". */
// ("of Egypt's green bonds": an issuer's possessive may stand before them.)
const BONDS_AFTER = new RegExp(String.raw`^\s*(?:of|in|worth\s+of)\s+(?:[\w’'-]+\s+){0,5}?${BOND_NOUNS}\b`, 'i');
/** A purchase of bonds right before its figure: "Qatar buys $1bn of Egypt's green bonds", "subscribed to". */
const BONDS_BOUGHT_BEFORE = /\b(?:buys?|bought|buying|purchas(?:e|es|ed|ing)|subscrib(?:e|es|ed|ing)\s+to|snapp(?:ed|ing)\s+up|snaps\s+up)\s+(?:about|around|some|nearly|almost|over|more\s+than|roughly)?\s*$/i;
/** A sale of bonds right before its figure: "sold", "priced about". */
/** After a sum placed: the market it was sold on, "in the international market", "on the Swiss capital market". */
const PLACED_IN_MARKET_AFTER = /^\s+(?:in|on|into)\s+(?:the\s+)?(?:international|global|local|domestic|regional|\p{Lu}\p{L}+)\s+(?:(?:capital|debt|bond)\s+)?markets?\b/u;
const BOND_OF_SOLD_BEFORE = new RegExp(String.raw`\b${BOND_SALE_VERBS}\s+(?:an?|its|the)\s+(?:[\w-]+\s+){0,3}?${BOND_NOUNS}\s+(?:issue\s+)?(?:of|worth)\s+(?:about|around|some|nearly|almost|over|more\s+than|roughly|up\s+to)?\s*$`, 'i');
const BONDS_SOLD_BEFORE = new RegExp(String.raw`\b${BOND_SALE_VERBS}\s+(?:about|around|some|nearly|almost|over|more\s+than|roughly)?\s*$`, 'i');
/** Demand for a sale right before a figure: "demand from international investors exceeding", "orders of more than". */
// (The verb may be read into the figure as its qualifier: "exceeding $5bn" is "over".)
const BOND_DEMAND_BEFORE = /\b(?:demand|orders|bids|subscriptions)\b[^.;$€£¥₹]{0,60}?(?:\b(?:exceed(?:ing|ed|s)?|of|worth|topp(?:ing|ed)|totall?ing|reach(?:ing|ed)|above|over)\s+(?:about|around|some|nearly|almost|over|more\s+than|roughly)?)?\s*$/i;
/** Right after a figure, the deal it sizes: "$1.8bn waste-to-energy deal", "$2bn tie-up". */
// ("QIA backs Brazilian fintech in $250m round": a funding round is a deal its investors are in.)
const IN_DEAL_AFTER = /^\s*(?:[\w-]+\s+){0,3}?(?:deal|agreement|pact|tie-up|partnership|round)\b/i;
/** Right after a figure, the holding it pays for: "for its share", "for a holding in". */
const HOLDING_FOR_AFTER = new RegExp(String.raw`^\s*${HOLDING_FOR}\b`, 'i');
/** Right before what an institution holds: "manages about", "oversees", "with assets of", "assets under management of". */
// ("which manages assets estimated at more than $520bn", "oversees a portfolio worth": what it manages, valued.)
const HELD_ASSETS_BEFORE = /\b(?:(?:manages|managed|managing|oversees|oversaw|overseeing)(?:\s+(?:(?:total|combined)\s+)?(?:assets|funds|a\s+portfolio|investments)\s+(?:(?:estimated|valued)\s+at|worth|of|totall?ing|exceeding|topping))?|(?:has|had|have|with)\s+(?:total\s+)?assets\s+(?:of|worth|(?:estimated|valued)\s+at)|(?:whose|its|their)\s+(?:total\s+)?assets\s+(?:(?:are|were|is|was)\s+)?(?:(?:estimated|valued)\s+at|worth|total(?:l?ed)?|top|topped|exceed|exceeded|stand\s+at|stood\s+at)|assets\s+under\s+management\s+(?:of|worth))\s+(?:about|around|some|nearly|almost|over|more\s+than|roughly|an\s+estimated)?\s*$/i;
/** Right before money being raised: "is raising", "to raise" (its source follows: "from a group of banks"). */
const RAISING_BEFORE = /\b(?:raising|raise)\s+(?:about|around|some|nearly|almost|over|more\s+than|roughly|up\s+to)?\s*$/i;
/** Why a figure is a contract's price (headlineOtherwise.ts reads it). */
export const CONTRACT_REASON = 'contract or order won';
/** A sum per period right after a figure: "$60m a month", "€5m per year", "$2bn annually". */
const RATE_AFTER = /^\s+(?:(?:a|per|each|every)\s+(?:month|year|week|quarter)|monthly|annually|yearly)\b/i;
/** Right before a total: "totalling", "for a total of" (after a rate: "... for six months, totalling"). */
const TOTALLING_BEFORE = /\b(?:totall?ing|for\s+a\s+total\s+of|a\s+total\s+of|in\s+total\s+of)\s+(?:about|around|some|nearly|almost|over|more\s+than|roughly)?\s*$/i;
/** Right before the size of a project a financier left: "withdrawn from financing a", "pulled out of funding the". */
/** A party leaving something: "withdrew from", "pulled out of", "backed out of". */
const WITHDRAWN_FROM = String.raw`\b(?:withdr(?:ew|awn|aws?)|pull(?:s|ed)?\s+out|exit(?:s|ed)?|back(?:s|ed)?\s+out)\s+(?:of|from)\s+`;
const WITHDRAWN_FROM_FINANCING_BEFORE = new RegExp(String.raw`${WITHDRAWN_FROM}(?:financing|funding|backing)\s+(?:a|an|the)\s+$`, 'i');
/** Right before a deal given up: "has withdrawn from a", "pulls out of", "backed out of the". */
const WITHDRAWN_FROM_BEFORE = new RegExp(String.raw`${WITHDRAWN_FROM}(?:(?:a|an|the|its|their)\s+)?$`, 'i');
/** After that figure, the deal's noun: "agreement to finance and build", "Nigerian rail deal", "loan". */
const WITHDRAWN_DEAL_AFTER = /^\s*(?:[\w’'-]+\s+){0,3}?(?:agreements?|deals?|contracts?\s+to\s+finance|pacts?|loans?|packages?|investments?|financing|commitments?)\b/i;
// "Kenya denies seeking $500m Chinese loan": a headline's denial of the act itself.
const DENIES_SEEKING_BEFORE = /\b(?:denies|denied|deny|denying)\s+(?:seeking|asking\s+for|requesting|taking|getting|receiving|planning|plans?\s+(?:to|for))\s+(?:an?\s+)?(?:new\s+)?(?:about|around|some|nearly|over|more\s+than|up\s+to)?\s*$/i;
// "denied reports that it would deposit $5bn": what was denied is no commitment.
// ("a newspaper report", "a Bloomberg report": up to two words name whose report it was.)
const DENIED_BEFORE = /\b(?:denied|denies|deny|dismissed|dismisses|refuted|refutes)\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,2}?(?:reports?|claims?|rumou?rs?|speculation)\b[^.;]{0,160}$/i;

/**
 * The patterns that must end the text before a figure are tried at every position of up to 90
 * characters, for every figure; but each match holds one of a few words, which a literal search
 * (case-insensitive, no /u: only ASCII letters match ASCII letters) finds far more cheaply. The
 * pattern is tried only where its gate finds one (classify.gates.test.ts holds each gate to its
 * pattern).
 */
export const ENDING_GATES: ReadonlyMap<RegExp, RegExp> = new Map([
  [EXPORTS_BEFORE, /export/i],
  [EXPORTS_RAISED_BY, /export/i],
  [CANCELLED_PLAN, /cancel|reject|turn|scrap|shelve|terminated|called off|abandon|withdr|suspend/i],
  [NEEDED_BEFORE, /need|require|gap of|shortfall|deficit/i],
  [COMPARED_BEFORE, /from|compared|versus|against/i],
  [RECEIVED_BEFORE, /get|got|receive|wins|won|land|bag|secure|tap|line|raise/i],
  [FINANCIER_VERB_BEFORE, /agree|approv|lend|lent|grant|provid|extend|disburs|pledg|financ|sign|ink|secur|obtain|arrang/i],
  [CUMULATIVE, /has|have|had|having/i],
  [DEAL_NOUN, /deal|stake|shares|agreement|accord|package|investment|loan|financing|credit|contract|facility|memorand|mou|pledge|commitment|deposit|tranche|grant|swap/i],
  [COST_WORDS, /cost|price tag|capital expenditure|capex|valued at|value of|worth/i],
]);

/** pattern.test(text), asked of its gate first. */
function ends(pattern: RegExp, text: string): boolean {
  const gate = ENDING_GATES.get(pattern);
  return (gate === undefined || gate.test(text)) && pattern.test(text);
}

/** The sentence after the figure, past any figure after it (`after` ends at the next one). */
function restOf(segment: Segment): string {
  const from = (segment.from ?? segment.sentence.lastIndexOf(segment.before)) + segment.before.length;
  const at = segment.sentence.indexOf(segment.after, from);
  return at < 0 ? segment.after : segment.sentence.slice(at);
}

/** Exports named after a figure, in lower case ("under cover from Nippon Export and Investment Insurance" names an insurer). */
function exportsAfter(after: string): boolean {
  const m = EXPORTS_AFTER.exec(after);
  return m !== null && /\bexport/.test(m[0]);
}

/** The role of a money figure given its segment of the sentence. */
export function classifyMoney(segment: Segment): MoneyRole {
  const before = segment.before;
  const near = before.slice(-90);
  const after = segment.after.slice(0, 70);

  // Projections first: their verbs ("generate", "bring in") would otherwise read as commitments.
  if (FREE_CASH_FLOW.test(near) || FREE_CASH_FLOW.test(after.slice(0, 30))) return { role: 'projection', metric: 'free_cash_flow' };
  // "annual revenues of $800m and export earnings of $1.2bn": a revenue noun right before the figure
  // names it, whatever export noun comes after.
  const exportsHead =
    ends(EXPORTS_BEFORE, near) || ends(EXPORTS_RAISED_BY, near) || (exportsAfter(after) && !REVENUE_OF.test(near.slice(-50)));
  // "The European Union will mobilise €12bn for ...": a party mobilising is its money; a deal or loan that "will mobilise" more is a projection (below).
  if (/mobili/i.test(near) && !MONEY_BEFORE.test(before) && PARTY_MOBILISES_BEFORE.test(near)) return { role: 'commitment' };
  // ("The remaining funds are planned to be attracted as a syndicated loan of up to 450 billion tenge": a loan's own
  // size after the verb is that loan, not investment a deal may draw.)
  const unlock = UNLOCK.test(near.slice(-60)) && !INSTRUMENT_SIZE_BEFORE.test(near);
  if (exportsHead && (unlock || FUTURE.test(segment.sentence))) return { role: 'projection', metric: 'export_value' };
  if (REVENUE_OF.test(near.slice(-50))) {
    return FUTURE.test(segment.sentence) ? { role: 'projection', metric: 'revenue' } : { role: 'none', reason: 'past revenue or sales' };
  }
  // "expects foreign investment of $40bn this year": inflows a country hopes for, not money anyone gives it.
  if (INFLOWS_OF_BEFORE.test(near.slice(-60))) {
    return FUTURE.test(segment.sentence) || /\bexpect/i.test(segment.sentence)
      ? { role: 'projection', metric: 'investment_unlocked' }
      : { role: 'none', reason: 'past inflow' };
  }
  // "Tamaulipas received US $1.9 billion in foreign direct investment in 2025": a place's inflows in a period, from many.
  if (FDI_AFTER.test(after) && PAST_PERIOD.test(segment.sentence) && !FUTURE.test(segment.sentence)) return { role: 'none', reason: 'past inflow' };
  // "attracted $2.4bn of FDI last year" is a past inflow, not money a deal is expected to bring.
  if (unlock && !FUTURE.test(segment.sentence) && PAST_PERIOD.test(segment.sentence)) return { role: 'none', reason: 'past inflow' };
  // "World Bank unlocks $150m for Lebanon": a lender releasing its own money for a country, not money a deal may bring.
  if (unlock && LENDER_UNLOCKS_BEFORE.test(near.slice(-60)) && /^\s*(?:(?:in|of)\s+[\w-]+\s+)?(?:for|to)\s/i.test(after)) return { role: 'commitment' };
  if (unlock && !COMMIT_VERB_LAST.test(near.slice(-40))) return { role: 'projection', metric: 'investment_unlocked' };
  if (REVENUE.test(near.slice(-40)) || EARN_BEFORE.test(near.slice(-40)) || /^\s*(?:in|of)\s+(?:annual\s+)?(?:revenues?|sales|earnings|profits?)\b/i.test(after)) {
    return FUTURE.test(segment.sentence) ? { role: 'projection', metric: 'revenue' } : { role: 'none', reason: 'past revenue or sales' };
  }

  if (ends(CANCELLED_PLAN, near.slice(-40)) && PLAN_AFTER.test(after)) return { role: 'commitment' };
  // "The 2026 General Budget Law puts the deficit after grants at JD2.1 billion, with foreign grants estimated at JD734
  // million": a budget's lines, estimated, no money given.
  if (/budget/i.test(segment.sentence) && BUDGET_LINE.test(segment.sentence) && ESTIMATED_AT_BEFORE.test(near.slice(-60))) return { role: 'none', reason: 'a budget, no money given' };
  // "Last year's conference raised 5.8 billion euros", "A year earlier, agreements worth $30.5 billion were concluded at
  // the fourth TIIF": an earlier event's total, told for comparison.
  if (EARLIER_EVENT_OPENING.test(segment.sentence)) return { role: 'none', reason: 'running total of past money' };
  // "ODA Loans to the country totalling approximately 3.7 trillion yen since 1971", "with its total contributions
  // exceeding SAR 1.9 billion" in a sentence about "since 1978", "bring the fund's support ... since 2008 to more than
  // SR1.9 billion": a running total over the years.
  if (SINCE_YEAR_AFTER.test(after) || (SINCE_YEAR.test(segment.sentence) && (TOTAL_NEAR.test(near.slice(-60)) || BRINGS_SINCE_TO.test(before)))) return { role: 'none', reason: 'running total of past money' };
  // "The financing supports a USD 3.1 billion EPC contract", "the lowest offer ... was understood to be $585m": a
  // contract's or a bid's value, what a client pays, not money given.
  if (EPC_CONTRACT_AFTER.test(after) || (/bid|offer|tender/i.test(near) && WINNING_BID_BEFORE.test(near))) return { role: 'none', reason: CONTRACT_REASON };
  // "a 1.5% housing levy, which raised KSh63bn", "The Kenyan government spent about Sh48 billion building the berths",
  // "Foreign investors pledged Rs62 billion in FDI in the first four months": taxes, a state's own spending, a tally.
  if (/levy|tax/i.test(near) && LEVY_RAISED_BEFORE.test(near)) return { role: 'none', reason: 'domestic money, not cross-border' };
  if (/spent/i.test(near) && GOVERNMENT_SPENT_BEFORE.test(near.slice(-60))) return { role: 'none', reason: 'domestic money, not cross-border' };
  if (FDI_IN_PERIOD_AFTER.test(after)) return { role: 'none', reason: 'past inflow' };
  // "SECO's previous four-year programme in Ghana, which ended in 2024, disbursed 38 million francs": what an earlier
  // programme gave, told for comparison.
  if (/previous|former|earlier|last/i.test(near) && PREVIOUS_PROGRAMME_GAVE_BEFORE.test(near.slice(-160))) return { role: 'none', reason: 'running total of past money' };
  // "Nepal received foreign grants worth Rs 21.4 billion in the first five months of the current fiscal year": a
  // country's tally of money received, not one commitment.
  if (/first/i.test(after) && PART_OF_YEAR_AFTER.test(after) && TALLY_RECEIVED_BEFORE.test(near.slice(-80))) return { role: 'none', reason: 'past inflow' };
  // "having committed around $28 billion since 1972, of which $18.6 billion has been disbursed": a part of a running total.
  if (/\bwhich\s*$/i.test(near) && /\bof\s+which\s*$/i.test(near.slice(-20)) && RUNNING_TOTAL_BEFORE.test(sentenceBefore(segment))) return { role: 'none', reason: 'running total of past money' };
  // "short of its $9.5 billion target": a fundraising target, given by no one; "every US$ 1 invested in immunisation
  // returns US$ 54": a return per unit, and its unit.
  if (TARGET_AFTER.test(after)) return { role: 'none', reason: 'money needed, not given' };
  if (/\bevery\s+(?:US\s?)?[$€£]\s?1\b/i.test(segment.sentence) && PER_UNIT_RETURN.test(segment.sentence)) return { role: 'none', reason: 'a return per unit invested' };
  // "shares close 1.2 per cent higher at S$7.52": a share's price.
  if (/shares?\b/i.test(near) && SHARE_PRICE_BEFORE.test(near.slice(-70))) return { role: 'none', reason: 'trade, market or price figure' };
  // "Investments in the project will amount to about $390 million and will be fully provided by Masdar": a sum a named
  // party is to provide, told after it (before the running totals below, which "investments ... amount to" would be).
  if (AND_PROVIDED_BY_AFTER.test(after)) return { role: 'commitment' };
  // "with Chinese companies accounting for €1.7 billion of the €4.9 billion in foreign direct investment the country
  // attracted in 2025": a share of a country's inflows.
  if (/account|made\s+up|making\s+up/i.test(near) && SHARE_OF_INFLOWS.test(near.slice(-40) + '|' + restOf(segment).slice(0, 120))) return { role: 'none', reason: 'past inflow' };
  // "The deal would value the logistics group at about S$3.2 billion including debt": what a deal values a company at.
  if (/valu/i.test(near) && VALUES_AT_BEFORE.test(near.slice(-80))) return { role: 'none', reason: 'trade, market or price figure' };
  // "$60m a month for six months ..., totalling $360m": the total is the money given, the monthly sum its rate.
  // (The text before the total opens with the rate of the figure before it: " a month for six months, ... totalling".)
  if (/total/i.test(near) && TOTALLING_BEFORE.test(near.slice(-40)) && RATE_AFTER.test(before) && COMMIT.test(segment.sentence)) return { role: 'commitment' };
  if (RATE_AFTER.test(after) && /total/i.test(segment.after) && TOTALLING_BEFORE.test(segment.after.slice(0, 200))) return { role: 'none', reason: 'a rate, its total told after' };
  // "have withdrawn from financing a $3bn coal plant": the plant's size; what was withdrawn is told apart.
  if (/withdr|pull|exit|back/i.test(near) && WITHDRAWN_FROM_FINANCING_BEFORE.test(near.slice(-60)) && COST_AFTER.test(after)) return { role: 'cost' };
  // "has withdrawn from a $3bn agreement to finance and build a railway", "pulls out of $3bn rail deal": a
  // commitment given up (its status, cancelled, is the verb's).
  if (/withdr|pull|exit|back/i.test(near) && WITHDRAWN_FROM_BEFORE.test(near.slice(-50)) && WITHDRAWN_DEAL_AFTER.test(after)) return { role: 'commitment' };
  // (Read from further back: "denied reports circulated on social media and some news websites claiming that Egypt had obtained a new".)
  if (/\bden|\bdismiss|\brefut/i.test(before.slice(-200)) && (DENIED_BEFORE.test(before.slice(-220)) || DENIES_SEEKING_BEFORE.test(near.slice(-60)))) return { role: 'none', reason: 'a report denied' };
  // "with demand from international investors exceeding $5bn": bids for bonds, not money given.
  if (/demand|order|bid|subscri/i.test(near) && BOND_DEMAND_BEFORE.test(near.slice(-80))) return { role: 'none', reason: 'bids for a sale' };
  if (/\bno\b|\bnot\b|ruled/i.test(near) && NO_PLAN_BEFORE.test(near.slice(-80))) return { role: 'none', reason: 'a plan denied' };
  // "The fund manages about $4.3bn", "with assets of $2bn": what an institution holds, not money given.
  if (/manag|overs|assets/i.test(near) && HELD_ASSETS_BEFORE.test(near.slice(-60))) return { role: 'none', reason: 'assets held' };
  if (/\btotal\b/i.test(near) && (TOTAL_RISES_TO.test(near) || BRINGS_TOTAL_TO.test(near))) return { role: 'none', reason: 'running total of past money' };
  // "of which the Government of Senegal will contribute UA 19.6 million in counterpart funding": a borrower's own share.
  if (/counterpart/i.test(segment.sentence) && COUNTERPART_NEAR.test(near.slice(-60) + ' ' + segment.after.slice(0, 100))) return { role: 'none', reason: 'domestic money, not cross-border' };
  // "brings the Bank's active portfolio in Senegal to 41 operations with total commitments of UA 1.6 billion",
  // "AIIB's cumulative financing in Côte d'Ivoire reaches USD 1.1 billion": what a lender has committed over the years.
  if (/portfolio|cumulative/i.test(near) && PORTFOLIO_BEFORE.test(near)) return { role: 'none', reason: 'running total of past money' };
  // "has closed its fourth Africa fund at $620 million", "its earlier funds had returned $1.1 billion to investors":
  // money a fund manager raised or paid back, no one's money given to a country.
  if (/fund|return/i.test(near) && (FUND_CLOSED_AT_BEFORE.test(near.slice(-80)) || (RETURNED_BEFORE.test(near.slice(-30)) && /^\s*to\s+(?:its\s+)?(?:investors|shareholders|limited\s+partners)\b/i.test(after)))) return { role: 'none', reason: 'a fundraising target' };
  // "Colombia spent 2.7 trillion pesos on electricity subsidies last year": what a state pays its own people.
  // "the Qatari deposits at the CBE currently total some $5.5 billion": what is held, not money given.
  if (/total|stand|stood|amount/i.test(near) && HELD_STOCK_BEFORE.test(near)) return { role: 'none', reason: 'a stock held' };
  // "Mahube has already spent R1.3-billion on studies, drilling and early works": money a party spent so far, not given.
  if (/spent/i.test(near) && ALREADY_SPENT_BEFORE.test(near.slice(-50))) return { role: 'none', reason: 'running total of past money' };
  // "loans from China accounting for about $5bn of the country's $46.9bn external debt": what a country owes, no money given.
  // (Read past the next figure: "of the country's $46.9bn external debt".)
  if (/debt/i.test(segment.sentence)) {
    const rest = restOf(segment);
    if (/debt/i.test(rest.slice(0, 80)) && DEBT_STOCK_AFTER.test(rest)) return { role: 'none', reason: 'debt owed' };
    // "to help refinance part of the club's 140 million euros of bank debt": a debt a party owes, told as its own.
    if (OWNED_BEFORE.test(near.slice(-30)) && OWED_DEBT_AFTER.test(after)) return { role: 'none', reason: 'debt owed' };
  }
  // "under the RIGI incentive regime for investments of more than $200 million": a threshold a rule sets, no one's money.
  if (/regime|scheme|programme|program|law|incentive|rules?|framework|status|visa|threshold|minimum/i.test(near) && THRESHOLD_BEFORE.test(near)) return { role: 'none', reason: 'a threshold' };
  // "Separately, local conglomerates signed MoUs worth $640 million with Beza": a country's own firms at home.
  if (/local|domestic/i.test(near) && LOCAL_SUBJECT_BEFORE.test(near)) return { role: 'none', reason: 'domestic money, not cross-border' };
  if (/spen[dt]|budget|allocat|earmark|aside/i.test(near) && SPENT_BEFORE.test(near.slice(-30)) && SPENT_ON_OWN_AFTER.test(after)) return { role: 'none', reason: 'domestic money, not cross-border' };
  // "Chinese companies have invested about $30 billion in Peru": what a country's companies have put in over the years.
  if (/\bha(?:ve|d)\b|invested|poured|spent/i.test(near) && GROUP_HAS_INVESTED_BEFORE.test(near.slice(-110))) return { role: 'none', reason: 'running total of past money' };
  // "Foreign direct investment into Uzbekistan reached $11.3 billion last year": a country's inflows, no one's money given.
  if (/invest|fdi|inflow/i.test(near) && INFLOWS_LEVEL_BEFORE.test(near.slice(-120))) return { role: 'none', reason: 'past inflow' };
  // "Malaysia recorded approved investments of RM285.2 billion in January-September", "Realised investment in the basic
  // metal industry reached Rp143.5 trillion", "Applications for investment promotion ... totalled 1.32 trillion baht",
  // "of which FDI made up RM139.8 billion", "received $9.6bn in external inflows": an agency's tallies of many investors.
  if (/invest|fdi|applica|inflow/i.test(near) && INVESTMENT_TALLY_BEFORE.test(near.slice(-120))) return { role: 'none', reason: 'past inflow' };
  if (/inflow/i.test(after) && INFLOWS_AFTER.test(after)) return { role: 'none', reason: 'past inflow' };
  // "its appeal was only 13% funded, with about $546 million received", "whose trust fund has received only $112 million of
  // the roughly $600 million a year it needs": how far an appeal or fund is funded, and what it needs, are no one's money.
  if (/appeal|funded|needs?\b/i.test(segment.sentence) && (APPEAL_RECEIVED_AFTER.test(after) || receivedOfWhole(near, after) || IT_NEEDS_AFTER.test(after))) return { role: 'none', reason: 'no commitment verb' };
  // "2,489 new projects were granted licences with combined capital of 12.4 billion USD": many projects counted together.
  if (/projects/i.test(near) && PROJECTS_COMBINED_BEFORE.test(near.slice(-120))) return { role: 'none', reason: 'past inflow' };
  // "The IDC disbursed a record R22bn to businesses in its 2024/25 financial year", "approved a record RM378.5bil in
  // investments last year": a record told for a past year is a year's tally, not one commitment.
  if (/record/i.test(near) && RECORD_BEFORE.test(near.slice(-40)) && PAST_YEAR_AFTER.test(after) && !/\bwill\b/i.test(near)) return { role: 'none', reason: 'past inflow' };
  // "has a loan book of about XOF 2,900 billion", "with a stock of $783 billion", "approved a 2025 budget of 505 trillion
  // pounds", "budget provides for spending of 199 trillion dinars": what a lender holds, what a country holds or spends.
  if (/book|stock|budget|capitali|value|assets/i.test(near) && (HELD_BOOK_BEFORE.test(near.slice(-60)) || BUDGET_OF_BEFORE.test(near.slice(-90)))) return { role: 'none', reason: 'a stock held' };
  // "Japan had funded more than 620 grassroots projects in Tanzania since 1989, worth a combined $48 million": the worth
  // of a running total told before it.
  if (/worth|total/i.test(near) && COMBINED_WORTH_BEFORE.test(near.slice(-40)) && RUNNING_TOTAL_BEFORE.test(sentenceBefore(segment))) return { role: 'none', reason: 'running total of past money' };
  // "Italy has now received 122 billion euros of the 194.4 billion allotted to it": a part of a whole received so far.
  if (/received/i.test(near) && receivedOfWhole(near, after) && /\b(?:now|so\s+far|to\s+date|only|just)\b/i.test(near.slice(-40))) return { role: 'none', reason: 'running total of past money' };
  // "the CDC approved 312 investment projects worth $6.4 billion": many investors' projects counted together, no one's
  // money ("signed 34 agreements worth $2.8 billion" at a forum is a package of deals, and a fund's board approving
  // "16 projects worth USD 1.3 billion in funding" gives its own money: both read below).
  if (COUNTED_PROJECTS_BEFORE.test(near.slice(-60))) return { role: 'none', reason: 'many deals counted together' };
  // "the Greenfield Refinery Policy, which envisages investment of around $6 billion in new refining capacity": what a
  // policy or plan hopes to draw, no one's money (an agreement that envisages a party's investment is read below).
  if (/envis|foresee|target|attract/i.test(near) && POLICY_ENVISAGES_BEFORE.test(near.slice(-140))) return { role: 'none', reason: 'money needed, not given' };
  // "The new financing brings the World Bank's active portfolio in Morocco to about $4.8 billion": a lender's book, a
  // running total.
  if (/portfolio|exposure|book/i.test(near) && PORTFOLIO_TO_BEFORE.test(near.slice(-120))) return { role: 'none', reason: 'running total of past money' };
  // "gross government debt has climbed above 5.8 trillion rand": a stock of debt, however it moved.
  if (/debt|borrowing/i.test(near) && DEBT_MOVED_TO_BEFORE.test(near.slice(-90))) return { role: 'none', reason: 'debt owed, repaid or restructured' };
  // "against an estimated need of Sh7.9 trillion", "a financing gap of $2bn": money wanted, not given.
  if (NEED_OF_BEFORE.test(near.slice(-50))) return { role: 'none', reason: 'money needed, not given' };
  // "total public debt stood at 152.4 trillion naira ..., of which loans from China accounted for about $5 billion": a
  // share of a debt stock, money owed.
  if (/of\s+which/i.test(near) && OF_WHICH_SHARE_BEFORE.test(near.slice(-90)) && DEBT_STOCK.test(segment.sentence)) return { role: 'none', reason: 'debt owed, repaid or restructured' };
  // "to help finance the ELMED interconnection with Italy, a project estimated at 850 million euros": what the thing
  // financed is reckoned to cost, in apposition.
  if (/estimat|valu|cost|pric/i.test(near) && PROJECT_ESTIMATED_AT_BEFORE.test(near.slice(-60))) return { role: 'cost' };
  // "The first stage of the terminal required an investment of US$ 1.3 billion": what a project took or takes, a cost.
  if (/requir|need/i.test(near) && REQUIRED_INVESTMENT_BEFORE.test(near.slice(-60))) return { role: 'cost' };
  // "$1.6 billion owed to the Export-Import Bank of China", "about $3.5 billion in relief", "418 billion birr is earmarked for
  // debt servicing", "would save the Treasury about K4.5 billion a year in debt service": debt owed, relieved or paid.
  if (DEBT_RELIEF_AFTER.test(after) || (/sav/i.test(near) && SAVES_BEFORE.test(near.slice(-50)))) return { role: 'none', reason: 'debt owed, repaid or restructured' };
  // "with active loans and grants worth $10.2 billion as of end-June": a stock measured at a date, not money given now.
  if (AS_OF_AFTER.test(after)) return { role: 'none', reason: 'a stock held' };
  // ("the Natural Resource Fund, which held US$3.1 billion at the end of June": what a fund or a bank holds.)
  if (/\bh[eo]ld/i.test(near) && HELD_BEFORE.test(near.slice(-40))) return { role: 'none', reason: 'a stock held' };
  // "Georgia imported 1.6 billion kWh of electricity last year, spending 292 million lari": an import bill.
  if (/spending/i.test(near) && IMPORTED_SPENDING_BEFORE.test(near.slice(-120))) return { role: 'none', reason: 'trade, market or price figure' };
  // (Read from the sentence's start: another figure may stand between the total's words and its own.)
  if (/\bto\s*(?:about|around|over|more than|nearly|some)?\s*$/i.test(near)) {
    const prior = sentenceBefore(segment);
    if (TOTAL_WORD.test(prior) && BRINGS_TOTAL_TO.test(prior.slice(-220))) return { role: 'none', reason: 'running total of past money' };
  }
  if (GOODS_SOLD_BEFORE.test(near.slice(-40)) && WORTH_OF_AFTER.test(after)) return { role: 'none', reason: 'goods sold' };
  // "a 2.1 trillion birr federal budget", "the annual petroleum import bill of about $16 billion", "needs infrastructure
  // investment of about ₹143 lakh crore", "targets a corpus of ₹25,000 crore": a budget, a bill, a need or a target.
  if (/budget/i.test(after) && BUDGET_AFTER.test(after)) return { role: 'none', reason: 'a budget, no money given' };
  if (/bill|need|target|corpus/i.test(near) && NOT_GIVEN_OF_BEFORE.test(near.slice(-70))) return { role: 'none', reason: 'money needed, not given' };
  // "cumulative investment under the corridor has exceeded $25 billion", "Indian investments in Mozambique ... are
  // estimated at over US$ 11 billion", "India had provided about $4 billion in assistance to Sri Lanka in 2022": a
  // stock of past money, or money given in a past year.
  if (/cumulative|estimated|had\s/i.test(near) && PAST_STOCK_BEFORE.test(near.slice(-120))) return { role: 'none', reason: 'running total of past money' };
  if (/\bhad\s+(?:provided|given|lent|extended|granted|disbursed|invested|pledged|committed)\s+(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly)\s+)?$/i.test(near) && /\bin\s+(?:19|20)\d\d\b/.test(after)) return { role: 'none', reason: 'running total of past money' };
  // "including $12 billion in bilateral deposits that are routinely rolled over": debt owed, rolled over, not given now.
  if (/rolled\s+over|roll\s+over/i.test(after) && ROUTINELY_ROLLED_AFTER.test(after)) return { role: 'none', reason: 'debt owed, repaid or restructured' };
  // "in a private placement at C$1.85 apiece", "at C$0.62 each", "$42 a share": a price per unit, no money given.
  if (UNIT_PRICE_AFTER.test(after) && /\bat\s+(?:about|around|roughly|some)?\s*$/i.test(near)) return { role: 'none', reason: 'trade, market or price figure' };
  // ("The offer of 46 euros per share", "will pay $12.50 a share in cash": a price per share, whatever comes before it.)
  if (PER_SHARE_AFTER.test(after)) return { role: 'none', reason: 'trade, market or price figure' };
  if (ends(NEEDED_BEFORE, near.slice(-30))) return { role: 'none', reason: 'money needed, not given' };
  // "federal investment tax credits worth roughly $1.6 billion", "$95 million in property-tax abatements": taxes not
  // collected are no one's money given.
  if (/tax|abatement/i.test(near) && TAX_RELIEF_BEFORE.test(near.slice(-80))) return { role: 'none', reason: 'tax relief, no money given' };
  if (/tax|abatement/i.test(after) && TAX_RELIEF_AFTER.test(after)) return { role: 'none', reason: 'tax relief, no money given' };
  if (/requir|need|necess/i.test(after) && NEEDED_AFTER.test(after)) return { role: 'none', reason: 'money needed, not given' };
  if (/cost|bill|price/i.test(near) && PUTS_COST_AT_BEFORE.test(near)) return { role: 'cost' };
  // "The fund aims to raise $1bn in total": a fundraising target, given by no one yet.
  if (/raise/i.test(near) && RAISE_TARGET_BEFORE.test(near.slice(-50))) return { role: 'none', reason: 'a fundraising target' };
  // "at a conference that raised a total of $1bn for the country": what donors pledged there (before
  // the running totals below, which "a total of" would otherwise be read as).
  if (/rais|mobili|garner|drew/i.test(near) && EVENT_RAISED_BEFORE.test(near.slice(-90))) return { role: 'commitment' };
  if (ends(COMPARED_BEFORE, near.slice(-40))) return { role: 'none', reason: 'a past level compared with' };
  // "the replenishment, which had already attracted pledges of USD 12.8 billion": pledges gathered before, a running total.
  if (/already|so far|to date|\bhad\b/i.test(near) && EARLIER_PLEDGES_BEFORE.test(near.slice(-90))) return { role: 'none', reason: 'running total of past money' };
  if (DEBT_OWED_BEFORE.test(near.slice(-60))) return { role: 'none', reason: 'debt owed, repaid or restructured' };
  // "The remaining $3bn of debt will be repaid": the debt named after the figure, in a sentence about paying it back.
  if (DEBT_AFTER.test(after) && DEBT_SERVICE.test(segment.sentence)) return { role: 'none', reason: 'debt owed, repaid or restructured' };
  // "Kenya will spend Sh1.79 trillion servicing public debt": money spent paying debt back.
  if (SERVICING_DEBT_AFTER.test(after)) return { role: 'none', reason: 'debt owed, repaid or restructured' };
  // "Gwanda Municipality ... will spend ZiG45 million upgrading the access road": a local government's own spending.
  if (/spen|alloc|aside/i.test(near) && LOCAL_SPENDING_BEFORE.test(near)) return { role: 'none', reason: 'domestic money, not cross-border' };
  // "the ZiG has held at around ZiG26,8 against the US dollar", "Sh129.2 to the dollar": an exchange rate.
  if (EXCHANGE_RATE_AFTER.test(segment.after.slice(0, 40))) return { role: 'none', reason: 'trade, market or price figure' };
  // "Ghana spends more than US$2.5 billion every year importing rice": an import bill, not money given.
  if (IMPORTING_AFTER.test(after)) return { role: 'none', reason: 'trade, market or price figure' };
  // "has so far received $1.2bn", "has invested more than $10bn ... since 2017": a running total (before the
  // verbs of receiving below, which would take it for money received).
  // ("has so far received Sh120bn out of the Sh250bn promised" is a part of a pledge, read below.)
  if (ends(CUMULATIVE, near.slice(-60)) && (CUMULATIVE_AFTER.test(segment.after.slice(0, 120)) || CUMULATIVE_WORDS.test(near.slice(-60))) && !OF_WHOLE.test(segment.after)) return { role: 'none', reason: 'running total of past money' };
  // "Since 1997, IFC has invested more than $3 billion in Georgia's private sector", "Since the start of the war, the EBRD
  // has invested more than EUR 7.5 bln in Ukraine": a running total whose period opens the sentence.
  if (SINCE_OPENING.test(segment.sentence) && ends(CUMULATIVE, near.slice(-60)) && !OF_WHOLE.test(segment.after)) return { role: 'none', reason: 'running total of past money' };
  // "Since 1998, CzechInvest has mediated investment incentives for projects worth a total of more than CZK 1.2 trillion":
  // a running total whose period opens the sentence, its perfect verb further back.
  if (SINCE_OPENING.test(segment.sentence) && SINCE_YEAR_OPENING.test(segment.sentence) && PERFECT_MONEY_ANYWHERE.test(before) && !FURTHER_BEFORE.test(near.slice(-30)) && !OF_WHOLE.test(segment.after)) return { role: 'none', reason: 'running total of past money' };
  // "Saudi investments in Egypt total about $35bn": many past sums, told as their total.
  if (/\b(?:total|stand|stood|amount|exceed|reach|top|surpass|cross|pass|hit|touch)/i.test(near) && PLURAL_MONEY_TOTAL_BEFORE.test(near.slice(-90))) return { role: 'none', reason: 'running total of past money' };
  // "follows investments of more than 470bn rupees by global investors ... since 2020": many past sums, told as one.
  if (PLURAL_MONEY_OF_BEFORE.test(near.slice(-50)) && CUMULATIVE_AFTER_FAR.test(segment.after.slice(0, 160))) return { role: 'none', reason: 'running total of past money' };
  // "Turk Eximbank extended $46bn in credit to exporters last year": a lender's past year of lending to many borrowers.
  if (/\blast\b|\bin\s+(?:19|20)\d\d|\bpast\b/i.test(after) && CLASS_LENDING_AFTER.test(after) && !/\bwill\b/i.test(near)) return { role: 'none', reason: "a lender's past lending to many borrowers" };
  // "$182 billion Chinese lenders committed to the continent between 2000 and 2023", "lent Tanzania just $210mn in
  // 2023, down from $1.3bn in 2016", "the $28.4 billion peak": a tracker's tallies and levels, whatever verb gives them.
  if (/\b(?:19|20)\d\d\b/.test(after) && PAST_GIVING_THEN_SPAN_AFTER.test(after) && !FUTURE_IN_SENTENCE.test(segment.sentence)) return { role: 'none', reason: 'running total of past money' };
  if (/\b(?:19|20)\d\d\b/.test(after) && YEAR_FLOW_AFTER.test(after) && !FUTURE_IN_SENTENCE.test(segment.sentence)) return { role: 'none', reason: "a year's flow in a tally" };
  if (PEAK_AFTER.test(after)) return { role: 'none', reason: 'a past level compared with' };
  // "Australia is Papua New Guinea's largest aid donor, providing about A$600m a year": the yearly money of a
  // standing role, not a new commitment.
  if (/ing\s/.test(near.slice(-40)) && RATE_AFTER.test(after) && ONGOING_ROLE_BEFORE.test(near)) return { role: 'none', reason: 'the yearly money of a standing donor or lender' };
  if (ends(RECEIVED_BEFORE, near.slice(-30))) {
    // "secured $2bn in contracts", "won $500m of orders": a contract won is sales, not money given.
    if (CONTRACT_AFTER.test(after)) return { role: 'none', reason: CONTRACT_REASON };
    if (!NOT_MONEY_COMMITTED.test(after.slice(0, 40))) return { role: 'commitment' };
  }
  // "part of a 41 billion euro group-wide investment plan": a company's plan across its countries, given to none.
  if (/wide|global|overall/i.test(after) && GROUP_PLAN_AFTER.test(after)) return { role: 'none', reason: "a group's own plan across countries" };
  // "signed a Rs 26,000 crore contract with Alstom to manufacture 100 trains": what a buyer pays a supplier, not money given.
  if (/contract|deal|order/i.test(after) && SUPPLY_CONTRACT_AFTER.test(segment.after.slice(0, 160))) return { role: 'none', reason: CONTRACT_REASON };
  // "signed a $5bn agreement with China Civil Engineering Construction Corporation to build a railway": a builder's price.
  if (/agree|deal|contract/i.test(after) && BUILDER_AGREEMENT_AFTER.test(segment.after.slice(0, 200))) return { role: 'none', reason: CONTRACT_REASON };
  if (ends(FINANCIER_VERB_BEFORE, near.slice(-30))) return { role: 'commitment' };
  // "will provide Egypt's General Petroleum Corporation with a $1bn facility": what a party is provided with.
  if (/\bwith\s+an?\s*$/i.test(near) && PROVIDE_WITH_BEFORE.test(near)) return { role: 'commitment' };
  // "two credits worth a combined $360m for Ghana, one of $250m to support entrepreneurs and one of $110m for
  // cities": each of the named items, in a sentence about money given.
  if (/\bone\b|other|first|second/i.test(near) && EACH_ITEM_BEFORE.test(near.slice(-40)) && COMBINED_BEFORE.test(sentenceBefore(segment)) && COMMIT.test(segment.sentence)) return { role: 'commitment' };
  // "will pay $350m upfront and a further $550m once the project reaches a final decision": the later payment of the same deal.
  if (/front/i.test(near) && LATER_PAYMENT_BEFORE.test(near.slice(-60)) && (COMMIT.test(segment.sentence) || PAID.test(segment.sentence))) return { role: 'commitment' };
  // "KfW's share is 400 million euros and AFD's 200 million euros": a party's share of money given.
  if (/share|portion|contribution/i.test(near) && PARTY_SHARE_IS_BEFORE.test(near.slice(-60))) return { role: 'commitment' };
  if (GAPPED.test(before)) {
    const at = beforeStart(segment);
    const prior = at > 0 ? segment.sentence.slice(Math.max(0, at - 100), at) : '';
    if (STRONG_COMMIT_NEAR.test(prior)) return { role: 'commitment' };
    // ("Britain announced 160 million pounds, Norway 1.2 billion kroner": the next party's sum announced.)
    if (/announc|unveil/i.test(prior) && ANNOUNCED_PRIOR.test(prior)) return { role: 'commitment' };
    // ("... and AFD's 200 million euros": the next party's share.)
    if (/['’]s?\s*$/.test(before) && SHARE_IS_THEN_FIGURE.test(prior.slice(-80))) return { role: 'commitment' };
    // "Nigeria will receive $1bn this year and $500m next year from China": received, the first as the second.
    if (RECEIVE_NEAR.test(prior.slice(-60)) && !CONTRACT_AFTER.test(after)) return { role: 'commitment' };
  }
  // "a total of 470 billion yen JICA has committed to the project since 2013": the perfect after the figure.
  // "Chinese companies invested a combined $73 billion in Brazil between 2007 and 2024": money given over a span of past
  // years, told in the simple past, is a running total too ("will invest $5bn between 2026 and 2030" is not past).
  if (/\b(?:19|20)\d\d\b/.test(after) && PAST_SPAN_AFTER.test(after) && PAST_GIVING_BEFORE.test(near.slice(-60))) return { role: 'none', reason: 'running total of past money' };
  if ((CUMULATIVE_WORDS.test(near.slice(-40)) || CUMULATIVE_AFTER.test(after)) && PERFECT_AFTER.test(after)) return { role: 'none', reason: 'running total of past money' };
  // "The fund has financed 63 projects in Jordan worth a total of 700 million dinars since 1962".
  if ((CUMULATIVE_AFTER.test(after) || CUMULATIVE_WORDS.test(near.slice(-60))) && /\bha[sdv]/i.test(near) && PERFECT_GIVING.test(near.slice(-100))) return { role: 'none', reason: 'running total of past money' };
  // "The loan, equivalent to about $1bn, ...": another figure's conversion, not money of its own.
  if (/equivalent|equal/i.test(near) && CONVERSION_BEFORE.test(near.slice(-70))) return { role: 'none', reason: 'a conversion of another figure' };
  // "will contribute 40 billion taka from its own budget": a government's money for its own project is not cross-border.
  if (/\bown\b|budget|treasury|coffers/i.test(after) && OWN_BUDGET_AFTER.test(after) && !TO_NAMED.test(before.slice(-80)) && !TO_NAMED.test(after)) return { role: 'none', reason: 'domestic money, not cross-border' };
  // "Kazakhstan will receive the largest share, about €4bn": a recipient's share of money given.
  if (/share|portion|part|chunk|slice|bulk/i.test(near.slice(-40)) && SHARE_RECEIVED_BEFORE.test(near.slice(-60))) return { role: 'commitment' };

  // "disbursed $500m out of the $1bn facility": the whole a part was named of, when it is money lent or given.
  if (OF_WHOLE_BEFORE.test(before) && COMMIT.test(segment.sentence) && FINANCIAL_WHOLE_AFTER.test(after)) return { role: 'commitment' };
  // A project's cost.
  // ("signed an MoU with X to develop plants with total investments of $1bn": what the developer signed to put in.)
  if (TOTAL_OUTLAY_BEFORE.test(near.slice(-70))) return SIGNED_TO_DEVELOP.test(before.slice(-260)) ? { role: 'commitment' } : { role: 'cost' };
  // "finance 85% of the $25bn plant": the figure is the whole's cost, of which the funder gives a share.
  if (PERCENT_OF_BEFORE.test(near.slice(-30)) || (/third|quarter|fifth|half|tenth/i.test(near) && FRACTION_OF_BEFORE.test(near.slice(-40)))) return { role: 'cost' };
  // "The second, amounting to SAR375 million, will finance the road": a sum set off by commas that will fund a thing
  // is money given for it, not that thing's cost ("The third, worth $35m, will fund the grid").
  // (Before a deal noun's worth too: "The first tranche, worth 200 million euro, was disbursed".)
  if (APPOSED_SUM_BEFORE.test(near.slice(-40)) && APPOSED_SUM_FUNDS_AFTER.test(after)) return { role: 'commitment' };
  if (ends(DEAL_NOUN, near)) {
    if (COMMIT.test(near)) return { role: 'commitment' };
    // ("A buyer's credit of up to 720 million dollars for the project will be provided by the Export-Import Bank of China".)
    if (PROVIDED_BY_AFTER.test(after)) return { role: 'commitment' };
    // ("the credit of up to $4.5 billion is expected to be extended for 20 years": a loan to be lent, its lender unnamed.)
    if (/\b(?:loans?|credits?|financing|facilit(?:y|ies))\b/i.test(near.slice(-40)) && LENT_PASSIVE_AFTER.test(after)) return { role: 'commitment' };
    // "signed a contract with Abu Dhabi-based Aldar Properties on Sunday for a mixed-use project worth":
    // a property developer's deal for a project is what it puts in to own it (a builder's is its price,
    // read above), its verb further back than the words before the figure.
    const clause = before.slice(-220);
    return DEVELOPER_PARTY.test(clause) && COMMIT.test(clause) ? { role: 'commitment' } : { role: 'none', reason: 'deal value without a funder' };
  }
  // ("handed an investment registration certificate to Singapore-based X for a US$850 million factory", "licensed for
  // $850 million electronics plant", "The first phase, capitalised at $520 million": a licensed project's capital is
  // its investor's money; "5,600 valid projects capitalised at 79.4 billion USD" is a tally.)
  if (/licen|certificate|capitali[sz]ed/i.test(before) && (LICENSED_FOR_BEFORE.test(near.slice(-30)) || (CAPITALISED_AT_BEFORE.test(near.slice(-40)) && !/\bprojects\s+(?:\w+\s+)?capitali/i.test(near)) || (COST_BEFORE.test(near) && COST_AFTER.test(after) && INVESTMENT_CERTIFICATE_BEFORE.test(before.slice(-220))))) return { role: 'commitment' };
  // ("in talks with Afreximbank on a $500 million facility to refinance debt": a lender's facility is lent, not built.)
  if (COST_BEFORE.test(near) && COST_AFTER.test(after) && !(/^\s*facility\b/i.test(after) && LENDING_CONTEXT.test(segment.sentence))) {
    // "Sinopec signed an agreement to build a $3.7bn refinery": what a party builds for itself is its investment;
    // "Morocco and CITIC signed an agreement for a $1bn steel complex": what the agreement's parties put in.
    // ("Corfo selected a consortium to build a $1.5bn plant": a builder someone chose is told the project's cost.)
    if ((OWN_BUILD_BEFORE.test(near.slice(-40)) || SIGNED_FOR_BEFORE.test(near.slice(-100))) && !/contract|tender|award/i.test(segment.sentence) && !CHOSEN_TO_BUILD_BEFORE.test(before.slice(-220))) return { role: 'commitment' };
    // "including a $2.5bn smelter to be built by Mubadala": in a sentence about deals, the builder's money.
    // "The largest was a $1bn refinery expansion by X": a project told as a deal, by its developer.
    const byDeveloper = PROJECT_BY_AFTER.test(segment.after.slice(0, 160)) && DEALS_CONTEXT.test(segment.sentence);
    // "The $4.5bn project will be funded with loans from Chinese banks": a cost whose funders the sentence names.
    const fundedBy = FUNDED_BY_AFTER.test(segment.after.slice(0, 120));
    return (BUILT_BY_AFTER.test(segment.after.slice(0, 120)) && COMMIT.test(segment.sentence)) || byDeveloper || fundedBy ? { role: 'commitment' } : { role: 'cost' };
  }
  // "renew the currency swap with the People's Bank of China, worth some 35 billion yuan": what money lent is worth is
  // its sum, not a thing's cost.
  if (/worth|valued/i.test(near) && INSTRUMENT_WORTH_BEFORE.test(near)) return { role: 'commitment' };
  // ("signed an agreement with the ministry to build a wind farm at a cost of $1.1bn": as a total outlay, above.)
  // ("Indonesia signed a memorandum with a consortium led by LG for a battery project worth $9.8bn": the value of what the agreement is for.)
  // ("approved 16 new projects worth more than USD 1.3 billion in GCF funding": what is worth it is the funding, not the projects' cost.)
  if (ends(COST_WORDS, near) && /approv|award|grant|allocat/i.test(near) && APPROVED_WORTH_BEFORE.test(near) && FUNDING_NOUN_AFTER.test(after)) return { role: 'commitment' };
  // ("the clearance committee approved a proposal worth nearly Rs 2,150 crore from UTAC Holdings": an investor's proposal,
  // its worth the investor's money.)
  if (ends(COST_WORDS, near) && /propos/i.test(near) && PROPOSAL_WORTH_BEFORE.test(near.slice(-80)) && FROM_INVESTOR_AFTER.test(after)) return { role: 'commitment' };
  if (ends(COST_WORDS, near) && !NOT_MONEY_COMMITTED.test(near.slice(-40))) {
    const signedToBuild = SIGNED_TO_DEVELOP.test(before.slice(-260)) && /\bat\s+(?:a|an)\s+(?:total\s+)?(?:estimated\s+)?cost\s+of\s+(?:about|around|some|nearly|almost|over|more than|up to|an estimated|approximately|roughly)?\s*$/i.test(near);
    // ("Qatar's UCC Holding will build two power plants worth $7bn": what a party builds for itself, as "to build a $7bn plant".)
    const ownBuildWorth = /worth/i.test(near) && OWN_BUILD_WORTH_BEFORE.test(near) && !/contract|tender|award/i.test(segment.sentence) && !CHOSEN_TO_BUILD_BEFORE.test(before.slice(-220));
    return signedToBuild || ownBuildWorth || (/worth/i.test(near) && SIGNED_WITH_FOR_WORTH.test(before.slice(-320))) ? { role: 'commitment' } : { role: 'cost' };
  }
  if (COST_ESTIMATED_AT.test(before.slice(-200))) return { role: 'cost' };

  // "its deferred oil payment facility, under which Pakistan can import petroleum products worth up to $1.2bn a year":
  // what a facility for oil on deferred payment lets a country import is the facility's size (its kind is trade).
  if (/deferred/i.test(segment.sentence) && DEFERRED_OIL_FACILITY.test(segment.sentence) && /worth\s+(?:about|around|some|nearly|over|more\s+than|up\s+to|roughly)?\s*$/i.test(near) && UNDER_WHICH_IMPORT_BEFORE.test(near)) return { role: 'commitment' };
  // Trade, markets, prices: not money anyone commits.
  // ("the Export-" cut by the window from "Export-Import Bank" is no export: NOT_MONEY_COMMITTED.)
  // ("A further $142 million is allocated to the Agricultural Market Access Project": a market named in a capitalised
  // name is a project's, not a market's.)
  const local = (near.slice(-50) + ' ' + after.slice(0, 40)).replace(CAPITALISED_MARKET_NAME, ' ');
  // ("Egypt secures $1bn from Afreximbank for fuel imports": money received from a named lender, whatever it pays for.)
  // ("The remaining $3 billion of the land price will be covered by ...": the rest of a sum, whatever it pays for.)
  // ("has placed a bond of 250 million Swiss francs on the Swiss capital market": the market a bond is placed on; "priced
  // $6 billion of bonds", "placed 3.25 billion euros in the international market": a sale of bonds, whatever its verb.)
  const bondsSold = BOND_OF_SOLD_BEFORE.test(near.slice(-80)) || (BONDS_SOLD_BEFORE.test(near) && (BONDS_AFTER.test(after) || PLACED_IN_MARKET_AFTER.test(after)));
  if (NOT_MONEY_COMMITTED.test(local) && !STRONG_COMMIT_NEAR.test(near.slice(-30)) && !REMAINING_BEFORE.test(near.slice(-25)) && !bondsSold && !/^\s*(?:in\s+)?(?:\w+\s+){0,2}(?:investments?|loans?|financing|funding|grants?|credit)\b/i.test(after) && !(SOURCE_AFTER.test(after) && ends(RECEIVED_BEFORE, near.slice(-30)))) {
    return { role: 'none', reason: 'trade, market or price figure' };
  }

  // "Islamabad has requested Abu Dhabi to enhance the amount by another $1bn": more of the money told before.
  if (/\bby\s/i.test(near) && INCREASE_BY_BEFORE.test(near.slice(-80))) return { role: 'commitment' };
  // "trade between the two countries remained modest at around $60m": trade told as the subject, further back.
  if (/trade/i.test(near) && TRADE_SUBJECT_BEFORE.test(near)) return { role: 'none', reason: 'trade, market or price figure' };
  // "the first $300m of a $1bn package", "$1.1bn, the second tranche of a $3bn loan", "$500m of the
  // $2bn it pledged", "Of the $2bn pledged, $500m...": a part and its whole, both money given when
  // the sentence is about money given.
  if ((OF_WHOLE.test(after) || OF_WHOLE_BEFORE.test(before) || FRONTED_WHOLE.test(before)) && COMMIT.test(segment.sentence)) return { role: 'commitment' };
  // "has drawn the first $500m of a $3bn swap line": a part taken from a line of money given.
  if (/\bdr[ae]w/i.test(near) && DRAWN_BEFORE.test(near.slice(-50)) && OF_WHOLE.test(after)) return { role: 'commitment' };
  // "including $1.5bn in budget support": a part a sentence about money given names.
  // (Not a part of a running total: "has invested about A$4bn since 2020, including the A$1bn purchase of X".)
  // ("IDA accounted for the largest share with $2.4bn, including $1bn in budget support": a part of a party's share.)
  if (INCLUDING_BEFORE.test(near.slice(-40)) && (COMMIT.test(segment.sentence) || SHARE_LIST_CUE.test(segment.sentence)) && !RUNNING_TOTAL_BEFORE.test(sentenceBefore(segment))) return { role: 'commitment' };
  // "ADQ's $35bn Ras El Hekma deal": a party's deal.
  if (/['’]s?\s*$/.test(near) && POSSESSED_DEAL_AFTER.test(after)) return { role: 'commitment' };
  // "received the second tranche of $1.1bn from the IMF": a tranche's amount, in a sentence about money given or received.
  if (TRANCHE_OF_BEFORE.test(near.slice(-50)) && (COMMIT.test(segment.sentence) || RECEIVE_NEAR.test(segment.sentence) || PAID.test(segment.sentence))) return { role: 'commitment' };
  // "co-finance the project with €200m each": each funder's figure, in a sentence about money given.
  if (/^\s*(?:each|apiece)\b/i.test(after) && COMMIT.test(segment.sentence)) return { role: 'commitment' };
  // "ADQ will lead with about $8bn, followed by QIA with $5bn and PIF with $4bn": each contributor's share.
  if (/\swith\s/.test(near.slice(-50)) && SHARE_WITH_BEFORE.test(near.slice(-90)) && SHARE_LIST_CUE.test(segment.sentence)) return { role: 'commitment' };
  // "with the remaining $10bn to follow", "an initial $2bn": a tranche, in a sentence about money given or paid.
  // ("X will cover the remaining $700m": the rest of a cost a party takes on.)
  const tranche = TRANCHE_BEFORE.test(near.slice(-40));
  // ("The remaining US $450 million will be used to expand the plant": the rest, put to use.)
  if ((tranche || TRANCHE_AFTER.test(after)) && (COMMIT.test(segment.sentence) || PAID.test(segment.sentence) || (tranche && (COVER_REST_BEFORE.test(near.slice(-60)) || PUT_TO_USE_AFTER.test(after) || GO_TO_AFTER.test(after))))) return { role: 'commitment' };
  // "The World Bank's share is $1.5bn, with the AfDB providing the rest": a party's share, in a sentence about money given.
  if (SHARE_IS_BEFORE.test(near.slice(-50)) && COMMIT.test(segment.sentence)) return { role: 'commitment' };
  // "$1.25bn from US EXIM and $700m from the IFC": money from a named source, in a sentence about money given
  // or received ("is set to receive up to 35bn tenge from the EBRD and up to 25bn tenge from the AIIB").
  if (SOURCE_AFTER.test(after) && (COMMIT.test(segment.sentence) || RECEIVE_NEAR.test(segment.sentence))) return { role: 'commitment' };
  // "Temasek backs Indian hospital chain with $400m": the money a party backs something with.
  if (/\bwith\s/.test(near.slice(-30)) && BACKS_WITH_BEFORE.test(near)) return { role: 'commitment' };
  // "of which €1.6bn will support the energy transition and €700m water projects": the next item of a breakdown.
  if (/(?:,|\band)\s*$/.test(near) && BREAKDOWN_BEFORE.test(sentenceBefore(segment)) && COMMIT.test(segment.sentence)) return { role: 'commitment' };
  // "OTP buys Uzbek bank for $500 million": the price of what a party buys.
  // (Read from further back when a relative clause stands between the buying and its price.)
  if (/\bfor\s/.test(near.slice(-20)) && (BOUGHT_FOR_BEFORE.test(near) || (/,\s+for\s+/.test(near.slice(-25)) && BOUGHT_FOR_BEFORE.test(before.slice(-200))))) return { role: 'commitment' };
  // "agreed to sell its Peruvian business to X for about $2.9bn": what the buyer pays for a business.
  if (/\bfor\s/.test(near.slice(-20)) && /\bsel|\bsold/i.test(before) && BUSINESS_SOLD_FOR_BEFORE.test(before.slice(-220))) return { role: 'commitment' };
  // "Dangote is raising $3bn from a group of African banks": money raised from named sources, under way.
  if (/rais/i.test(near) && RAISING_BEFORE.test(near.slice(-30)) && /^\s*(?:(?:in|of)\s+[\w-]+\s+)?from\s/i.test(after)) return { role: 'commitment' };
  // "Uzbekistan sold $1.5bn of eurobonds": money raised from the bonds' buyers.
  // ("Verbund has placed a bond of 250 million Swiss francs": the same, the bond named first; "placed 3.25 billion euros in
  // the international market": the market named instead of the bonds.)
  if (bondsSold) return { role: 'commitment' };
  // "Qatar buys $1bn of Egypt's green bonds": money lent to the issuer by the buyer.
  if (BONDS_BOUGHT_BEFORE.test(near.slice(-40)) && BONDS_AFTER.test(after)) return { role: 'commitment' };
  // "Auric will subscribe for C$40 million of Lake Zone shares in a private placement": shares bought new are equity put in.
  if (/subscrib/i.test(near) && SUBSCRIBE_FOR_BEFORE.test(near.slice(-50)) && SHARES_AFTER.test(after)) return { role: 'commitment' };
  // ("has agreed to subscribe for new shares in the project company, PT Halmahera Hidrometalurgi, for $150 million": the
  // price of the shares, told after them.)
  if (/subscri/i.test(near) && SUBSCRIBE_SHARES_FOR_BEFORE.test(before.slice(-160))) return { role: 'commitment' };
  // "plan to put up to $500m into corporate farming": money put into something is invested.
  if (PUT_BEFORE.test(near.slice(-40)) && INTO_AFTER.test(after)) return { role: 'commitment' };
  // "Of the total amount, USD 110 million will be utilised for ...": a part of the money just told, fronted by "of",
  // that a verb says is put to use ("Of that amount, $300m is for roads" alone says nothing of money given).
  // ("Of the total, US $750 million will go to the new plant": going somewhere is put to use too.)
  // ("Nearly half of that, about 20,000 crore rupees ($2.3 billion), will go towards a data centre": a share of it,
  // the same; past the figure's conversion, the comma closing it.)
  const unbracketed = after.replace(/^\s*,\s*/, ' ');
  // ("Of the amount, $500 million will support the Jobs Acceleration Programme": what it pays for, the same.)
  if (paysFor(unbracketed) && (OF_THE_TOTAL_OPENING.test(sentenceBefore(segment)) || SHARE_OF_THE_TOTAL_OPENING.test(sentenceBefore(segment)))) return { role: 'commitment' };
  // ("Of that, 28 million francs will go to a cocoa programme, while 12 million francs are earmarked for training": each
  // part the sentence puts to use.)
  if (paysFor(unbracketed) && NEXT_PART_BEFORE.test(near.slice(-30)) && OF_THE_TOTAL_SENTENCE.test(segment.sentence)) return { role: 'commitment' };
  // ("The largest component, the $266 million Lusaka Water Security Project, will rehabilitate": a part of the whole just
  // told, named in apposition.)
  if (/largest|biggest|main|first|second|third|last|final/i.test(near) && LARGEST_PART_APPOSED_BEFORE.test(sentenceBefore(segment))) return { role: 'commitment' };
  // ("Another almost 1.1 bln rubles is earmarked for equipping the schools": more of the money just told, put to use.)
  if (/another|further|additional/i.test(near) && MORE_OF_IT_BEFORE.test(near.slice(-40)) && paysFor(unbracketed)) return { role: 'commitment' };
  // ("The largest share, $91,500, will go to Chamwino District Council": a share of the money just told, in apposition.)
  if (/share|portion|part|tranche|slice/i.test(near) && SHARE_APPOSED_BEFORE.test(near.slice(-40)) && paysFor(unbracketed)) return { role: 'commitment' };
  // ("About R$2.4 billion of the total will go to retooling its plant": the part's whole named after it, the same.)
  const ofTheTotal = OF_THE_TOTAL_AFTER.exec(after);
  if (ofTheTotal !== null) {
    const rest = after.slice(ofTheTotal[0].length);
    if (paysFor(rest)) return { role: 'commitment' };
  }
  // "Of the amount, $500 million will go to A, while the remaining $350 million is for B": the rest of a breakdown whose
  // first part goes somewhere, its purpose told with "is for".
  if (/^\s+(?:is|are)\s+for\s/i.test(after) && REMAINING_BEFORE.test(near.slice(-25)) && GOES_TO_ANYWHERE.test(segment.sentence)) return { role: 'commitment' };
  // "600 million yuan of the grant will be used to build housing ..., and 350 million yuan will go to the supply of
  // machinery": the next item of a breakdown of money given, put to use as the first was.
  if ((PUT_TO_USE_AFTER.test(after) || GO_TO_AFTER.test(after)) && /(?:,|\band)\s*$/.test(near) && PART_OF_MONEY_BEFORE.test(segment.sentence.slice(0, (segment.from ?? 0) + before.length))) return { role: 'commitment' };
  // "Of the total, JPY 150 billion will go to A, JPY 52.2 billion to B and JPY 30 billion to C": the next items of a
  // breakdown of the money just told, their verb understood.
  if (/^\s+(?:to|for|towards)\s/i.test(after) && /(?:,|\band)\s*$/.test(near) && OF_THE_TOTAL_LEAD.test(segment.sentence) && GOES_TO_ANYWHERE.test(segment.sentence)) return { role: 'commitment' };
  // "Of that amount, 400 million reais will come from the federal Climate Fund", "$1bn is to come from the World Bank":
  // money a named source is to provide (not "from taxes": the source's name is capitalised).
  if (COME_FROM_AFTER.test(unbracketed)) return { role: 'commitment' };
  // "..., leaving $650 million still to come": the rest of a loan, to be paid.
  if (/leaving/i.test(near) && LEAVING_BEFORE.test(near.slice(-30)) && STILL_TO_COME_AFTER.test(after)) return { role: 'commitment' };
  // ("The loans ... cover the Mumbai-Ahmedabad High Speed Rail Project (VI) (100 billion yen), the Chennai Metro Rail Project
  // (Phase 2) (III) (64.3 billion yen) and ...": each project's share of the loans, in brackets after its name.)
  if (/\(\s*$/.test(near) && /^\s*\)/.test(after) && NAME_BEFORE_BRACKET.test(near.slice(-40)) && LOANS_COVER.test(segment.sentence)) return { role: 'commitment' };
  // ("JBIC signed a loan agreement on March 12 with X, a special purpose company established in ..., for an amount of up
  // to USD 310 million": the amount of the loan or agreement told before it, however far back its verb is.)
  if (/amount/i.test(near) && AMOUNT_OF_BEFORE.test(near.slice(-50)) && LOAN_AGREED.test(segment.sentence)) return { role: 'commitment' };
  // "China's Chery in talks on $1bn South African car plant": the sum a party's talks are on (a debt's or trade's is none).
  if (/talk|negotiat/i.test(near) && TALKS_ON_BEFORE.test(near.slice(-50)) && !TALKED_NOT_MONEY_AFTER.test(after)) return { role: 'commitment' };
  // "Toyota plans $2bn plant in India", "Moriyama Electric weighs $300m-$400m Vietnam motor plant": a plant a
  // party plans or weighs, its money.
  if (PLANS_BEFORE.test(near.slice(-40)) && PLANT_AFTER.test(after)) return { role: 'commitment' };
  // "A further £15 million will go to South Sudan", "said a further 200 million euros would follow if ...": more of
  // the money just told, going to a receiver or to come.
  if ((GO_TO_AFTER.test(after) || FOLLOW_AFTER.test(after)) && FURTHER_BEFORE.test(near.slice(-30))) return { role: 'commitment' };
  // "Britain announced 160 million pounds, Norway 1.2 billion kroner and Japan nine billion yen": a sum announced
  // bare, by a party, at a pledging (the nouns of money after an announced sum are read above).
  if (/announc|unveil/i.test(near) && ANNOUNCED_SUM_BEFORE.test(near.slice(-40)) && !/^\s*(?:in\s+)?(?:\w+\s+){0,2}(?:profits?|revenues?|sales|earnings|losses|results|dividends?)\b/i.test(after)) return { role: 'commitment' };
  // "JICA will also lend ¥58.3 billion for a corridor ..., ¥27.5 billion for forest restoration ... and ¥15.4 billion for
  // water supply": an item of a list of sums, each "for" its purpose, after a verb of giving.
  if (/^\s+for\s/i.test(after) && /(?:,|\band)\s*$/.test(near) && segment.from !== undefined && SUM_FOR_BEFORE.test(segment.sentence.slice(0, segment.from + before.length)) && COMMIT.test(segment.sentence)) return { role: 'commitment' };
  // "a planned $280 million cement plant in Jizzakh by Turkish cement maker X had been cancelled": a plant
  // planned by a party named after it, its money (with no party, a plant's worth says nothing of who pays).
  if (/plann|propos/i.test(near) && PLANNED_BEFORE.test(near.slice(-30)) && PLANT_AFTER.test(after) && PLANNED_BY_AFTER.test(after)) return { role: 'commitment' };
  // "Indonesia, Japan's Marubeni in $1.8bn waste-to-energy deal": the sum of a deal parties are "in".
  if (/\bin\s+(?:an?\s+)?$/i.test(near) && IN_DEAL_AFTER.test(after)) return { role: 'commitment' };
  // "will pay about $1.5bn for its share": the price of a holding, as of a stake.
  if (/^\s*for\s/i.test(after) && HOLDING_FOR_AFTER.test(after)) return { role: 'commitment' };
  // ("will pay $650m for a 30% stake", "for a 24.9% stake": a share's words may hold a percent sign and a decimal point;
  // "Codelco, Rio Tinto agree $900m lithium venture": a venture is a deal its partners put money in.)
  if (COMMIT.test(near) || BUILD_BEFORE.test(near) || PASSIVE_COMMIT_AFTER.test(after) || /^\s*(?:(?:in|of|as|for)\s+)?(?:(?:[\w’'%-]|(?<=\d)\.(?=\d))+\s+){0,4}?(?:investments?|loans?|financing|funding|grants?|credit|deposits?|stake|package|facility|aid|bailout|export credit|equity|tranche|debt(?!\s+restructuring)|injection|infusion|guarantees?|(?:currency\s+)?swap(?:\s+lines?)?|(?:joint\s+)?ventures?|(?:budget|budgetary|financial|balance[- ]of[- ]payments)\s+support|(?:private\s+|share\s+)?placements?)\b/i.test(after)) {
    return { role: 'commitment' };
  }
  return { role: 'none', reason: 'no commitment verb' };
}

// ("85 percent of the section's 1.2 billion euro cost": a possessor may stand before the figure.)
const PERCENT_OF_BEFORE = new RegExp(String.raw`(?<![\w.])\d{1,3}(?:\.\d+)?\s*${PERCENT}\s+of\s+(?:the|a|an|its|their|this)\s*(?:[\w-]+['’]s?\s+)?$`, 'i');
/** "covers about a third of the €6.5bn programme": the whole a fraction is of. */
const FRACTION_OF_BEFORE = /\b(?:a|one|two|three)\s+(?:third|quarter|fifth|half|tenth)s?\s+of\s+(?:the|a|an|its|their|this)\s*$|\bhalf\s+(?:of\s+)?(?:the|a|an|its|their|this)\s*$/i;
const DEBT_AFTER = /^\s*(?:of|in)\s+(?:[\w’'-]+\s+){0,3}?(?:debts?|arrears|bonds?|eurobonds?)\b|^\s*(?:in\s+|of\s+)?(?:debt\s+)?(?:repayments|debt\s+service|debt\s+payments)\b/i;
const LOCAL_SPENDING_BEFORE = /\b(?:Municipality|Municipal\s+Council|City\s+Council|Town\s+Council|County\s+Council|county\s+government|local\s+(?:government|authority|council)|municipality|city\s+hall)\b[^.;]{0,80}?\b(?:will\s+|to\s+|plans\s+to\s+)?(?:spend|spends|spent|allocate[sd]?|set\s+aside|sets\s+aside)\s+(?:(?:about|around|some|nearly|over|more\s+than|up\s+to|another|a\s+further)\s+)?$/;
const EXCHANGE_RATE_AFTER = /^(?:,\d+)?\s+(?:to|against|per)\s+(?:the|one|a|each)\s+(?:US\s+|U\.S\.\s+|American\s+)?(?:dollar|euro(?!\s*-?\s*(?:area|zone))|greenback|pound|yuan)\b/i;
const IMPORTING_AFTER = /^\s+(?:(?:every|each|a|per)\s+year\s+|annually\s+|yearly\s+)?(?:on\s+)?(?:importing|imports?\s+of|(?:food|fuel|oil|fertili[sz]er|wheat|rice)\s+imports)\b/i;
const SERVICING_DEBT_AFTER = /^\s*(?:on\s+|in\s+|for\s+)?(?:servicing|repaying|paying\s+(?:off|down|back)|debt\s+service\s+on)\s+(?:(?:the|its|their|public|external|foreign|domestic|government|sovereign)\s+){0,2}(?:debts?|loans?|bonds?|eurobonds?|arrears|interest|borrowings?)\b/i;
const DEBT_SERVICE = /\b(?:repa(?:y|ys|id|ying|yments?)|suspen(?:d|ds|ded|sion)|moratorium|relief|restructur\w*|ow(?:e|es|ed|ing)|default\w*|matur\w*|servic(?:e|ing)|due)\b/i;
const INCLUDING_BEFORE = /\b(?:including|includes|included|comprising|of which|(?:split|divided|shared|broken\s+down)\s+(?:between|into|among))\s+(?:an?\s+|the\s+)?(?:about|around|some|over|more than|up to|nearly|almost|an estimated)?\s*$/i;
const POSSESSED_DEAL_AFTER = /^\s*(?:[\p{Lu}][\p{L}’'-]*\s+){0,4}(?:[\w-]+\s+)?(?:deal|agreement|investment|pledge|package|loan|facility)\b/u;
const TRANCHE_OF_BEFORE = /\b(?:tranche|instal+ment|disbursement|drawdown)\s+of\s+(?:about|around|some|nearly|over|more than|up to|an estimated)?\s*$/i;
/** Right before the figure: it is the rest, the start or a tranche of a larger sum. */
export const TRANCHE_BEFORE =
  /(?:(?:^|[,;]\s*)(?:first|initial)\s+$)|\b(?:the\s+(?:remaining|rest\s+of(?:\s+the)?|balance(?:\s+of(?:\s+the)?)?|remainder\s+of(?:\s+the)?)|(?:an|the)\s+initial|(?:a|the)\s+first|(?:the|a)\s+(?:first|second|third|final|last|next)\s+(?:tranche|instal+ment|disbursement)\s+of)\s+$/i;
/** A party taking on the rest of a sum (the forms of TRANCHE_BEFORE): "will cover the remaining", "shoulders the balance of". */
const COVER_REST_BEFORE = /\b(?:cover|covers|covered|covering|bear|bears|bore|bearing|shoulder|shoulders|shouldered|shouldering|put\s+up|puts\s+up|putting\s+up)\s+the\s+(?:remaining|(?:rest|balance|remainder)\s+of(?:\s+the)?)\s+$/i;
/** Before one item of a sum told whole first: ", one of", "and one of", "and the other of", ", the second worth". */
const EACH_ITEM_BEFORE = /(?:,|\band)\s+(?:one|the\s+other|another|the\s+first|the\s+second|the\s+third)\s+(?:of|worth|for)\s+$/i;
/** Earlier in the sentence, a whole of several items: "two credits worth a combined", "three loans totalling". */
const COMBINED_BEFORE = /\b(?:two|three|four|five|several)\s+(?:[\w’'-]+\s+){0,5}?(?:loans|credits|grants|deals|agreements|facilities|investments|tranches|projects|programmes|programs)\s+(?:worth|totall?ing|valued\s+at|of)\b/i;
/** A lender, then its verb of releasing money, right before the figure: "World Bank unlocks", "the IMF has unlocked". */
const LENDER_UNLOCKS_BEFORE = /\b(?:Bank|Fund|IMF|EU|Union|Commission|Corporation|Agency|AfDB|ADB|AIIB|EBRD|EIB|IFC|JICA|IDA)\s+(?:unlocks|unlocked|(?:has|have)\s+unlocked|will\s+unlock)\s+(?:about|around|some|nearly|over|more\s+than|up\s+to|another|an\s+additional|a\s+further)?\s*$/;
/** Right before a part taken from a line: "has drawn the first", "drew down". */
const DRAWN_BEFORE = /\b(?:(?:has|have|had)\s+drawn|drew|draws|drawing)(?:\s+down)?\s+(?:the\s+|a\s+)?(?:first|second|third|initial|final|further)?\s*$/i;
/** A standing role, then a participle of giving, right before a figure: "largest aid donor, providing about". */
const ONGOING_ROLE_BEFORE = /\b(?:donors?|lenders?|investors?|creditors?|contributors?|backers?|partners?)\b[^.;]{0,40},\s+(?:providing|giving|lending|contributing|investing|disbursing)\s+(?:about|around|some|nearly|almost|over|more\s+than|roughly|an\s+average\s+of)?\s*$/i;
/** A property developer named as a party: "Aldar Properties", "Emaar Development", "a real estate developer". */
const DEVELOPER_PARTY = /\b(?:[\p{Lu}][\p{L}’'-]*\s+(?:Properties|Developments?|Real\s+Estate|Realty)|(?:property|real[- ]estate)\s+developer)\b/u;
/** Between an upfront payment and the later one: "upfront and a further", "up front, with another". */
const LATER_PAYMENT_BEFORE = /\bup[- ]?front\s*,?\s+(?:and|with|plus|then)\s+(?:a\s+further|another|an\s+additional|the\s+remaining|a\s+later|a\s+second)\s+$/i;
/** Right after the figure: "upfront", "as a first tranche", "..., with the rest to be released in tranches". */
export const TRANCHE_AFTER =
  /^\s*(?:up-?front\b|(?:as|in)\s+(?:a|an|the)\s+(?:first|initial|second|final)\s+(?:tranche|instal+ment|payment|disbursement)\b|(?:in|for)\s+(?:the|its|a)\s+(?:first|initial|second|third|final|next)\s+(?:phase|stage)\b|[^.;]{0,40}?,?\s+with\s+the\s+(?:rest|remainder|balance)\b|,?\s+(?:while|and|with)\s+[^.;]{0,80}?\b(?:provid(?:ed|ing|e)|contribut(?:ed|ing|e)|put(?:ting)?\s+up|lent|lending|lend|supplied|cover(?:ed|ing)?)\s+the\s+(?:rest|remainder|balance)\b)/i;

// ("The remaining $3bn will come from private investors": a tranche told by its source.)
// ("TotalEnergies takes 20% of Qatar LNG expansion for $1.5bn": taking a share is buying it.)
// ("buy a 30% stake in Batumi Logistics Group, which runs terminals on Georgia's coast, for $210 million": a relative clause between.)
const BOUGHT_FOR_BEFORE = /\b(?:buy|buys|bought|buying|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|take\s+over|takes\s+over|took\s+over|(?:take|takes|took|taking)\s+(?:a\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))(?:\b|(?<=%))(?:[^.;$€£¥₹]{1,140}?|[^.;$€£¥₹]{1,60}?,\s+(?:which|who)\s[^.;$€£¥₹]{1,100}?,\s+)\bfor\s+(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly|an\s+estimated)?\s*$/i;
const BACKS_WITH_BEFORE = /\b(?:backs?|backed|backing|supports?|supported|supporting|boosts?|boosted)\b[^.;$€£¥₹]{0,60}?\bwith\s+(?:(?:about|around|some|nearly|over|more\s+than|up\s+to|an?|another|a\s+further)\s+)*$/i;
/** Before a list of parts: "of which", "including", "split between". */
const BREAKDOWN_BEFORE = /\b(?:of\s+which|including|comprising|split\s+(?:between|into|among))\b/i;
/** Nouns a whole just told is pointed back to by: "Of that sum", "Of the total", "Out of this line of credit". */
const WHOLE_NOUNS = String.raw`sum|amount|total|money|package|financing|funding|loan|credit|line\s+of\s+credit|investment|facility|tranche|grant`;
// ("to sink over €1.2bn into a plant", "will pump $500m into": PUT_INTO's verbs, the "into" after the figure.)
// (Or the whole's own figure: "“Of the $1.5 billion, $1.2 billion will go towards ...".)
// ("Of that, 28 million francs will go to": the whole pointed back to by "that" alone.)
const OF_THE_TOTAL_OPENING = new RegExp(String.raw`^\W*(?:of|out\s+of)\s+(?:that|this|it|(?:that|this|the|which)\s+(?:(?:[\w-]+\s+){0,2}?(?:${WHOLE_NOUNS})|[^,;]{0,12}\d[^,;]{0,30}))\s*,\s*(?:(?:about|around|some|nearly|over|up\s+to)\s+)?$`, 'i');
/** A sentence opening on a part of the whole just told, any figure after: "Of that, 28 million francs will go to ..., while". */
const OF_THE_TOTAL_SENTENCE = new RegExp(String.raw`^\W*(?:of|out\s+of)\s+(?:that|this|it|(?:that|this|the)\s+(?:[\w-]+\s+){0,2}?(?:${WHOLE_NOUNS}))\s*,`, 'i');
/** Right before a later part of that whole in the same sentence: ", while", " and", " with". */
const NEXT_PART_BEFORE = /(?:,\s*|\s)(?:while|whereas|and|with)\s+(?:the\s+)?(?:remaining\s+|other\s+|another\s+|a\s+further\s+)?$/i;
/** Before the figure, opening its sentence, a share of the whole just told: "Nearly half of that, about", "Two-thirds of the investment, ". */
export const SHARE_OF_THE_TOTAL_OPENING = /^\W*(?:(?:nearly|almost|about|around|roughly|more\s+than|over|some|just\s+(?:under|over))\s+)?(?:half|a\s+third|a\s+quarter|one[- ](?:third|quarter)|two[- ]thirds|three[- ]quarters|most|the\s+bulk|the\s+lion['’]s\s+share|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+of\s+(?:that|this|it|the\s+(?:[\w-]+\s+){0,2}?(?:sum|amount|total|money|package|financing|funding|loan|investment|pledge|commitment))\s*,\s*(?:(?:about|around|some|nearly|over|up\s+to|roughly|or)\s+)?$/i;
// (Not "tax incentives": a board's incentives may hold cash grants.)
const TAX_RELIEF = String.raw`(?:tax(?:es)?[- ](?:credits?|breaks?|exemptions?|holidays?|relief|rebates?|abatements?|waivers?|deductions?|concessions?)|(?:property|land|import|customs|duty)[- ]tax\s+(?:abatements?|exemptions?|waivers?)|abatements?)`;
/** Before the figure: tax relief "worth" it. */
const TAX_RELIEF_BEFORE = new RegExp(String.raw`\b${TAX_RELIEF}\s+(?:[\w-]+\s+){0,5}?(?:worth|of|valued\s+at|estimated\s+at|at|totall?ing|amounting\s+to)\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|up\s+to|as\s+much\s+as|an\s+estimated)\s+)?$`, 'i');
/** Right after the figure: "in tax credits", "of tax breaks". */
const TAX_RELIEF_AFTER = new RegExp(String.raw`^\s+(?:in|of|worth\s+of)\s+(?:(?:federal|state|local|corporate|investment|production|property|income)\s+){0,2}${TAX_RELIEF}\b`, 'i');
/** A sentence opening on the whole just told: "Of the total, ", "Of that amount, ", "Out of the Rs 3,000 crore, ". */
/** Before a figure: a licence for a project "for" it (Vietnamese and Gulf investment press). */
const LICENSED_FOR_BEFORE = /\blicen[sc]ed\s+for\s+(?:an?\s+|the\s+)?(?:(?:about|around|some|nearly|over|more\s+than)\s+)?$/i;
/** Before a figure: a project's registered capital, "capitalised at". */
const CAPITALISED_AT_BEFORE = /\b(?:capitali[sz]ed|with\s+(?:a\s+)?(?:total\s+)?(?:registered\s+)?(?:investment\s+)?capital)\s+(?:at|of)\s+(?:(?:about|around|some|nearly|over|more\s+than)\s+)?$/i;
/** Earlier in the sentence: an investment certificate or licence handed to an investor. */
const INVESTMENT_CERTIFICATE_BEFORE = /\b(?:investment\s+(?:registration\s+)?certificates?|investment\s+licen[cs]es?|licen[cs]es?\s+to\s+invest)\b[^.;]{0,160}?\bfor\s+(?:an?|the)\s*$/i;
/** A capitalised name holding a word of trade or markets: "Agricultural Market Access Project", "Export Processing Zone". */
const CAPITALISED_MARKET_NAME = /\b[A-Z][\w’'-]*\s+(?:Market|Markets|Trade|Exports?|Imports?|Prices?)(?:\s+[A-Z][\w’'-]*)*/g;
/** Opening a sentence, before its figure: the largest (or first) part of the whole just told, in apposition: "The largest component, the". */
const LARGEST_PART_APPOSED_BEFORE = /^\W*the\s+(?:largest|biggest|main|first|second|third|last|final)\s+(?:component|part|portion|element|project|item|tranche|window|pillar)s?\s*,\s+(?:the|a|an)\s+$/i;
/** Opening a sentence, before its figure: more of the money just told ("Another almost", "A further"). */
const MORE_OF_IT_BEFORE = /^\W*(?:another|a\s+further|an\s+additional|an\s+extra)\s+(?:(?:almost|nearly|about|around|some|over|more\s+than|roughly|up\s+to)\s+)?$/i;
/** Before a figure: new shares subscribed for, then their price ("subscribe for new shares in X for"). */
const SUBSCRIBE_SHARES_FOR_BEFORE = /\bsubscri(?:be|bes|bed|bing|ption)\s+(?:for|to)\s+(?:[\w'’-]+\s+){0,3}?shares\b[^.;$€£¥₹\d]{0,100}?\bfor\s+(?:(?:about|around|some|nearly|over|more\s+than|almost|roughly|up\s+to)\s+)?$/i;
/** Right before a figure in apposition, a share of the money just told: "The largest share,", "The remaining portion,". */
const SHARE_APPOSED_BEFORE = /\b(?:the\s+)?(?:largest|biggest|main|smallest|remaining|first|second|third|final|last)\s+(?:share|portion|part|tranche|slice|chunk)\s*,\s*$/i;
/** Right after a figure, the whole just told that it is a part of: " of the total", " of the amount". */
const OF_THE_TOTAL_AFTER = /^\s+of\s+(?:the|this|that|its)\s+(?:total|sum|amount|money)\b/i;
/** A sentence opened by the money just told, before its breakdown: "Of the total,", "Out of this amount," (firmWholesParts.ts reads it too). */
export const OF_THE_TOTAL_LEAD = /^\W*(?:of|out\s+of)\s+(?:that|this|the|which)\s+[^,;.]{0,40},/i;
/** Money going somewhere, in a sentence: "will go to", "is to be used for", "will be allocated to". */
const GOES_TO_ANYWHERE = /\b(?:will|would|is\s+to|are\s+to|shall)\s+(?:go|be\s+(?:used|allocated|earmarked|spent|channell?ed|directed|disbursed))\s+(?:to|for|towards|on)\b/i;
const FOLLOW_AFTER = /^\s*(?:will|would|could|is\s+to|are\s+to)\s+follow\b/i;
const ANNOUNCED_SUM_BEFORE = /\b(?:announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?)\s+(?:an?\s+|another\s+|a\s+further\s+|an\s+additional\s+)?(?:(?:about|around|some|nearly|up\s+to|over|more\s+than)\s+)?$/i;
const ANNOUNCED_PRIOR = /\b(?:announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?)\s+(?:[^.;]|\.(?=\d)){1,80}$/i;
const FURTHER_BEFORE = /\b(?:a\s+further|an\s+additional|another|the\s+remaining|the\s+rest\s+of\s+the)\s+(?:(?:about|around|some|nearly|up\s+to)\s+)?$/i;
const AND_PROVIDED_BY_AFTER = /^\s*,?\s+(?:and|which)\s+(?:will|would|is\s+to|are\s+to|is\s+expected\s+to)\s+be\s+(?:(?:fully|entirely|wholly|partly|jointly)\s+)?(?:provided|financed|funded|covered|invested|contributed)\s+by\s+(?:the\s+)?[A-Z]/;
/** After a sum: its source to come, named ("will come from the federal Climate Fund (Fundo Clima)", "is to come from JICA"). */
const COME_FROM_AFTER = /^\s*(?:will|would|is\s+to|are\s+to|is\s+(?:expected|set|due)\s+to|are\s+(?:expected|set|due)\s+to)\s+come\s+from\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?[A-Z]/;
// ("while the remaining $32,200 goes to a rainwater-harvesting project": the present tense too.)
const GO_TO_AFTER = /^\s*(?:(?:will|would|is\s+to|are\s+to)\s+(?:go|be\s+going)|goes)\s+(?:to|towards?)\b/i;
/** An earlier figure of the sentence that is a part of money given: "600 million yuan of the grant". */
const PART_OF_MONEY_BEFORE = /\d\s*(?:billion|million|bn|mn|m|crore)?\s*(?:[a-z]{2,}\s+)?of\s+(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?(?:grants?|loans?|package|financing|funding|aid|assistance|investment|facility|credit|sum|amount|total)\b/i;
const PUT_TO_USE_AFTER = /^\s*(?:will|would|is|are|has|have|had|was|were)\s+(?:(?:been|be|to\s+be)\s+)?(?:utili[sz]ed|used|spent|earmarked|allocated|set\s+aside|disbursed|channell?ed|directed|devoted|invested|lent|provided|released)\b/i;
/** After a part of the whole just told, what it pays for: "will support the programme", "will finance two plants". */
const paysFor = (after: string) => PUT_TO_USE_AFTER.test(after) || GO_TO_AFTER.test(after) || PAYS_FOR_AFTER.test(after);
// ("Another $58,300 will help the Kongwa-based Huruma Health Trust build and equip a maternity ward": helping a named
// receiver do it, the same.)
const PAYS_FOR_AFTER = /^\s*(?:will|would|is\s+to|are\s+to)\s+(?:(?:help\s+(?:to\s+)?(?:(?:the\s+)?(?:[\w'’-]+\s+){1,6}?)?)?(?:support|finance|fund|pay\s+for|cover|build|equip|rebuild|construct)|be\s+(?:invested|lent|provided|given))\b/i;
const LEAVING_BEFORE = /\bleaving\s+(?:(?:about|around|some|nearly|over|more\s+than|another|a\s+further)\s+)?$/i;
const STILL_TO_COME_AFTER = /^\s*(?:still\s+)?(?:to\s+(?:come|be\s+(?:disbursed|paid|released|received|drawn))|outstanding|undisbursed|yet\s+to\s+be\s+(?:disbursed|paid|released))\b/i;
const PLANS_BEFORE = /\b(?:plans|mulls|weighs|eyes|considers|readies|unveils|announces|proposes)\s+(?:an?\s+)?(?:(?:about|around|up\s+to|nearly|over|more\s+than)\s+)?$/i;
/** An earlier sum of the sentence "for" a purpose: "¥58.3 billion for", "$20m for" (the first item of a list). */
const SUM_FOR_BEFORE = /\d(?:[\d.,]*\d)?\s*(?:billion|million|trillion|bn|mn|mln|m|crore|lakh)?\s+(?:(?:in|of)\s+[a-z]+\s+)?for\s/i;
const PLANNED_BEFORE = /\b(?:a|an|the|its|their)\s+(?:planned|proposed)\s+(?:(?:about|around|up\s+to|nearly|over|more\s+than)\s+)?$/i;
const PLANNED_BY_AFTER = /^[^.;]{0,60}?\bby\s+(?:the\s+)?[\p{Lu}]/u;
const PLANT_AFTER = /^\s*(?:[\w’'-]+\s+){0,3}?(?:plants?|factory|factories|refinery|smelter|mine|complex|park|port|terminal|hub|campus|project|facility)\b/i;
/** Words of lending in a sentence, where a "facility" is a loan, not a plant. */
const LENDING_CONTEXT = /\b(?:refinanc\w*|borrow\w*|lend(?:s|ing)?|lent|lenders?|banks?|loans?|credit|debt|drawdowns?|disburs\w*|IMF|Afreximbank|Eximbank|Exim)\b/i;
// ("talks with the African Export-Import Bank on an additional $500 million facility": the party talked with between.)
const TALKS_ON_BEFORE = /\b(?:talks|negotiat(?:es|ed|ing|ions))\s+(?:with\s+[^.;]{1,90}?\s+)?(?:on|over|for|about)\s+(?:an?\s+|the\s+)?(?:(?:possible|potential|new|proposed|additional|further|fresh)\s+)?(?:(?:about|around|some|nearly|up\s+to|more\s+than|over)\s+)?$/i;
const TALKED_NOT_MONEY_AFTER = /^\s*(?:[\w’'-]+\s+){0,2}?(?:debts?|restructuring|trade|tariffs?|arrears|swap\s+of\s+debt)\b/i;
const PUT_BEFORE = new RegExp(String.raw`\b${PUT_VERBS}\s+(?:(?:up\s+to|about|around|some|nearly|over|more\s+than|an\s+estimated|another|a\s+further|an\s+additional)\s+)?$`, 'i');
const INTO_AFTER = /^\s*(?:[\w’'-]+\s+){0,2}?into\b/i;
/** After a project figure, its developer: "a $500m solar project by ACWA Power". */
// ("a 9.6-billion-baht data centre in Chon Buri by a Singaporean operator": the place between, an article before the party.)
// ("a 36.2-billion-baht data centre campus by the Thai unit of ...", "a $96.5 million radial tyre factory of China's
// Shandong Linglong Tyre": its developer after "by", or after "of" as its owner.)
// ("a $61.2 million tyre factory to be built in the Manhattan Special Economic Zone in Svay Rieng province by Hengfeng
// Rubber": where it is, in capitalised words and the common nouns of places, may stand between.)
const PROJECT_BY_AFTER = /^\s*(?:[\w’'-]+\s+){0,4}?(?:project|projects|expansion|plant|refinery|park|farm|mine|port|terminal|development|complex|factory|smelter|scheme|centre|center|hub|facility|campus)\s+(?:to\s+be\s+(?:built|set\s+up|located)\s+)?(?:(?:in|at|near)\s+(?:the\s+)?[\p{Lu}][\p{L}’'-]*(?:\s+(?:[\p{Lu}][\p{L}’'-]*|province|region|state|district|county|zone|in|the)){0,8}?\s+)?(?:by\s+(?:the\s+|an?\s+)?[\p{Lu}]|of\s+[\p{Lu}][\p{L}-]*['’]s\s+[\p{Lu}])/u;
/** A sentence that tells deals: "The largest was ...", "followed by ...", "including ...". */
// ("The other two are an 11.6-billion-baht brake systems plant by a Japanese auto-parts maker", "The third is an $11.5
// million solar-panel assembly plant in Phnom Penh by ...": the rest of a list of them.)
const DEALS_CONTEXT = /\b(?:largest|biggest|deals?|agreements?|followed\s+by|including|includes?|among\s+(?:them|these|the)|approved\s+projects|the\s+other\s+(?:two|three|four|five|\d+)|the\s+(?:second|third|fourth|fifth|last|remaining)(?:\s+(?:project|one|is|was))?)\b/i;
/** After a project figure: who is to build and pay for it ("to be built by X", "which will be financed by X"). */
const GROUP_PLAN_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:group-wide|company-wide|global|worldwide|overall)\s+(?:investment|capex|capital\s+expenditure|spending|business)\s+(?:plan|programme|program|budget|strategy)\b/i;
/** Right before "a $Xbn plant": a party building it ("to build a", "will set up an"). */
// ("signed an agreement to jointly build a $3bn fertiliser plant": an adverb may stand before the verb.)
/** A party's own verb of building: "to build", "will jointly construct", "agreed to set up". */
const OWN_BUILD_VERB = String.raw`\b(?:to|will|would|plans\s+to|agreed\s+to)\s+(?:jointly\s+|together\s+)?(?:build|set\s+up|construct|develop|establish)\s+`;
const OWN_BUILD_BEFORE = new RegExp(String.raw`${OWN_BUILD_VERB}(?:a|an)\s*$`, 'i');
/** A party's verb of building, then what it builds "worth" the figure: "will build two power plants worth". */
const OWN_BUILD_WORTH_BEFORE = new RegExp(String.raw`${OWN_BUILD_VERB}(?:[\w’'-]+\s+){1,6}?worth\s+(?:about|around|some|nearly|almost|over|more than|up to|an estimated|approximately|roughly)?\s*$`, 'i');
/** An agreement signed with a party for something worth the figure: "signed a memorandum of understanding with a consortium led by X ... for a battery project worth". */
const SIGNED_WITH_FOR_WORTH = new RegExp(
  String.raw`${SIGNED_AGREEMENT}\s+with\b[^.;]{1,160}?\bfor\s+(?:an?|the)\s+(?:[^.;$€£¥₹]|(?<=\d)\.(?=\d)){1,100}?\bworth\s+(?:about|around|some|nearly|almost|over|more than|up to|an estimated|approximately|roughly)?\s*$`,
  'i',
);
/** Right before "a $Xbn plant": an agreement its parties signed for it ("signed an agreement for a", "inked a deal on a"). */
const SIGNED_FOR_BEFORE = new RegExp(String.raw`${SIGNED_AGREEMENT}\s+(?:for|on)\s+(?:a|an)\s*$`, 'i');
const CHOSEN_TO_BUILD_BEFORE = /\b(?:select|chose|choos|pick|hire|appoint|invit|commission|tapped|named|shortlist)\w*\b[^.;]{0,200}\bto\s+\w+(?:\s+up)?\s+(?:a|an)\s*$/i;
/** After a figure, a contract for goods or works: "contract with Alstom to manufacture", "contract to supply". */
const SUPPLY_CONTRACT_AFTER = /^[-\s]*(?:[\w’'-]+\s+){0,3}?(?:contracts?\b[^.;]{0,80}?\bto\s+(?:manufacture|supply|deliver|build|construct|install|maintain|operate|design|provide\s+(?:services|equipment)|upgrade|refurbish)\b|(?:deals?|contracts?|orders?)\b[^.;]{0,60}?\bfor\s+(?:\d[\d,]*|a\s+fleet\s+of|[a-z]+)\s+(?:[\w-]+\s+){0,2}?(?:trains|locomotives|aircraft|planes|jets|airliners|ships|vessels|buses|helicopters|turbines|tanks|satellites|coaches|wagons|frigates|submarines)\b)/i;
const FUNDED_BY_AFTER = /^(?:-|\s)+(?:[\w’'.-]+\s+){0,6}?(?:will|would|is\s+to|are\s+to|is|are|was|were)\s+(?:be\s+|being\s+)?(?:jointly\s+|largely\s+|mainly\s+|partly\s+|fully\s+)?(?:funded|financed|paid\s+for|bankrolled)\s+(?:with|by|through|from)\s+(?!(?:the\s+|its\s+|their\s+)?(?:own|state|government|national|federal|public)\b)/i;
const BUILT_BY_AFTER = /^[^.;]{0,80}?\b(?:to\s+be|will\s+be|would\s+be|being|which\s+will\s+be|that\s+will\s+be)\s+(?:(?:wholly|fully|jointly|entirely|largely)\s+)?(?:built|developed|financed|funded|bankrolled)\s+(?:(?:in|at|near)\s+[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*){0,2}\s+)?(?:and\s+(?:built|developed|financed|funded|operated|run)\s+)?by\b/iu;
const PAID = /\b(?:pay|pays|paid|paying|follow|follows|disburs\w*|releas\w*|com(?:e|es|ing)\s+from|came\s+from)\b/i;
/**
 * A sentence that lists contributors' shares: one leads with its share, or others are to follow
 * ("China was the largest investor with $5bn, followed by the UAE with $3bn" is a ranking of the past).
 */
// ("IDA accounted for the largest share with US$2.4 billion, ..., followed by the AfDB with US$610 million": a past breakdown.)
export const SHARE_LIST_CUE = /\b(?:lead|leads|leading|led|anchor|anchors|anchoring|anchored)\s+with\b|\b(?:accounted|accounts|accounting)\s+for\s+(?:the\s+)?(?:largest|biggest|greatest|lion['’]s)\s+share\s+with\b|\b(?:will|would|shall|expected\s+to|set\s+to|due\s+to|is\s+to|are\s+to|plans?\s+to)\b[^.;]*\bfollowed\s+by\b/i;
/** Right before a share of such a list: "lead with about", "followed by the Gulf Fund with", ", and Tarsa Bank with". */
export const SHARE_WITH_BEFORE =
  /(?:\b(?:lead(?:s|ing)?|led|anchor(?:s|ed|ing)?)\s+|\b(?:accounted|accounts|accounting)\s+for\s+(?:the\s+)?(?:largest|biggest|greatest|lion['’]s)\s+share\s+|\bfollowed\s+by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'.&-]*\s+){1,6}|(?:,\s*(?:and\s+)?|\band\s+)(?:the\s+)?(?:[\p{Lu}][\p{L}’'.&-]*\s+){1,6})with\s+(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly|an\s+estimated|a\s+further|another)?\s*$/u;
/** A share and its verb: "share is", "contribution will be", "portion amounts to". */
const SHARE_VERB = String.raw`(?:share|portion|contribution)\s+(?:is|was|will be|would be|amounts to|comes to|totals|stands at)\s+`;
const SHARE_IS = String.raw`${SHARE_VERB}(?:about|around|some|nearly|almost|over|more than|up to|an estimated)?\s*$`;
const SHARE_IS_BEFORE = new RegExp(String.raw`\b${SHARE_IS}`, 'i');
/** A named party's share right before its figure: "KfW's share is", "its contribution will be" (no verb of giving needed). */
const PARTY_SHARE_IS_BEFORE = new RegExp(String.raw`(?:['’]s?|\b(?:its|their))\s+${SHARE_IS}`, 'i');
/** The same, then its figure, before the next party's gapped share: "KfW's share is 400 million euros" (and AFD's ...). */
const SHARE_IS_THEN_FIGURE = new RegExp(String.raw`(?:['’]s?|\b(?:its|their))\s+${SHARE_VERB}[^.;,]{1,40}$`, 'i');

/** Between a part and its whole: "$300m of a $1bn ...", "$1.1bn, the second tranche of a $3bn ...". */
// ("$500m out of the $1bn facility" too.)
export const OF_WHOLE = /^,?\s*(?:(?:the\s+)?(?:first|second|third|fourth|fifth|final|last|latest|next|initial|remaining)?\s*(?:tranche|instal+ment|portion|part|share)\s+)?(?:out\s+)?of\s+(?:a|an|the|its|their)\s*$/i;
const FINANCIAL_WHOLE_AFTER = /^\s*(?:[\w’'-]+\s+){0,3}?(?:facility|package|loan|credit|financing|programme|program|pledge|deal)\b/i;
// ("as the first payment under the $35bn deal", a headline's "first $10bn of $35bn deal": "under", and no article.)
const OF_WHOLE_BEFORE = /^\s+(?:(?:out\s+)?of|[^.;$€£¥₹]{0,40}?\bunder)\s+(?:(?:a|an|the|its|their)\s*)?$/i;
/** A whole fronted at the start of a clause, its part after the comma: "Of the $2bn pledged, $500m has been disbursed". */
export const FRONTED_WHOLE = /(?:^|[;:]|\.\s)\s*of\s+(?:the|its|their)\s+$/i;

// "The remaining $3bn will be invested over three years", "$500m is to be lent by ...": the figure is
// the subject of a passive verb of giving. ("About $400m of the cost will be covered by a loan from X": the
// share of a cost a party covers.)
const DEFERRED_OIL_FACILITY = /\bdeferred\s+(?:oil\s+)?payments?\s+(?:oil\s+)?facilit(?:y|ies)\b|\boil\s+(?:supplies\s+)?on\s+deferred\s+payments?\b/i;
const UNDER_WHICH_IMPORT_BEFORE = /\bunder\s+which\s+[^.;]{1,80}?\b(?:import|buy|purchase|receive|obtain)s?\s+[^.;]{0,60}$/i;
/** After a sum, its giver told in the passive, what it is for between: "for the project will be provided by". */
const LENT_PASSIVE_AFTER = /^\s*(?:(?:is|are)\s+(?:expected|set|due|likely|scheduled)\s+to\s+be|will\s+be|would\s+be|(?:is|are)\s+to\s+be|has\s+been|have\s+been|was|were)\s+(?:extended|lent|granted|disbursed|provided)\b/i;
const PROVIDED_BY_AFTER = /^\s*(?:for\s+(?:the\s+|its\s+|this\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+)?(?:will|would|is\s+to|are\s+to|has\s+been|have\s+been|was|were)\s+(?:be\s+)?(?:provided|extended|lent|granted|financed|disbursed|arranged)\s+by\b/i;
/** Before a sum that enlarges money told before: "to enhance the amount by another", "will increase the deposit by a further". */
const INCREASE_BY_BEFORE = /\b(?:enhanc|increas|rais|top(?:ped|ping)?\s+up|expand|boost|lift)\w*\s+(?:the\s+(?:amount|deposit|deposits|facility|loan|sum|package|financing|credit\s+line)|it|them)\s+by\s+(?:another|a\s+further|an\s+additional|an\s+extra)\s*$/i;
/** Trade between parties as the subject of a verb of level: "trade between the two countries remained modest at around". */
const TRADE_SUBJECT_BEFORE = /\b(?:bilateral\s+|two-way\s+|non-oil\s+)?trade(?:\s+volume)?\s+(?:between|with)\s+[^.;]{1,60}?\s+(?:remained|remains|stood|stands|was|is|reached|reaches|rose|rises|grew|grows|fell|falls|totall?ed|totals|amounted|amounts|hit|climbed|declined|dropped|increased|decreased|jumped|surged|exceeded)\b[^.;]{0,40}$/i;
/** A money instrument, then "worth" (its lender between): "the currency swap with the PBOC, worth some", "a credit line worth". */
const INSTRUMENT_WORTH_BEFORE = /\b(?:(?:currency\s+)?swap(?:\s+(?:lines?|agreements?|facility))?|loans?|credit\s+lines?|lines?\s+of\s+credit|credit\s+facility|deposits?|grants?|guarantees?|repurchase\s+agreements?|repos?)(?:\s+(?:with|from|to|for)\s+[^,;.$€£¥₹]{1,60}?)?,?\s+(?:worth|valued\s+at)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|approximately|roughly)\s+)?$/i;
/** Before a figure set off by commas: "The second, amounting to", "The first agreement, worth". */
const APPOSED_SUM_BEFORE = /,\s+(?:(?:each\s+)?worth|amounting\s+to|totall?ing|valued\s+at|of)\s+(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|approximately|roughly)?\s*$/i;
/** After it, the comma closing it and a verb of paying for a thing: ", will finance the upgrade of the road". */
// ("The first tranche, worth 200 million euro, was disbursed in 2024": a sum paid out is money given too.)
const APPOSED_SUM_FUNDS_AFTER = /^\s*,\s+(?:(?:which\s+)?(?:will|would|shall|is\s+to|are\s+to|is\s+(?:set|expected|due)\s+to)\s+(?:(?:also|partly|mainly|be\s+used\s+to|help(?:\s+to)?)\s+)*(?:co-?)?(?:finance|fund|contribute\s+to\s+(?:the\s+)?(?:financing|funding))|(?:was|were|has\s+been|had\s+been|will\s+be|is\s+to\s+be)\s+(?:(?:already|fully|partly)\s+)?(?:disbursed|released|paid\s+out|transferred|drawn(?:\s+down)?))\b/i;
const PASSIVE_COMMIT_AFTER =
  /^\s*(?:(?:more|of\s+(?:it|this|that|(?:the|its|their)\s+(?:cost|bill|price|total|investment|outlay)))\s+)?(?:will|would|shall|is|are|was|were|has|have|had|to)\s+(?:(?:also|then|now|already|still|initially|first|soon|eventually|be|been|being|set|expected|due|scheduled|planned|going|to)\s+){1,4}(?:invested|lent|loaned|provided|disbursed|allocated|earmarked|committed|pledged|granted|extended|injected|deposited|channell?ed|financed|funded|contributed|donated|released|approved|advanced|made available|(?:covered|borne|shouldered|put\s+up)\s+by)\b/i;

// "approved $1.25bn ... to attract" is a commitment; the commit verb closest to the figure decides.
const COMMIT_VERB_LAST = /\b(?:invest(?:s|ed)?|lend(?:s)?|approv(?:e|es|ed)|pledg(?:e|es|ed)|commit(?:s|ted)?|provid(?:e|es|ed)|extend(?:s|ed)?|grant(?:s|ed)?|deposit(?:s|ed)?|disburs(?:e|es|ed)|sign(?:s|ed)?)\s+(?:\w+\s+){0,3}$/i;
const STRONG_COMMIT_NEAR = /\b(?:giv(?:e|es|en)|gave|contribut(?:e|es|ed|ing)|donat(?:e|es|ed)|allocat(?:e|es|ed)|earmark(?:s|ed)?|promis(?:e|es|ed)|invest(?:s|ed|ing)?|lend(?:s|ing)?|lent|loans?|pledg(?:e|es|ed)|commit(?:s|ted)?|provid(?:e|es|ed|ing)|extend(?:s|ed|ing)?|grant(?:s|ed)?|deposit(?:s|ed)?|disburs(?:e|es|ed)|approv(?:e|es|ed)|financ(?:e|es|ed|ing)|inject(?:s|ed)?)\b/i;
