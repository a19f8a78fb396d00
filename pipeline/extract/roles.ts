/**
 * Who gives the money and who gets it, for one money figure in one sentence.
 *
 * Cues are ranked by how plainly they name the financier: an agent phrase ("anchored by X",
 * "a loan from X") or a list of lenders is plainest; then the organisation whose financing it is
 * ("$1bn in X financing"); then the subject of the commitment verb ("China has agreed to lend"),
 * where an organisation beats a country and a capital used for its government ("Washington") is
 * weakest. Speakers ("X's ambassador said"), listeners ("told Y"), datelines and places of events
 * ("in Doha") are never funders. A sentence with no party borrows one from the sentences before
 * it (nearest first) and the title.
 */
import type { Commitment, FunderType } from '../tables.ts';
import { ABBREVIATED_LEGAL, FINANCIER_TYPES, findEntities, LOCAL_BODY_NAME, ROLE_WORDS_BEFORE_NAME, shortNameOf, type EntityIndex, type EntityMention } from './entities.ts';
import { describeProject, findProjectMentions, type ProjectMention } from './projectNames.ts';
import { eachMatch } from './matches.ts';
import { MEMO_LIMIT, memoPerOwner, memoTable } from './memo.ts';
import { isRoundupTitle } from './roundup.ts';
import { SHARE_LIST_CUE } from './classify.ts';
import { BOND_NOUNS, BOND_SALE_VERBS, UNDER_WHICH } from './status.ts';
import { escapeRegExp } from './escapeRegExp.ts';

export interface PartyContext {
  sentence: string;
  /** The money figure's span within `sentence`. */
  figure: { start: number; end: number };
  /** The commitment verb's span within `sentence`, if the caller found one. */
  verb: { start: number; end: number } | null;
  /** Up to 3 previous sentences of the article, nearest last. */
  previous: readonly string[];
  /** Sentences after a headline: read only for the names they introduce, never as a neighbour to borrow a party from. */
  following?: readonly string[];
  /** The article's sentences before `previous`: read only for the names they introduce, as `following` is. */
  earlier?: readonly string[];
  title: string | null;
  dateline: string | null;
  /** The sentence after, read only when it names the figure's source ("The money will come from JBIC"). */
  next?: string | null;
  /** Project names already seen in the article, so a bare "Kipeto" is recognised. */
  knownProjects?: readonly string[];
}

/** The party columns of a commitment row. */
export type Parties = Pick<Commitment, 'funder' | 'funder_type' | 'funder_country' | 'recipient' | 'recipient_country' | 'project'> & {
  /**
   * "KfW and AFD will co-finance it with €200m each", "Japan and Korea will each lend $500m": the
   * figure is each funder's, one row apiece (the funder columns of each, in the sentence's order).
   */
  each?: readonly Pick<Commitment, 'funder' | 'funder_type' | 'funder_country'>[];
  /**
   * "£20 million each for the three countries worst affected: Ethiopia, Somalia and Kenya", "$50m each to Kenya,
   * Uganda and Tanzania": the figure is each receiver's, one row apiece (in the sentence's order).
   */
  eachTo?: readonly Pick<Commitment, 'recipient' | 'recipient_country'>[];
  /** The funder was taken from a neighbouring sentence, the figure's own naming none ("The first $5bn will be disbursed"). */
  borrowed?: true;
};

interface Party {
  name: string;
  type: FunderType | null;
  country: string | null;
}

interface Scored {
  parties: Party[];
  strength: number;
  at: number;
  /** Found as the lender a loan was signed with ("signed a loan agreement with X"): the sentence's subject borrows. */
  signedWith?: true;
  /** A person named by this organisation's title ("VinFast's founder X"): where the person's money may go. */
  ownOrg?: Party;
}

const NONE: Parties = { funder: null, funder_type: null, funder_country: null, recipient: null, recipient_country: null, project: null };

const REPORTING = String.raw`(?:said|says|say|told|tells|stated|states|added|adds|noted|notes|claimed|explained|remarked|emphasi[sz]ed|underlined|revealed|highlighted|confirmed|announced\s+that|wrote|argued|insisted|observed)`;
// Words that may stand between a country or organisation and a reporting verb when the real speaker is a person: "US ambassador Jane Roe said".
const TITLE_WORDS = String.raw`(?:[\p{Lu}][\p{L}.'’-]*|minister|ministers|ambassador|envoy|official|officials|spokesperson|spokesman|spokeswoman|president|chief|head|governor|secretary|adviser|advisor|aide|senior|deputy|acting|executive|director|chairman|chair|chairperson|economist|analyst|analysts|representative|of|for|and|the|a|finance|foreign|federal|state|trade|energy|commerce|economy|economic|affairs|planning|investment|at|to|general|country|regional|vice|managing|former|top)`;
const SPEAKER_AFTER = new RegExp(String.raw`^(?:['’]s?)?(?:,?\s+${TITLE_WORDS}){1,10},?\s+${REPORTING}\b`, 'u');
/** After a name closing the sentence: the paper's own attribution, "TechCabal has learnt", "Reuters has learned". */
const REPORTER_AFTER = /^\s+(?:has|have|had)\s+(?:learnt|learned)\b/;
// ("the company announced in a report to the Bucharest Stock Exchange": where a filing was made, not a receiver.)
export const LISTENER_BEFORE = /\b(?:told|tell|tells|telling|speaking\s+to|talking\s+to|spoke\s+to|interview\s+with|according\s+to|quoted\s+by|reported\s+by|cited\s+by|(?:report|filing|statement|notice|notification|disclosure|submission)s?\s+to)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/iu;
// Every match of LISTENER_BEFORE holds one of its verbs, and this finds them far more cheaply (a
// case-insensitive literal search, not a /iu pattern tried at every position). Under /iu the Kelvin
// sign matches "k" and the long s "s": a text holding either is tried in full.
export const MAY_NAME_LISTENER = /told|tell|speaking|talking|spoke|interview|according|quoted|report|cited|filing|statement|notice|notification|disclosure|submission|\u212a|\u017f/i;
const ACCORDING_TO = /\baccording\s+to\b[^,;.]*/giu;
// Needed wherever ACCORDING_TO matches, and far cheaper to look for: a case-insensitive Unicode
// regex is tried at every position, a plain literal is searched for. (Under /iu a letter of
// "according" matches only itself in either case: no other character folds to one of them.)
const MAY_SAY_ACCORDING = /according/i;
const OBJECT_BEFORE = /\b(?:to|for|into|towards|from|with)\s+(?:the\s+)?$/i;
// ("New Zealand's Foreign Minister, visiting Port Vila on Thursday, announced": a place visited, its capital no party.)
const PLACE_BEFORE = /\b(?:in|at|across|within|throughout|inside|near|around|visit(?:ed|ing|s)?\s+to|trip\s+to|trips\s+to|visiting|touring)\s+(?:the\s+)?$/i;
/** A part of a country named by its direction: "northern", "south-eastern", "central". */
const DIRECTION = String.raw`(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?`;
// ("in northern Serbia": a part of a country named by its direction is after the preposition too.)
const PREPOSITION_BEFORE = new RegExp(String.raw`\b(?:in|at|to|for|with|of|on|into|towards|across|between|among|about|regarding|within|than|via|through|like|as)\s+(?:the\s+)?(?:${DIRECTION}\s+)?$`, 'i');
/**
 * One to three lower-case words of a trade before a name, "e-bike distributor " (read case-sensitively): no word that
 * joins clauses ("to buy cars and Hyundai will") and no Romance particle of a name ("Filature du Bénin").
 */
const TRADE_WORDS = String.raw`(?:(?!(?:and|or|but|while|which|who|that|as|with|from|to|for|in|of|by|the|a|an|its|their|it|will|would|has|had|is|was|de|du|des|del|della|da|di|do|dos|das|van|von|der|la|le|les|el|y|et)\s)[\p{Ll}-]+\s+){1,3}`;
/** A stake bought in a company, then lower-case words describing it: "stake in Crete-based resort developer ", "stake in state-owned ". */
// ("a 30% stake in Serie B club Sampdoria": a league's name may come before them.)
const DESCRIBED_OBJECT_BEFORE = new RegExp(String.raw`\b(?:stake|interest|shares?|holding)\s+in\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+-(?:based|owned|listed|run|controlled|backed)\s+(?:[\p{Ll}-]+\s+){0,3}|(?:[\p{Ll}-]+\s+){1,3}|\p{Lu}\p{Ll}+\s+${TRADE_WORDS}|(?:(?:[\p{Lu}][\p{L}\d]*|\d{1,2})\s+){1,3}(?:football\s+|soccer\s+)?(?:club|franchise|team|side)\s+)$`, 'u');
/** "in Zrenjanin, northern Serbia": a town, then the part of the country it is in (case-sensitive: the town is a name). */
const TOWN_THEN_REGION_BEFORE = new RegExp(String.raw`\b(?:in|at|near)\s+[A-Z][\p{L}'’-]+,\s+${DIRECTION}\s+$`, 'u');
const AGENT_BEFORE = /\b(?:anchored|funded|financed|paid|co-financed|cofinanced|backed|provided|extended|offered|arranged|granted|lent|loaned|pledged|committed|given|underwritten|supported|led|sponsored|guaranteed|insured|approved|disbursed|bankrolled|made|earmarked|allocated|promised|donated|contributed|invested|covered|borne|shouldered|put\s+up)\s+(?:(?:for|to|in)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?)?(?:jointly\s+|mainly\s+|largely\s+|primarily\s+|partly\s+|directly\s+|fully\s+|wholly\s+|entirely\s+)?by\s+(?:the\s+)?$/i;
/** Before who selected a project for money, and after it: "selected by the ... to receive", "chosen by X for a grant". */
const SELECTED_BY_BEFORE = /\b(?:selected|chosen|picked)\s+by\s+(?:the\s+)?$/i;
const SELECTED_TO_RECEIVE_AFTER = /^\s*(?:\([^()]{1,12}\)\s*)?(?:to\s+receive|for\s+(?:an?\s+)?(?:award|grant|funding|loan|financing))\b/i;
// ("$300m has been earmarked for Somalia by the World Bank": the recipient may stand between the verb and its agent.)
/** An agent told by its role before its name: "will be invested by state gold miner AzerGold". */
const ROLE_AGENT_BEFORE = /\b(?:invested|funded|financed|provided|paid|covered|contributed|lent|put\s+up|built|developed)\s+(?:jointly\s+|mainly\s+)?by\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:miner|maker|company|group|firm|developer|operator|producer|lender|bank|fund|investor|giant|conglomerate|contractor|utility|carmaker|manufacturer)\s+$/i;
const BUILDER_BEFORE = /\b(?:built|developed|constructed)\s+(?:(?:and\s+(?:run|operated)|jointly|mainly)\s+)?by\s+(?:the\s+)?$/i;
/** A group money goes to, right before the party leading it: "to a consortium led by", "for the joint venture led by". */
const RECEIVING_GROUP_LED_BY_BEFORE = /\b(?:to|for)\s+(?:a|an|the)\s+(?:consortium|group|joint\s+venture|partnership|venture|syndicate)\s+(?:[\w-]+\s+){0,3}?led\s+by\s+(?:the\s+)?$/i;
/** "beating bids from Canada and Russia": rival bidders a buyer beat give nothing ("an offer from X" is X's). */
const RIVAL_BIDS_BEFORE = /\b(?:beat(?:s|ing)?|outbid(?:s|ding)?|rival|competing)\s+(?:[\w-]+\s+){0,2}?(?:bids?|offers?)\s+from\s+(?:the\s+)?$/i;
// ("a US$100mn loan from development bank CAF": the lender's role words may stand between.)
// ("a prepayment from commodities trader Trafigura", "from a unit of China's Tsingshan": a buyer's role words, or the unit of a group.)
const FROM_BEFORE = /\bfrom\s+(?:(?:an?\s+|the\s+)?(?:unit|subsidiary|affiliate|arm)\s+of\s+)?(?:the\s+)?(?:(?:(?:state|state-owned|multilateral|regional|development|export|credit|investment|commercial|policy)\s+){0,2}(?:(?:development\s+)?(?:bank|lender|fund|agency|financier|institution)\s+)?|(?:an?\s+)?(?:[a-z-]+\s+){0,2}?(?:traders?|trading\s+(?:house|firm|company)|streamer|streaming\s+company|royalty\s+company|smelter|steelmaker|refiner|offtaker|conglomerate)\s+)$/i;
// "pay $250m for a stream on gold from X's project", "cargoes from Y": X and Y produce the goods; the money is not theirs.
// ("to finance gas turbines and balance-of-plant equipment from Siemens Energy": nor the exporter's, whose goods a buyer credit pays for.)
const GOODS_FROM_BEFORE = /\b(?:gold|silver|copper|nickel|cobalt|lithium|zinc|platinum|palladium|uranium|ore|concentrates?|metals?|crude|oil|gas|LNG|power|electricity|output|production|deliveries|cargoes|supplies|equipment|turbines|machinery|goods|services|trains|locomotives|rolling\s+stock|aircraft|vehicles|components|systems)\s+(?:(?:produced|mined|delivered|shipped)\s+)?from\s+(?:the\s+)?$/i;
// "buy a 30% stake in X from Y", "acquire shares from Y": Y sells.
const SELLER_BEFORE = /\b(?:buy|buys|buying|bought|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|tak(?:e|es|ing)\s+over|took\s+over|stake|stakes|shares|assets?)\b[^;:]{0,80}\bfrom\s+(?:the\s+)?$/i;
/** Right around a figure, a deal of the subject's own: "for its $1.45 billion takeover of", "its planned $2bn acquisition of". */
const OWN_DEAL_BEFORE = /\bits\s+(?:(?:proposed|planned|agreed|pending|announced)\s+)?$/i;
const OWN_DEAL_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:takeover|acquisition|purchase|buyout|bid)\s+(?:of|for)\b/i;
/** Before a figure, a party's deal a body approved: "has approved Chinese dairy giant Yili's purchase of 14 farms". */
const APPROVED_DEAL_OF_BEFORE = /\b(?:approved|cleared|consented\s+to|signed\s+off\s+on)\s+(?:[^.;]{0,80}?)['’]s?\s+(?:(?:proposed|planned)\s+)?(?:purchase|acquisition|takeover|buyout|bid|investment)\s+(?:of|in|for)\b/i;
/** After the party of such a deal, up to the deal's noun: "'s purchase of". */
const POSSESSIVE_DEAL_AFTER = /^['’]s?\s+(?:(?:proposed|planned)\s+)?(?:purchase|acquisition|takeover|buyout|bid|investment)\s+(?:of|in|for)\b/i;
// ("has raised its planned investment in a factory to 1.1 billion euros": what it puts in, made larger, as a stake raised is.)
const RAISED_HOLDING = /\b(?:raise[sd]?|raising|increas(?:e|es|ed|ing)|lift(?:s|ed|ing)?)\s+(?:its|their|his|her|the|a)\s+(?:\w+\s+)?(?:stake|holding|shareholding|share|ownership|investment|commitment|pledge|contribution|offer)\b/gi;
// "the Abu Dhabi fund", "the Chinese bank": a description of an organisation the article named before.
const DESCRIBED = /\s(?:fund|funds|bank|lender|company|firm|group|investor|conglomerate)$/;
// “We will invest $2bn,” X of Y said: inside a quote, "we" is the speaker's organisation.
const FIRST_PERSON = /\b(?:we|our|us)\b/i;
// "scrapped a $2bn plan by X", "welcomed an offer by X": the noun's agent is the financier.
const NOUN_AGENT_BEFORE = /\b(?:plans?|proposals?|offers?|bids?|investments?|pledges?|loans?|commitments?|injections?|contributions?|grants?|deposits?|financing|funding|deals?|agreements?|project|projects|expansion|plant|refinery|development|complex|factory|smelter)(?:\s+in(?:\s+[\p{Lu}][\p{L}’'-]*){1,3})?\s+by\s+(?:the\s+)?$/iu;
// "The EU will provide grants of €300m and Germany's KfW a €200m loan": the verb is shared, each figure has its own subject.
const GAPPED_SUBJECT_BEFORE = /(?:,|\band|\bwhile)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*(?:\s[\p{Lu}][\p{L}.-]*)?['’]s\s+)?$/u;
/** The words that qualify a figure of a gapped clause's share: "and Japan up to ¥55 billion". */
const SHARE_QUALIFIER = String.raw`(?:up\s+to|about|around|some|nearly|almost|over|more\s+than|roughly|as\s+much\s+as)`;
const QUALIFIED_FIGURE_AFTER = new RegExp(String.raw`^\s+${SHARE_QUALIFIER}\s+(?:[$€£¥₹]|[A-Z]{1,3}\$|[A-Z]{3}\s?\d|\d)`);
const GAPPED_FIGURE_AFTER = new RegExp(String.raw`^\s+(?:(?:an?|the|another|a further|an additional)\s+)?(?:${SHARE_QUALIFIER}\s+)?$`, 'i');
// "a desalination plant in Jordan" names where the money goes; so does "a Jordan desalination plant".
const PROJECT_NOUN_AFTER = /^\s+(?:[\p{Ll}-]+\s+|[A-Z]{2,5}\s+){0,2}(?:project|projects|plant|plants|programme|program|mine|port|railway|pipeline|refinery|hospitals?|schools|roads?|bridge|dam|airport|grid|network|park|farm|corridor|terminal|line|scheme|sector|reforms?|expansion|upgrade|modernisation|modernization|hydropower|hydro|renewables|infrastructure|electrification|irrigation|housing)\b(?!\s+(?:operator|builder|developer|company|firm|group|maker|giant|contractor|investor|owner|ministry|minister|agency|authority)s?\b)/u;
// "Temasek's $1.2bn investment": the possessor of a giving noun gives ("Kenya's $2bn loan" may be a borrower's: not read).
// Between a possessor and what it owns: "Japan's Mitsui", "France's AFD".
// ("Brazil's development bank BDX": a role noun between the possessor and its organisation.)
const POSSESSIVE_GAP = /^['’]s?\s+(?:(?:[\p{Ll}-]+\s+){0,2}(?:bank|lender|company|firm|group|fund|investor|developer|conglomerate|giant|miner|utility|carmaker|automaker|operator|producer|agency|insurer|manufacturer|regulator|authority|board)\s+)?$/u;
const POSSESSOR_OF_FIGURE = /^['’]s?\s+(?:[\p{Ll}-]+\s+)?$/u;
const GIVING_NOUN_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:investments?|pledges?|offers?|grants?|donations?|stakes?|bids?|acquisitions?|injections?|commitments?|contributions?)\b/u;
// "X and Y will lend $300m and $200m respectively": the i-th amount is the i-th lender's.
// (A decimal point, "$1.3 billion", does not end the clause.)
const RESPECTIVELY_AFTER = /^(?:[^.;]|(?<=\d)\.(?=\d)){0,60}\brespectively\b/i;
// "$200m each", "$1bn apiece"; "will each lend $500m".
const EACH_AFTER = /^\s*(?:each|apiece)\b/i;
/** Right after a figure: "each for", "each to", the list of receivers to follow. */
const EACH_TO_AFTER = /^\s*each\s+(?:for|to)\s/i;

/**
 * The countries listed after "each for/to", after a colon when one comes ("the three countries worst affected:
 * Ethiopia, Somalia and Kenya"), up to the clause's end: two or more, coordinated, else none.
 */
function receiversListedAfter(a: Analysed, from: number): Pick<Commitment, 'recipient' | 'recipient_country'>[] | null {
  const s = a.sentence;
  const end = (() => {
    const m = /[.;]\s|[.;]$/.exec(s.slice(from));
    return m ? from + m.index : s.length;
  })();
  const colon = s.indexOf(':', from);
  const start = colon >= 0 && colon < end ? colon + 1 : from;
  const listed = a.mentions.filter((m) => m.start >= start && m.end <= end && m.kind === 'country' && m.via !== 'demonym');
  if (listed.length < 2) return null;
  // Coordinated: nothing but commas, "and" and "the" between them.
  for (let i = 1; i < listed.length; i++) if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/.test(s.slice(listed[i - 1]!.end, listed[i]!.start))) return null;
  const out: Pick<Commitment, 'recipient' | 'recipient_country'>[] = [];
  for (const m of listed) if (!out.some((o) => o.recipient === m.canonical)) out.push({ recipient: m.canonical, recipient_country: m.country });
  return out.length >= 2 ? out : null;
}
const EACH_BEFORE = /\beach\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
const AMOUNT = /(?:[$€£¥₹]|\b(?:US\$|USD|EUR|GBP|Rs\.?)\s?)\d[\d.,]*(?:\s*(?:billion|million|trillion|bn|mn|m|crore|lakh))?|\b\d[\d.,]*\s*(?:billion|million|bn|mn)\s+(?:dollars|euros|yen|yuan|pounds|riyals|dirhams|rupees)/gi;
// Between a figure and the subject of a relative clause on its noun: a few words of the noun, then "that", "which" or nothing.
const RELATIVE_GAP = /^(?:\s+[\p{L}\d’'-]+){0,5}?\s+(?:(?:that|which)\s+)?(?:the\s+)?$/u;
/** Between a figure and the owner of the money it is a part of: "$2.4bn of the UAE's deposits". */
const OF_OWNER_GAP = /^\s+of\s+(?:the\s+)?$/;
const OWNED_MONEY_AFTER = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:deposits?|loans?|funds?|money|investments?|aid|grants?|financing|credit|pledges?|commitments?|assets|reserves)\b/u;
/** Between a party and a figure its relative clause gives: ", which approved", " (WB), which has already lent". */
const RELATIVE_GIVER_GAP = /^\s*(?:\([^)]{1,20}\)\s*)?,\s+(?:which|who)\s+(?:(?:has|had|have|also|already|earlier|previously|separately|itself)\s+)*(?:approved|pledged|promised|lent|loaned|provided|extended|granted|committed|offered|disbursed|signed|earmarked|allocated|deposited|invested|contributed|donated|gave|put\s+up|will\s+(?:provide|lend|invest|contribute|give|grant|commit|put\s+up))\s+(?:(?:an?|another|a\s+further|an\s+additional)\s+)?(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly|an\s+estimated)?\s*$/i;
/** Between "with X" and its figure, X's infinitive of giving: " to invest about", " set to provide". */
const WITH_PARTY_TO_GIVE_GAP = /^\s+(?:(?:is|are|was|were|being)\s+)?(?:set\s+|due\s+|expected\s+)?to\s+(?:invest|provide|lend|contribute|put\s+up|finance|fund|inject|spend)\s+(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly|an\s+estimated)?\s*$/i;
const UNIT_NOUNS = String.raw`(?:unit|subsidiary|arm|affiliate|division)`;
/** A company's possessive and its unit: "'s British unit", "'s local subsidiary", "’s investment arm". */
const POSSESSIVE_UNIT = String.raw`['’]s?\s+(?:[\p{Lu}][\p{L}-]*\s+|local\s+|overseas\s+|foreign\s+|investment\s+|venture\s+capital\s+)?${UNIT_NOUNS}`;
/** After a company's name, its possessive and unit. */
const UNIT_AFTER_POSSESSIVE = new RegExp(String.raw`^${POSSESSIVE_UNIT}\b`, 'u');
/** Right before a unit's own name: "Iberdrola's British unit ", "'s local subsidiary ". */
const UNIT_NAMED_BEFORE = new RegExp(String.raw`${POSSESSIVE_UNIT}\s+$`, 'u');
/** Right after a demonym, a unit noun: "British unit", "Indian subsidiary". */
const UNIT_NOUN_AFTER = new RegExp(String.raw`^\s+${UNIT_NOUNS}\b`, 'i');
/** After a figure, the plant it is given to: "in subsidies to the project", "in incentives for the factory". */
const TO_THE_PLANT_AFTER = /^[^.;]{0,60}?\b(?:to|for)\s+the\s+(?:project|plant|factory|facility|investment)\b/i;
/** A company's verb of building or investing: "will build", "plans to set up", "is investing". */
const BUILDS = /\b(?:will|to|is\s+to|plans\s+to|is|has)\s+(?:build|set\s+up|construct|open|develop|invest|building|setting\s+up|investing)\b/i;
const RELATIVE_GIVING_AFTER = /^\s+(?:(?:had|has|have)\s+)?(?:(?:already|previously|earlier|just|recently|also)\s+)?(?:approved|pledged|promised|lent|loaned|provided|extended|granted|agreed|committed|offered|disbursed|announced|signed|earmarked|allocated|deposited|invested)\b/i;
const ONE_AMOUNT = new RegExp(AMOUNT.source, 'i');
const OF_POSSESSOR_BEFORE = /\b(?:for|to|into|in|towards)\s+(?:the\s+|an?\s+)?(?:[\p{L}\d-]+\s+){0,4}of\s+(?:the\s+)?$/u;
// "with the British government contributing a grant of £500m": the participle's subject gives that figure.
const REST_BETWEEN = /\b(?:and|with|while)\s+the\s+(?:rest|remainder|balance)\b/i;
/** Between a contributor and its share in a list of shares: "Tarsa Bank with about $4bn". */
const SHARE_GAP = /^\s+with\s+(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly|an\s+estimated)?\s*$/i;
const WITH_BEFORE = /\bwith\s+(?:the\s+)?$/i;
// "Georgia signed a EUR 150m loan with the EBRD": the financing institution on the other side of the signature lends.
// ("signed financing agreements worth $1.2 billion with JBIC": the agreements' worth may stand between;
// "signed a €300m financing package on Monday with the EBRD": and the day it was signed; "signed a mandate letter with
// Export Development Canada, Société Générale and Standard Bank for a US$600-million senior loan": a loan's first paper.)
const INSTRUMENT_WITH_BEFORE =
  /\b(?:loans?|credits?|financing|facility|facilities|grants?|(?:loan|credit|financing|grant|facility)\s+(?:agreements?|packages?)|mandate\s+letters?|term\s+sheets?)(?:\s+worth\s+(?:about\s+|around\s+|up\s+to\s+)?(?:[$€£¥₹]|US\$|[A-Z][A-Za-z]{0,3}\$?\s?)?\s?[\d.,]+\s*(?:billion|million|bn|mn|m)?(?:\s+[a-z]+)?(?:\s*\([^()]{1,40}\))?)?(?:\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month))?\s+with\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+)?(?:branch|unit|subsidiary|arm|office)\s+of\s+(?:the\s+)?)?$/i;
/** After the lenders a paper was signed with, up to the figure: " for a", ", for up to", " worth about". */
const LENDERS_THEN_FIGURE_GAP = /^\s*(?:\([^()]{1,15}\))?,?\s+(?:for|worth|of)\s+(?:an?\s+|the\s+)?(?:(?:about|around|some|nearly|up\s+to|over|more\s+than|as\s+much\s+as)\s+)?$/i;
/** A prepayment signed with a party, right before it (and its role words): "a $150m offtake prepayment facility with commodity trader". */
const PREPAID_WITH_BEFORE = /\b(?:pre-?payments?|prepay)(?:\s+(?:facilit(?:y|ies)|deals?|agreements?|financing|arrangements?))?\s+(?:(?:on|last|this)\s+\w+\s+)?with\s+(?:the\s+|an?\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** Lenders of public money: development banks and export-credit agencies. */
const PUBLIC_LENDER_TYPES: readonly (FunderType | null)[] = ['development_bank', 'export_credit_agency'];
// "with ACWA Power and Masdar accounting for most of the total": a co-funder named before another is one too.
// ("with the Development Bank of Southern Africa (DBSA) participating": its acronym may come first.)
/** Between a giving participle and its figure: nothing but an article or a qualifier ("providing about"). */
const PARTICIPLE_OBJECT_GAP = /^\s*(?:(?:an?|the|another|a\s+further|an\s+additional|about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly)\s+)*$/i;
const GIVING_PARTICIPLE_AFTER = /^(?:\s*\([^()]{1,15}\))?(?:\s*(?:,|and|&)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s*){1,4})?(?:\s+(?:government|state|authorities|administration))?\s+(?:contributing|providing|lending|investing|putting\s+(?:up|in)|offering|extending|pledging|adding|injecting|chipping\s+in|accounting\s+for|participating|co-?financing|co-?lending|taking\s+part)\b/iu;
/** A state's aid right after its name: "German state aid", "French government subsidies". */
const STATE_AID_AFTER = /^\s+(?:state\s+aid|(?:state|government|public)\s+(?:subsid(?:y|ies)|support|grants?|funding)|subsid(?:y|ies))\b/i;
/** Words for money lent, for the two patterns after. */
// ("a $3bn currency swap line agreed with Qatar": a swap line is lent as a loan is.)
// ("has signed a $1.35 billion project finance package", "a debt package": money borrowed too.)
const LOAN_NOUNS = String.raw`(?:loans?|credits?|credit\s+lines?|financing|facility|facilities|(?:currency\s+)?swap(?:\s+lines?|\s+agreements?)?|(?:project\s+)?finance(?=\s+(?:package|facility|agreement|deal))|debt(?=\s+(?:package|facility|financing|deal)))`;
/**
 * Right before a country named as its state: "The Government of Japan", "the Government of the Republic of
 * Korea", "the Kingdom of", or by its head ("the President of Azerbaijan signed an order allocating"). The
 * state is the party, read with the words before its title.
 */
const STATE_TITLE_BEFORE = /\b(?:the\s+)?(?:governments?|republic|kingdom|sultanate|state|people['’]s\s+republic|federal\s+republic|president|prime\s+minister|cabinet)\s+of\s+(?:the\s+)?(?:(?:republic|kingdom|federal\s+republic|people['’]s\s+republic)\s+of\s+(?:the\s+)?)?$/i;
/** A state helped, named by its title: "to help the Government of", "enable the Republic of". */
const HELPED_STATE_BEFORE = /\b(?:help(?:s|ing)?|assist(?:s|ing)?|enable(?:s)?|enabling)\s+(?:the\s+)?(?:government|republic|kingdom)\s+of\s+(?:the\s+)?(?:republic\s+of\s+)?$/i;
/** Right before the first of two signatories told after a passive signing: "was signed here on Thursday between the". */
// ("between the Government of the Republic of Azerbaijan and the IsDB": a government named by its country.)
const SIGNED_BETWEEN_BEFORE = /\b(?:signed|sealed|inked|concluded)\b[^.;]{0,60}?\bbetween\s+(?:the\s+)?(?:government\s+of\s+(?:the\s+)?)?$/i;
/** Right before a party: talks held with it ("is in talks with", "negotiating with the"). */
// ("says negotiations with China Development Bank (CDB) on a $3.1bn loan": the talks as a noun.)
// ("talks were also under way with the United Arab Emirates for the rollover of $2bn": talks told in the passive.)
const TALKS_WITH_BEFORE = /\b(?:in\s+(?:(?:advanced|early|final|preliminary|detailed|exclusive|fresh|formal|late-stage)\s+)?(?:talks|negotiations|discussions)|negotiating|holding\s+talks|talking|(?:talks|negotiations|discussions)(?=\s+with\b)|(?:talks|negotiations|discussions)\s+(?:were|are|is|was|have\s+been|had\s+been)\s+(?:also\s+|now\s+|still\s+)?(?:under\s*way|underway|ongoing|continuing|being\s+held|held))\s+with\s+(?:the\s+)?$/i;
/** After the party talked with, what the talks are over, up to the figure: "over a budget support loan of nearly", "on a". */
const LOAN_TALKS_GAP = new RegExp(
  // ("in talks with the China Development Bank on financing of between $1.2 billion and ...": a loan noun with no article.)
  String.raw`^(?:\s*\([^()]{1,15}\))?\s+(?:over|on|about|for|regarding)\s+(?:(?:a|an|the|possible|new)\s+(?:(?:rollover|renewal|extension|refinancing)\s+of\s+(?:(?:the|its|their)\s+)?)?(?:(?:additional|further|fresh|new|possible|potential|second)\s+)?(?:(?:[\w-]+\s+){0,4}?${LOAN_NOUNS}\s+(?:of|worth)\s+(?:(?:about|around|some|nearly|almost|up\s+to|as\s+much\s+as|more\s+than|over|between)\s+)?)?|${LOAN_NOUNS}\s+(?:of|worth)\s+(?:(?:about|around|some|nearly|almost|up\s+to|as\s+much\s+as|more\s+than|over|between)\s+)?)$`,
  'i',
);
const LOAN_NOUN = new RegExp(String.raw`\b${LOAN_NOUNS}\b`, 'i');
// ("a $2.7bn preferential buyer's credit": a possessive among the words before the noun.)
const LOAN_NOUN_AFTER = new RegExp(String.raw`^\s*(?:[\w'’-]+\s+){0,3}?${LOAN_NOUNS}\b`, 'i');
/** The talks after a party (at `partyEnd`) are over a loan, the figure's (at [start, end)): "in talks with China on a $2bn loan". */
function loanTalkedOver(s: string, partyEnd: number, start: number, end: number, lender = false): boolean {
  const gap = LOAN_TALKS_GAP.exec(s.slice(partyEnd, start));
  // ("for the rollover of $2bn in deposits": money rolled over is lent again.)
  // ("Talks are also under way with the OPEC Fund on a further $50 million for grain storage": more money from a lender.)
  // ("for a $1.5 billion (Sh194 billion) loan": past the figure's conversion in brackets.)
  const after = s.slice(end, end + 90).replace(/^\s*\([^()]{1,40}\)/, '');
  if (gap) return LOAN_NOUN.test(gap[0]) || /\b(?:rollover|renewal|refinancing)\b/i.test(gap[0]) || LOAN_NOUN_AFTER.test(after.slice(0, 50)) || (lender && /\b(?:further|additional|fresh)\s*$/i.test(gap[0]));
  // "in talks with DBS Bank, OCBC and JBIC to raise between US$1.5 billion and US$1.8 billion in project loans".
  return TALKS_TO_RAISE_GAP.test(s.slice(partyEnd, start)) && LOAN_NOUN_AFTER.test(after.slice(0, 50));
}
const TALKS_TO_RAISE_GAP = /^(?:\s*\([^()]{1,15}\))?\s+to\s+(?:raise|secure|borrow|obtain|arrange)\s+(?:(?:between|up\s+to|about|around|some|nearly|as\s+much\s+as|more\s+than|over)\s+)?$/i;

/** Where the parties talked with end: the last of those coordinated with `m` ("with DBS Bank, OCBC and JBIC"). */
function talkedWithEnd(a: Analysed, m: EntityMention): number {
  let end = m.end;
  for (const n of coordinated(a, m)) end = Math.max(end, n.end);
  return end;
}
/**
 * "The ADB is in talks with EVN": a lender before talks with a party that lends nothing (which borrows, if a loan is
 * talked over). ("The IMF is in talks with Egypt": an institution of no country, before talks with a country.)
 */
function lenderTalksWithBorrower(a: Analysed, m: EntityMention): boolean {
  if (isOrg(m) && FINANCIER_TYPES.includes(m.type)) return false;
  return lenderNamedBefore(a, m) || (m.kind === 'country' && a.mentions.some((x) => x.end <= m.start && isOrg(x) && x.type === 'other' && x.country === null));
}
/** Whether a lender (an organisation of a financier's type) is named before `m`. */
function lenderNamedBefore(a: Analysed, m: EntityMention): boolean {
  return a.mentions.some((x) => x.end <= m.start && isOrg(x) && FINANCIER_TYPES.includes(x.type));
}
/**
 * "KfW signed a 300 million euro loan agreement with State Bank of India": a commercial bank a public lender (a
 * development bank, an export-credit agency) signs a loan with borrows it, to lend on; the other way round, "Access Bank
 * signed a $100m loan with the IFC", the public lender lends.
 */
function lentOnBy(a: Analysed, m: EntityMention): boolean {
  // ("BADEA has signed a US$50 million line of credit with the Infrastructure Development Bank of Zimbabwe": a
  // multilateral lender's loan to a country's own development bank, too.)
  // (Its country may be only in its name: "of Zimbabwe".)
  const national = m.type === 'development_bank' && (m.country !== null || a.mentions.some((c) => c.kind === 'country' && c.start >= m.start && c.end <= m.end));
  if (m.type !== 'bank' && !national) return false;
  // (The public lender on the other side of the "with", not one listed beside the bank: "with Export Development Canada,
  // Société Générale and Standard Bank".)
  return a.mentions.some((x) => x.end <= m.start && isOrg(x) && PUBLIC_LENDER_TYPES.includes(x.type) && (!national || x.country === null) && /\bwith\b/i.test(a.sentence.slice(x.end, m.start)));
}
/** A loan told with the participle of its agreement, right before the other party: "a loan agreed with the", "credit line signed with". */
const INSTRUMENT_AGREED_WITH_BEFORE = new RegExp(String.raw`\b${LOAN_NOUNS}\s+(?:agreed|signed|negotiated|arranged|secured|concluded)\s+(?:\w+\s+){0,2}?with\s+(?:the\s+)?$`, 'i');
/** A loan signed with a group a lender leads, right before the lender: "a loan agreement ... with a consortium of Chinese banks led by the", "with five international banks led by". */
const INSTRUMENT_WITH_GROUP_BEFORE = new RegExp(String.raw`\b${LOAN_NOUNS}\b[^.;]{0,80}?\bwith\s+(?:an?\s+|the\s+)?(?:(?:consortium|syndicate|group|club)\s+of\s+[^.;]{0,50}?|(?:[\w-]+\s+){0,3}(?:banks|lenders)\s+)\bled\s+by\s+(?:the\s+)?$`, 'i');
/** A loan led by a lender, right before it: "a $450 million project finance facility led by the". */
const INSTRUMENT_LED_BY_BEFORE = new RegExp(String.raw`\b${LOAN_NOUNS}\s+(?:[\w-]+\s+){0,2}?led\s+by\s+(?:the\s+)?$`, 'i');
/** Right before a figure, its signing: "has signed a", "signed an". */
const SIGNED_BEFORE_FIGURE = /\b(?:signed|inked|sealed|concluded|closed|secured)\s+(?:an?\s+|the\s+)?(?:(?:about|around|up\s+to|some)\s+)?$/i;
const LENDER_LIST_BEFORE = /\b(?:lenders|financiers|banks|investors|backers|institutions|partners|funders|donors|creditors)\s+(?:including|such\s+as|like|led\s+by|comprising)\s+(?:the\s+)?$/i;
// Up to two words may stand between the financier and the instrument ("Kestrel Bank's project financing"), but not a verb ("Kenya secures financing")
// nor a preposition or article ("invest $1.6 billion in Pakistan under a package").
const INSTRUMENT_AFTER = /^(?:['’]s?)?\s+(?:(?![\p{Ll}]+(?:ed|es)\b|(?:gets|got|wins|won|seeks|needs|wants|has|have|had|is|are|was|were|be|been|will|would|could|can|may|to|for|of|in|and|or|with|from|under|as|at|on|by|a|an|the|via|through|after|during)\b)[\p{Ll}-]+\s+){0,2}(?:financing|funding|loans?|credits?|credit\s+lines?|lines?\s+of\s+credit|investments?|grants?|deposits?|facility|package|support|assistance|backing|guarantees?|debt|finance|money|(?<!new\s)capital(?!\s+(?:city|region|district|[\p{Lu}]))|aid|cash|bailout|lending)\b(?!\s+(?:ministry|ministries|minister|ministers|department|secretary|committee|chief|director|officials?|division|commission|agency|authority)\b)/u;
// "X and Y", "X, Y and the Z", "X and France's AFD" (a possessor country before the next party).
const COORDINATION = /^\s*\)?\s*(?:\([^)]*\)\s*)?(?:,\s*|\s+and\s+|\s+&\s+|,\s*and\s+|\s+as\s+well\s+as\s+|\s+along\s+with\s+|\s+together\s+with\s+)(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*(?:\s[\p{Lu}][\p{L}.-]*)?['’]s\s+)?$/u;
const ADJECTIVE_SLOT = /(?:\b(?:the|a|an|of|in|for|to|its|their|and|on|with|from|by|as|into|at|more|other|key|major|largest|biggest)|\d|[$€£¥%])\s*$/i;
const BACKED_AFTER = /^[-‐‑](?:backed|funded|financed|sponsored|led|supported|bankrolled)\b/;
/** Between a backer's demonym and the company it backs: "-backed " in "Chinese-backed Boké Alumina Refinery Company". */
const BACKED_GAP = /^[-‐‑](?:backed|funded|financed|sponsored|supported|bankrolled)\s+$/;
// "Kenya's willingness to lend", "Ghana's pledge of": the possessor gives. "Kenya's push to close a loan" is the borrower's.
const POSSESSOR_INTENT = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:to\s+(?:lend|invest|spend|provide|finance|fund|give|grant|extend|inject|deposit|offer|pledge|commit|acquire|buy|back|support|put|pour|plough|plow)|of)\b/u;
/** "Surigao Pacific Nickel Corp said on Tuesday it had received": a company speaking of itself, before what it did. */
const SAID_IT_AFTER = /^\s+(?:said|says|announced)(?:\s+on\s+\w+)?(?:\s+that)?(?=\s+it\s)\s+it/;
const RECEIVE_AFTER = /^(?:\s+(?:has|have|had|will|would|could|is|was|are|to|be|been|also|now|set|expected|likely|just|already|plans?|planning|aims?|aiming|seeks?|seeking|hopes?|hoping|intends?|wants?|looking|needs?|today|announced\s+(?:that\s+)?it))*\s+(?:(?:reach(?:es|ed)?|achiev(?:es|ed)?)\s+financial\s+close|receive[sd]?|get|gets|got|secure[sd]?|obtain(?:s|ed)?|won|wins|win|attract(?:s|ed)?|borrow(?:s|ed)?|raise[sd]?|raising|clos(?:e|es|ed|ing)(?=(?:[^.;]|\.(?=\d)){0,60}\b(?:round|series\s+[a-f]|seed|pre-seed|fundraise|fundraising|funding|financing)\b))\b(?!\s+(?:(?:its|their|the|new|critical|reliable|long-term)\s+)*(?:supplies|supply|access|minerals|energy|oil|gas|food|votes|support\s+for|its\s+borders|borders|peace|the\s+release|release|contracts?|orders?|tenders?|approval|approvals|permits?|licences?|licenses?|rights|market\s+share)\b)/i;
// ("is considering a request from Islamabad to place a deposit": a request from another is not the subject's.)
// ("has reached financial close on $212 million of senior debt": the project company's own borrowing closed.)
const RECEIVE_VERB = /\b(?:(?:reach(?:es|ed|ing)?|achiev(?:es|ed|ing)?)\s+financial\s+close|receive[sd]?|receiving|get|gets|got|getting|secure[sd]?|securing|obtain(?:s|ed)?|won|wins|win|attract(?:s|ed)?|lines?\s+up|lined\s+up|lining\s+up|lands|landed|bags|bagged|taps|tapped|seek(?:s|ing)?|sought|raise[sd]?|raising|borrow(?:s|ed)?|need(?:s|ed)?|requested|request(?:s)?(?!\s+from\b)|asked\s+for)\b/i;
/** Before a receiver: money given to it, "a loan of up to US$100 million to", "$35 million in equity to". */
const MONEY_TO_BEFORE = /\b(?:loans?|credit(?:\s+lines?)?|grants?|financing|facility|investment|equity|funding|package)\b[^.;]{0,60}?\d[^.;]{0,40}?\bto\s+(?:the\s+)?$|\d[^.;]{0,30}?\b(?:loans?|credit(?:\s+lines?)?|grants?|financing|facility|investment|equity|funding|package)\s+to\s+(?:the\s+)?$/i;
/** Right after a party: its financing closed ("today announced financial close for", "has reached financial close on"). */
const FINANCIAL_CLOSE_AFTER = /^(?:\s+(?:has|have|had|today|on\s+\w+|announced(?:\s+that\s+it)?|said\s+(?:that\s+)?it\s+(?:has|had)|reached|achieved))*\s+(?:reached|achieved|announced|completed|closed)\s+(?:the\s+)?financial\s+close\b/i;
/** Before an agent after the figure: a deal told before, cleared by it ("and the investment has been approved by"). */
const DEAL_CLEARED_BY_BEFORE = /\b(?:the|this|that|its|their)\s+(?:investment|deal|project|plan|acquisition|transaction|purchase|takeover|merger|stake\s+sale)\s+(?:has|have|had|was|were|is|are|will|must|still\s+needs?\s+to)\s+(?:be\s+|been\s+|already\s+been\s+)?(?:approved|cleared|authori[sz]ed|endorsed|greenlit|vetted)\s+(?:(?:on\s+\w+|this\s+week|last\s+week)\s+)?by\s+(?:the\s+)?$/i;
/** Right after a party, up to past its figure: its financing closed ("closes $1.1 billion financing", "has completed a $40m debt raise"). */
const CLOSES_FINANCING_AFTER = /^\s+(?:(?:has|have|had|just|now|today)\s+)*(?:clos(?:e|es|ed)|complet(?:e|es|ed))\s+(?:(?:its|a|an|the)\s+)?(?:[^.;]|\.(?=\d)){0,40}?\b(?:financing|funding|fundraising|fund-raising|debt\s+raise|capital\s+raise)\b/i;
/** Right after a party: a sale of its own bonds ("sold $1.5bn of eurobonds"), whose money it receives. */
const BONDS_SOLD_AFTER = new RegExp(String.raw`^\s+(?:(?:has|have|had)\s+)?${BOND_SALE_VERBS}\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\b${BOND_NOUNS}\b`, 'i');
/**
 * Right after a party: a loan it signed with no named counterpart, with lenders it does not name or
 * none ("Ghana's Cocobod has signed a $1.3bn syndicated loan with a group of banks", "Kenya signed a
 * $500m loan with a consortium of lenders"): the signatory borrows. A counterpart named after "with",
 * "to" or "from" (or "for", but not "for the": "a long-term financing for the Pamplona-Cúcuta highway concession" is
 * a project's) decides otherwise (signedWithLender, INSTRUMENT_AGREED_WITH_BEFORE), and a lender signing is left to them
 * too (FINANCIER_TYPES).
 */
// (Built with its counterpart words: a company's loan "for the X concession" is a project's, COUNTRY_SIGNS_OWN_LOAN_AFTER below.
// No counterpart before the loan's noun either: "signed a €7.4 billion partnership with Egypt, including €5 billion in loans".)
const signsOwnLoanAfter = (counterpart: string) =>
  new RegExp(
    String.raw`^\s+(?:(?:has|have|had|on\s+\w+day)\s+)?(?:signed|signs|inked|inks|sealed|seals|concluded|closed)\s+(?:an?\s+)?(?:(?!\b(?:with|to|from)\s)(?:[^.;]|(?<=\d)\.(?=\d))){0,80}?\b${LOAN_NOUNS}(?:\s+(?:agreement|deal|accord|package)s?)?\b(?!(?:[^.;]|(?<=\d)\.(?=\d)){0,90}?\b${counterpart}(?!(?:a|an|local|foreign|international|commercial|regional|domestic|several|\w+\s+banks|\w+\s+lenders)\b)\p{Lu})`,
    // (Case-sensitive: the counterpart's capital letter tells a name from "to buy aircraft".)
    'u',
  );
const SIGNS_OWN_LOAN_AFTER = signsOwnLoanAfter(String.raw`(?:(?:with|to|from)\s+(?:the\s+)?|for\s+)`);
/** For a country signing: "Japan had signed a 95 billion yen loan for the Dhaka Mass Rapid Transit" lends, whatever it is for. */
const COUNTRY_SIGNS_OWN_LOAN_AFTER = signsOwnLoanAfter(String.raw`(?:with|to|from|for)\s+(?:the\s+)?`);
/**
 * `m` alone signs a loan of its own (SIGNS_OWN_LOAN_AFTER): not a lender, and not the second of two
 * signatories ("Egypt and the IMF signed an agreement for a $3bn loan" leaves the two to the rules of signatories).
 */
function signsOwnLoan(a: Analysed, m: EntityMention): boolean {
  const s = a.sentence;
  // ("Minera Altiplano Rojo, the joint venture between Canada's X and Japan's Y, has closed": past its appositive; past the
  // last full stop of a dotted legal form, "Polenergia S.A.", which the name leaves out.)
  const dotted = /\.[A-Za-z]\.$/.test(s.slice(m.end - 2, m.end + 1)) ? 1 : 0;
  const end = appositiveEnd(a, m) + dotted;
  // (Most parties are followed by no verb of signing: a literal test spares the pattern.)
  const after = s.slice(end, end + 40);
  if (!/sign|ink|seal|conclu|clos/i.test(after)) return false;
  // (Past an appositive, not when it signs with a group of givers: the group is then read as the giver the party signs
  // with, further on, "Avaada Electro, the manufacturing arm of Avaada Group, has signed ... with Japanese lenders".)
  if (end !== m.end + dotted && SIGNS_WITH_GIVERS_AFTER.test(s.slice(end, end + 200))) return false;
  if (FINANCIER_TYPES.includes(m.type)) return false;
  // ("Equinor ASA and Polenergia S.A. have signed financing agreements ... with 27 Polish and international lenders": two
  // signatories signing with givers named only as a group both borrow.)
  const last = coordinated(a, m).at(-1)!;
  if (SIGNS_WITH_GIVERS_AFTER.test(s.slice(last === m ? end : last.end, end + 200))) return true;
  return !/\b(?:and|&)\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, m.start - 12), m.start)) && (m.kind === 'country' ? COUNTRY_SIGNS_OWN_LOAN_AFTER : SIGNS_OWN_LOAN_AFTER).test(s.slice(end, end + 140));
}
/**
 * "The Philippines signed a $7.8 billion Just Energy Transition Partnership with a group of wealthy nations and
 * private lenders": whatever it signed, a party signing with givers named only as a group receives.
 */
const SIGNS_WITH_GIVERS_AFTER = /^\s+(?:(?:has|have|had|on\s+\w+day)\s+)?(?:signed|signs|inked|inks|sealed|seals|concluded|clinched|struck)\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,110}?\bwith\s+(?:a\s+(?:group|consortium|coalition|club|syndicate)\s+of\s+|its\s+)?(?:(?:[\w-]+|and)\s+){0,4}?(?:nations|countries|governments|donors|lenders|creditors|banks|financiers|investors|development\s+partners)\b/i;
const GIVE_VERB_BEFORE = /\b(?:lend|lends|lent|lending|loan|loans|loaned|give|gives|gave|given|giving|grant|grants|granted|provide|provides|provided|providing|offer|offers|offered|offering|extend|extends|extended|extending|pay|pays|paid|send|sends|sent|deposit|deposits|deposited|inject|injects|injected|promise|promises|promised|promising)\s+(?:to\s+)?(?:the\s+)?$/i;
// ("with four Chinese companies": a count may stand between.) "to help rebuild Syria", "for the
// reconstruction of Gaza": what the money rebuilds or develops receives it.
// ("will invest £1.3bn in upgrading Scotland's grid": what the money upgrades is where it goes.)
/** After a possessive, a group of givers: "Ukraine's allies", "Kenya's development partners", "Sri Lanka's creditors". */
const GIVERS_OF_AFTER = /^['’]s?\s+(?:(?:western|international|foreign|gulf|european|main|key|bilateral|official|development)\s+){0,2}(?:allies|partners|donors|backers|friends|creditors|lenders|supporters)\b/i;
/** Right before a party: "backed by an", "covered by a": its guarantee or cover follows. */
const BACKED_BY_A_BEFORE = /\b(?:backed|covered|secured|insured|underpinned|supported|guaranteed)\s+by\s+(?:an?|the|its)\s+$/i;
/**
 * A sentence that opens by naming the source of the money just told: "The money will come from the state-owned Japan
 * Bank for International Cooperation", "It is being provided by Denmark through its development agency Danida", "The
 * financing comes from the International Development Association".
 */
const SOURCE_NEXT = /^\W*(?:The|This|That|It|Its)\s+(?:(?:[\w-]+\s+){0,2}?(?:money|loan|loans|financing|finance|funds|funding|credit|grant|facility|package|sum|amount|investment)\s+)?(?:(?:will|would|is\s+to)\s+come|comes|came|is\s+coming|(?:is|was|will\s+be|is\s+being|are\s+being)\s+(?:provided|extended|lent|financed|funded|granted|given))\s+(?:from|by)\s+/i;

/** The first organisation or country after the opening "from"/"by" of a SOURCE_NEXT sentence: the source it names. */
function sourceNamedNext(n: Analysed): Scored | null {
  const m = SOURCE_NEXT.exec(n.sentence);
  if (!m) return null;
  const from = m.index + m[0].length;
  const first = n.parties.find((p) => p.start >= from && p.start < from + 60 && !n.places.has(p) && (isOrg(p) || (p.kind === 'country' && p.via !== 'demonym')));
  const party = first ? partyIn(n, first) : null;
  return party ? { parties: [party], strength: 5, at: 0 } : null;
}

/** Right before a lender's name, its role words after "with": "with German development bank ", "with state-owned lender ". */
const LENDER_ROLE_TAIL = /\s(?:[\p{Lu}][\p{L}-]*\s+)?(?:state-owned\s+|state\s+|development\s+|multilateral\s+|commercial\s+|policy\s+|export[- ]credit\s+)*(?:bank|lender|financier|agency|fund|institution)\s+$/u;
/** A cover from a party, not money from it: "backed by guarantees from the European Union", "with risk cover from MIGA". */
const COVER_FROM_BEFORE = /\b(?:guarantees?|guaranteed|cover|insurance|insured|backstop|counter-guarantees?)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$/i;
/** Money named as going to an organisation: "new money for the", "fresh cash to", "contributions to the". */
// (Or a sum given: "will contribute a further A$75 million ($49 million) to the Pacific Resilience Facility"; not arrears
// "of roughly $15 million to the World Bank".)
const MONEY_FOR_BEFORE = /(?:\b(?:money|cash|funds|funding|financing|pledges?|contributions?|donations?|resources|capital|support|replenishment)|\b(?:contribut(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|give|gives|gave|donat(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|commit(?:s|ted|ting)?)\s+(?:(?:a|an|another|further|additional|some|about|around|nearly|over|more\s+than|up\s+to)\s+)*\S*\d[\d.,]*\s*(?:billion|million|bn|mn|m|crore)?\b(?:\s+[a-z]+)?(?:\s*\([^()]{1,40}\))?)\s+(?:(?:for|to|into)\s+)(?:the\s+)?$/i;
const RECIPIENT_BEFORE = /\b(?:(?:(?:to|will|would|could|can|should|also)\s+(?:help|support|assist|aid|(?:help\s+(?:to\s+)?)?(?:finance|fund|back|bolster|shore\s+up))|(?:to|for|towards?|will|would|could|can|should|also)\s+(?:help\s+(?:to\s+)?)?(?:rebuild(?:ing)?|reconstruct(?:ing)?|restor(?:e|ing)|develop(?:ing)?|stabili[sz](?:e|ing)|electrify(?:ing)?|moderni[sz](?:e|ing)|strengthen(?:ing)?|upgrad(?:e|ing)|expand(?:ing)?|improv(?:e|ing))|(?:reconstruction|rebuilding|recovery|restoration|development|stabili[sz]ation|electrification|moderni[sz]ation)\s+of|in\s+(?:upgrading|expanding|moderni[sz]ing|improving|strengthening|building|developing|rebuilding)|to|for|into|towards|toward|in|near|outside|benefiting|benefitting|with))\s+(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,3})\s+)?$/i;
/** "to help rebuild south Lebanon": a part of a country named by its direction, rebuilt, is that country's. */
const REBUILD_DIRECTION_BEFORE = new RegExp(String.raw`\b(?:rebuild(?:ing)?|reconstruct(?:ing)?|restor(?:e|ing)|stabili[sz](?:e|ing))\s+(?:the\s+)?${DIRECTION}\s+$`, 'i');
// A neighbour's "invest ... in X": the country invested in (its "in X" alone may be where something happens).
const INVEST_IN_BEFORE = /\binvest(?:s|ed|ing|ments?)?\b(?:(?!\.\s)[^;]){0,80}\b(?:in|into)\s+(?:the\s+)?$/i;
/** Money put into what a country owns: "will deposit $1bn in", "injected $500m into" (a neighbour naming it receiving). */
const PUT_IN_BEFORE = /\b(?:deposit(?:s|ed|ing)?|inject(?:s|ed|ing)?|pour(?:s|ed|ing)?|plough(?:s|ed|ing)?)\b(?:(?!\.\s)[^;]){0,60}\b(?:in|into)\s+(?:the\s+)?$/i;
// "Turkey's investment in Georgia will total $2bn": the country a giving noun goes into, before the figure.
const INVESTMENT_IN_BEFORE = /\b(?:investments?|loans?|lending|financing|aid|assistance|grants?)\s+(?:in|to|into|for)\s+(?:the\s+)?$/i;
const IN_BEFORE = /\b(?:in|into)\s+(?:the\s+|an?\s+)?$/i;
// ("pledged $2.1 billion to help rebuild south Lebanon": money to rebuild a country, in part named by its direction, goes to it.)
const STRICT_RECIPIENT_BEFORE = new RegExp(
  String.raw`\b(?:to|for|into|towards|toward|(?:agreements?|deals?|accords?|memorand(?:ums?|a)|mous?)\s+with)\s+(?:the\s+)?$|\b(?:help\s+(?:to\s+)?)?(?:rebuild|reconstruct|restore|stabili[sz]e)\s+(?:the\s+)?(?:${DIRECTION}\s+)?$`,
  'i',
);
// "signed MoUs worth Rs 2.5 lakh crore with 58 companies", "Foreign investors pledged $3bn": the
// sentence names its counterparty, only not by name; a neighbour's funder is not it. ("The lenders
// signed ..." points back to lenders named before, so a subject with "the" is not such a party.)
const GENERIC_PARTY_NOUNS = 'companies|firms|investors|businesses|corporations|lenders|developers|enterprises|conglomerates|entities|institutions|financiers|banks|donors|backers|partners|sponsors';
// ("with 27 Polish and international lenders": two words may describe them.)
const GENERIC_PARTY_ADJECTIVE = String.raw`(?:private|foreign|local|international|domestic|overseas|global|regional|institutional|individual|other|unnamed|unidentified|commercial|state-owned|participating|(?!(?:The|These|Those|This|That|Its|Their|Our|Such|All|Both)\b)[A-Z][a-z]+)`;
const GENERIC_PARTY_WORDS = String.raw`(?:(?:some|several|various|multiple|many|numerous|dozens of|hundreds of|scores of|a number of|a group of|a consortium of|a syndicate of|a club of|more than|over|about|around|nearly|almost|at least|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\s+)*(?:${GENERIC_PARTY_ADJECTIVE}\s+(?:(?:and|or)\s+${GENERIC_PARTY_ADJECTIVE}\s+)?)?(?:${GENERIC_PARTY_NOUNS})`;
const SPEAKER_OF_OTHERS = new RegExp(String.raw`^[^.;]{0,40}?\b${REPORTING}\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:the\s+|its\s+|their\s+)?${GENERIC_PARTY_WORDS}\b`, 'i');
// "The financing is part of a $3.5bn debt package": the subject is the part; the whole's funder is not its.
const PART_OF_BEFORE = /\b(?:part|portion|share|component)\s+of\s+(?:a|an|the)\s+$/i;
/** Between two clauses with subjects of their own: "; ", ", while", ", whereas", ", but". */
// (", and €450 million in financing ... was approved": a clause opened by a figure of its own.)
export const OTHER_CLAUSE = /;|,\s+(?:while|whereas|but)\s|,\s+and\s+(?:(?:a|an|another|a\s+further|some|about|around|nearly|over|more\s+than|up\s+to)\s+)?(?:[$€£¥₹]|(?:US|EUR|USD|GBP|[A-Z][a-z]?\$?)\s?\d|\d)/;

/** Where the last clause boundary (OTHER_CLAUSE) before `at` starts, or -1. */
function lastClauseBoundary(text: string, at: number): number {
  let last = -1;
  eachMatch(OTHER_CLAUSE_ALL, text.slice(0, at), (m) => (last = m.index));
  return last;
}
const OTHER_CLAUSE_ALL = new RegExp(OTHER_CLAUSE.source, 'g');
/** A verb of giving right before its figure, with no object between: "said it would contribute", "will add a further". */
const GAPPED_GIVING_BEFORE = /\b(?:contribut(?:e|es|ed|ing)|give|gives|gave|giving|donat(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|offer(?:s|ed|ing)?|add(?:s|ed|ing)?|commit(?:s|ted|ting)?|put\s+up|puts\s+up)\s+(?:(?:a\s+further|another|an\s+additional|about|around|some|nearly|almost|over|more\s+than|up\s+to|roughly)\s+)*$/i;

/** Whether a clause boundary stands between `span` and the figure at [figure.start, figure.end) in `text`. */
export function inOtherClause(text: string, span: { start: number; end: number }, figure: { start: number; end: number }): boolean {
  return OTHER_CLAUSE.test(span.start >= figure.end ? text.slice(figure.end, span.start) : text.slice(span.end, figure.start));
}
const ISSUER_BEFORE = /\b(?:bonds?|notes?|sukuk|securities|debentures|shares|paper)\s+(?:(?:to\s+be|being|that\s+(?:was|were|will\s+be))\s+)?(?:issued|sold|floated|offered)\s+by\s+(?:the\s+)?$/i;
/** Verbs of buying, before what is bought. */
const BUY_VERBS = String.raw`(?:buy|buys|bought|buying|acquire[sd]?|acquiring|purchase[sd]?|purchasing|take\s+over|takes\s+over|took\s+over)`;
/** The share of a company bought, before its trade: "a 30% stake in", "a majority interest in", "a quarter of", "51% of". */
const BOUGHT_SHARE = String.raw`(?:a\s+(?:(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|majority|minority|controlling)\s+)?(?:stake|interest)\s+in\s+|(?:a\s+(?:quarter|third|fifth|tenth)|half|two-thirds|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))\s+of\s+)`;
const BUY_BEFORE = new RegExp(String.raw`\b${BUY_VERBS}\s+(?:the\s+|a\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+)?stake\s+in\s+)?$`, 'i');
/**
 * BUY_BEFORE past the lower-case words of a trade, after a country's adjective or not: "agreed to buy Dutch e-bike
 * distributor ", "will acquire chipmaker " (case-sensitive; no word that joins clauses: "to buy cars and Hyundai will").
 */
// ("is to buy a quarter of Cardiff-based chipmaker IQE": a home told as "-based" too.)
const BUY_DESCRIBED_BEFORE = new RegExp(String.raw`\b${BUY_VERBS}\s+${BOUGHT_SHARE}?(?:\p{Lu}\p{Ll}+(?:-based)?\s+)?${TRADE_WORDS}$`, 'u');
/** Before a company: the share of it a sum is paid for, "for the 75% of", "for a further 20 per cent of". */
const PERCENT_PAID_FOR_BEFORE = /\bfor\s+(?:the|a|an)\s+(?:remaining\s+|further\s+|additional\s+|other\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+(?:stake\s+)?(?:of|in)\s+(?:the\s+)?$/i;
// ("an investment forum in Riyadh": where an event was held, not who receives.)
const LOCAL_NOUN = /\b(?:in\s+local|locally|in\s+the\s+country|domestic\s+(?:plants?|factories|projects?))\b/i;
/** A sale before the figure: "agreed to sell a 30% stake in X to Y for". */
// ("agreed to sell a 30% stake in the project to Japan's Mitsui & Co in a deal worth $870 million": the deal's worth too.)
// (And its parts: "..., including $520 million to be paid at closing and as much as $350 million in deferred payments".)
const SOLD_TO_BEFORE = /\b(?:sell|sells|sold|selling)\b[^.;]*\bto\s+[^.;]*\b(?:for|in\s+a\s+(?:deal|transaction|sale)\s+(?:worth|valued\s+at))\s+(?:[$€£¥₹]\s?[\d.,]+\s*(?:billion|million|bn|mn|m)?,?\s+(?:including|of\s+which)\s+[^.;]*?)?(?:about|around|some|nearly|almost|over|more\s+than|roughly|up\s+to|as\s+much\s+as)?\s*$/i;
/** A town and a comma before the state it is in: "Cartersville, " in "in Cartersville, Georgia". */
// ("in Pickens County, South Carolina": a town or county of two or three words.)
const TOWN_BEFORE = /\b(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+,\s$/;
/** A place's government named by its title: "the province of " before "Neuquén", " Municipality" after "Yerevan". */
const LOCAL_GOVERNMENT_BEFORE = /\bthe\s+(?:province|state|city|municipality|region|department|county|prefecture|governorate|oblast|district|emirate)\s+of\s+$/i;
const LOCAL_GOVERNMENT_AFTER = /^\s+(?:Municipality|Metropolitan\s+Municipality|City\s+Council|City\s+Hall|County\s+Council|(?:Provincial|State|County|Regional|City|Municipal|Metropolitan)\s+Government|Governorate|Mayor(?:['’]s)?\s+Office)\b/;
// ("a €40m loan from the European Investment Bank, which was signed in Luxembourg": where a deal was signed.)
const EVENT_IN_BEFORE = /\b(?:gathered|gathering|met|meeting|convened|convening|assembled|conferred|signed|inked)\s+(?:in|at)\s+(?:the\s+)?$/i;
const SUPPORTED_TRADE_AFTER = /^(?:['’]s?)?\s+(?:[\p{L}-]+\s+){0,3}?(?:exports?|imports?|exporters|equipment|goods|products|jobs|workers|suppliers)\b/iu;
const COMPONENTS_GAP = /\b(?:combining|combines|blending|blends|mixing|comprising|including)\b[^.;]{0,80}$/i;
const CO_FINANCIER_BEFORE = /\b(?:(?:co-?financ|co-?fund|co-?lend|co-?invest)\w*\s+(?:\w+\s+){0,2}?with|together\s+with|jointly\s+with|alongside)\s+(?:the\s+)?$/i;
const EXPORTED_TO_BEFORE = /\b(?:export(?:s|ed|ing)?|ship(?:s|ped|ping)?|sold|sell(?:s|ing)?|supplied|suppl(?:y|ies|ying)|deliver(?:s|ed|ing)?)\s+(?:(?:mainly|mostly|largely|primarily|chiefly)\s+)?to\s+(?:the\s+)?$/i;
/** "with IDA Ireland support", "with EU backing": a party whose support a deal has is a co-funder, not its counterparty. */
// ("with Ghana funding the remaining $240m" is a participle, the giver's own clause: "funding" is the noun only at a clause's end.)
const SUPPORT_NOUN_AFTER = /^(?:['’]s)?\s+(?:(?:support|backing|help|aid|assistance|guarantees?)\b|(?:funding|financing)(?=\s*(?:[,.;:)]|$)))/i;
/** The currencies of the countries that lend in their own as governments ("a 165.6 billion yen loan"), as figures write them. */
const LENDERS_OWN_CURRENCY: ReadonlyMap<string, RegExp> = new Map([
  ['Japan', /\byen\b|¥|\bJPY\b/i],
  ['China', /\byuan\b|\brenminbi\b|\bRMB\b|\bCNY\b/i],
  ['South Korea', /\bwon\b|₩|\bKRW\b/],
  ['Australia', /\bA\$|\bAU\$|\bAUD\b|\bAustralian\s+dollars?\b/],
  ['New Zealand', /\bNZ\$|\bNZD\b|\bNew\s+Zealand\s+dollars?\b/],
  // ("The United Arab Emirates and the Republic of Serbia today signed 16 agreements ... worth more than AED11 billion".)
  ['United Arab Emirates', /\bAED|\bDhs?(?=\s?\d)|\bdirhams?\b/],
]);

/** Of two governments, the one whose own currency a figure is in (the other's not), or null. */
function ownCurrencyLender(parties: readonly Party[], figure: string): Party | null {
  const own = parties.filter((p) => p.country !== null && (LENDERS_OWN_CURRENCY.get(p.country)?.test(figure) ?? false));
  return own.length === 1 ? own[0]! : null;
}

/** "Tsubame will pay with cash on hand and a 2.2 billion pound bridge loan from": a buyer paying with a loan borrows it. */
const PAYS_WITH_AFTER = /^\s+(?:(?:will|would|plans\s+to|is\s+to|intends\s+to|is\s+set\s+to)\s+)?(?:pay|fund|finance)(?:s|ed|ing)?\s+(?:(?:for\s+)?(?:the|its|this)\s+(?:purchase|deal|acquisition|takeover|transaction|bid|offer)\s+)?(?:(?:partly|partially|largely|mostly|in\s+part)\s+)?(?:with|through|using)\b/i;
/** "has confirmed to NOS", "said to Reuters": whom a statement was made to, not whom money goes to. */
const STATEMENT_TO_BEFORE = /\b(?:confirmed|said|stated|explained|disclosed|revealed|announced|reported|wrote|declared)\s+to\s+(?:the\s+)?$/i;
const VISIT_TO_BEFORE = /\b(?:visit|visits|trip|tour|travel|delegation|mission|summit|forum|conference|meeting|ceremony|talks|exhibition|expo|roadshow|gathering)\s+(?:held\s+)?(?:to|in|at)\s+(?:the\s+)?$/i;
const SOURCE_HOME_BEFORE = new RegExp(String.raw`\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:${GENERIC_PARTY_NOUNS})\s+(?:based\s+)?in\s+(?:the\s+)?$`, 'i');
// ("the balance of $1.6b will come from commercial banks": the source told with a verb of coming.)
const GENERIC_SOURCE_AFTER = new RegExp(String.raw`^\s*(?:(?:in|of)\s+(?:[\w-]+\s+){1,2})?(?:(?:will|would|is\s+to|are\s+to|is\s+set\s+to)\s+come\s+|comes\s+|came\s+)?from\s+(?:the\s+)?${GENERIC_PARTY_WORDS}\b`);
/** A generic source whose members are then named: "from a group of African banks including Afreximbank". */
const NAMED_MEMBERS_AFTER = /^[^.;]{0,90}?\b(?:including|such\s+as|led\s+by|among\s+them)\s+(?:the\s+)?[\p{Lu}]/u;
/** A clause whose subject is a generic party, up to its figure: "that private investors are expected to contribute another". */
const GENERIC_CLAUSE_SUBJECT = new RegExp(String.raw`\b(?:that|while|whereas)\s+(?:the\s+)?${GENERIC_PARTY_WORDS}\s+(?:are|were|will|would|is|was|have|has|had|could|may|might|plan|plans|expect|expected)\b[^.;,]*$`, 'i');
const GENERIC_PARTY = new RegExp(String.raw`\b(?:with|from|by|among)\s+(?:the\s+)?${GENERIC_PARTY_WORDS}\b|^\W*${GENERIC_PARTY_WORDS}\b`);
// "Nestle raised its stake ...": a name the reference does not know opens the clause as its subject; a
// neighbour's funder is not it.
const UNKNOWN_NAMED_SUBJECT = /^\W*(?!(?:The|This|That|These|Those|It|Its|They|Their|He|She|We|I|A|An|In|On|At|For|But|And|However|Meanwhile|Separately|Also|According|Under|With|After|Before|As|By|From|Officials?|Lenders|Investors|Banks|Analysts|Sources|Both|Each|Such|Some|Most|All|Of|To|When|While|If|Once|Last|Next|Earlier|Later|Yet|So|Then|There|Here|Regarding|Despite|Although|Since|Until|During|Over|Among)\b)[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+(?:has|have|had|will|would|is|was|plans|aims|said|says|agreed|raised|bought|acquired|signed|invested|pledged|committed|announced|approved|lent|provided|offered|took|won|secured|injected)\b/;
// The nouns GENERIC_PARTY ends with, found by a cheap literal test first.
const GENERIC_NOUN_GATE = new RegExp(GENERIC_PARTY_NOUNS, 'i');
/** GENERIC_PARTY, with a sentence's capitalised first word read as the lowercase word it is ("Lenders extended ..."). */
function namesGenericParty(sentence: string): boolean {
  if (!GENERIC_NOUN_GATE.test(sentence)) return false;
  return GENERIC_PARTY.test(sentence) || GENERIC_PARTY.test(sentence.replace(/^(\W*)([A-Z])/, (_, lead: string, first: string) => lead + first.toLowerCase()));
}
// What "the bank", "the fund", "the company" or "the government" can point back to: a funder of those types,
// or one whose name says so ("Green Climate Fund" is of type other).
interface PronounKind {
  types: readonly (FunderType | null)[];
  name: RegExp;
}
const LENDER_KIND: PronounKind = { types: ['bank', 'development_bank', 'export_credit_agency'], name: /\bBank\b/ };
const FUND_KIND: PronounKind = { types: ['sovereign_fund', 'development_bank'], name: /\b(?:Fund|Funds|Authority|Investment)\b/ };
// ("The company will put ₹4,500 crore into the first phase" after "Tokyo-based Kanto Datacom will invest": an
// organisation of no known kind, as a name after "-based" is, may be the company.)
const COMPANY_KIND: PronounKind = { types: ['company', 'state_company', 'other'], name: /\b(?:Group|Company|Corp|Corporation|Holdings?|Ltd|Limited|Inc|PLC|SA|AG)\b/ };
// ("The company will put $95 million into the line" after "a $17.4 million Texas Semiconductor Innovation Fund grant to
// GlobalWafers America": a public body of no known kind, as a fund, an agency or a board, is not the company.)
const PUBLIC_BODY_NAME = /\b(?:Fund|Authority|Agency|Council|Board|Ministry|Department|Commission|Foundation|Government|State)\b/;
const FOUNDATION_KIND: PronounKind = { types: ['other'], name: /\bFoundation\b/ };
const GOVERNMENT_KIND: PronounKind = { types: ['government'], name: /$^/ };
const BLOC_KIND: PronounKind = { types: [], name: /\b(?:Union|Community|Bloc|ASEAN|Mercosur|ECOWAS)\b/ };
const PRONOUN_KINDS: ReadonlyMap<string, PronounKind> = new Map<string, PronounKind>([
  ['bloc', BLOC_KIND], ['union', BLOC_KIND],
  ['bank', LENDER_KIND], ['lender', LENDER_KIND], ['fund', FUND_KIND], ['foundation', FOUNDATION_KIND],
  ['company', COMPANY_KIND], ['firm', COMPANY_KIND], ['group', COMPANY_KIND], ['corporation', COMPANY_KIND],
  ['government', GOVERNMENT_KIND], ['country', GOVERNMENT_KIND], ['kingdom', GOVERNMENT_KIND], ['administration', GOVERNMENT_KIND], ['emirate', GOVERNMENT_KIND],
]);
/** A relative clause with a subject of its own pointing back: "under which the bloc will", "whereby the company is to". */
/** After a demonym, the partners it names: "Turkish partners", "Chinese firms". */
const CO_BUILDERS_AFTER = /^\s+(?:partners?|companies|firms|investors|groups|contractors|co-investors)\b/i;
/** Words of building or running something together, before its partners: "will build two plants ... with". */
const BUILDING_BEFORE = /\b(?:build|builds|building|built|develop|develops|developing|construct|constructs|constructing|set\s+up|sets\s+up|setting\s+up|establish|establishes|establishing|operate|operates|operating|jointly|co-invest\w*)\b/i;
/** An agreement's clause of what a party will do, its subject a common noun: "under which the company will". */
const RELATIVE_OWN_SUBJECT = /\b(?:under\s+which|whereby|through\s+which|in\s+which)\s+the\s+([a-z]+)\s+(?:will|would|is\s+to|are\s+to|shall|agreed\s+to|plans\s+to|has|had)\b[^;]*$/i;
/** A clause opening with a named receiver and its verb of receiving, up to the figure: "Somalia will also receive an additional". */
const RECEIVER_SUBJECT = /^\W*(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:will|would|is\s+to|is\s+set\s+to|is\s+expected\s+to)\s+(?:also\s+)?(?:receive|get)\s+(?:an?\s+)?(?:additional\s+|further\s+|extra\s+)?$/u;
/** Right after a figure that is its sentence's subject: what the money will do or where it goes. */
const MONEY_GOES_AFTER = /^\s*(?:(?:will|would|is\s+to|are\s+to|is\s+set\s+to)\s+(?:also\s+)?(?:go|be\s+(?:given|provided|allocated|channell?ed|disbursed)|fund|finance|support)\s|goes\s+to\b)/i;
/** Inside a quote, before the figure, a first person: "“We will invest". */
const FIRST_PERSON_QUOTE_BEFORE = /[“"][^”"]*\b(?:we|our|us)\b[^”"]*$/i;
/** A sentence opening with "(The) government" as its subject, up to its figure: "Government has signed a". */
// ("The Ministry of Finance today signed two loan agreements": a finance ministry of no country named is the government too.)
const GOVERNMENT_SUBJECT = /^\W*(?:the\s+)?(?:(?:central\s+|federal\s+|national\s+)?government\s+(?!of\b)|(?:ministry\s+of\s+finance(?:\s+and\s+[\w\s]{1,40}?)?|finance\s+ministry|treasury|ministry\s+of\s+economy\s+and\s+finance)\s+)(?:has|have|had|on\s+\w+|yesterday|today|\w+day)?\s*(?:signed|inked|sealed|concluded)\b/i;
/** A sentence opening with "(The) Government" receiving, up to its figure: "The Government has secured a". */
/** After a lender's figure: the agreement it is, signed with "the government" (of no country named). */
const AGREEMENT_WITH_THE_GOVERNMENT = /^\s*(?:\([^()]{1,40}\)\s*)?(?:[\w-]+\s+){0,3}?(?:loan|credit|financing|grant)?\s*(?:agreements?|deals?|accords?)?\s*with\s+the\s+(?:central\s+|federal\s+|national\s+)?government\b(?!\s+of\b)/i;
const GOVERNMENT_RECEIVES = /^\W*(?:the\s+)?(?:(?:central|federal|national)\s+)?(?:government|govt)\s+(?!of\b)(?:(?:has|have|had|will|is|also|now|just|today|yesterday|on\s+\w+day)\s+)*(?:secured|secures|received|receives|obtained|obtains|got|gets|won|wins|contracted|borrowed|raised|bagged|landed)\b/i;
/** A clause whose subject is "the government", of no country named. */
const THE_GOVERNMENT = /^\W*the\s+government\s+(?!of\b)/i;
/** "the state" as the subject giving the figure, up to it: "Under the contract the state will contribute". */
const STATE_GIVES_BEFORE = /\bthe\s+state\s+(?:will|would|is\s+to|shall|has\s+agreed\s+to|agreed\s+to|is\s+set\s+to|plans\s+to|has\s+pledged\s+to|pledged\s+to|has\s+committed\s+to)\s+(?:(?:also|provide|contribute|put\s+up|grant|give|inject|invest|lend|cover)\s+){1,2}(?:(?:a\s+further|another|an\s+additional|about|around|some|nearly|up\s+to|over|more\s+than)\s+)*$/i;
/** Countries made of states, where "the state" is one of them (Texas, Saxony, Gujarat), not the country. */
const FEDERATIONS_OF_STATES: ReadonlySet<string> = new Set(['United States', 'Australia', 'India', 'Brazil', 'Mexico', 'Germany', 'Austria', 'Nigeria', 'Malaysia', 'Venezuela', 'Sudan', 'South Sudan', 'Myanmar', 'Micronesia']);
const THE_GOVERNMENT_ANYWHERE = /\bthe\s+government\b/i;
/** A reported clause whose subject points back, up to the figure: "the minister said the Kingdom had also agreed to extend". */
const POINTER_NOUNS = String.raw`(?:kingdom|government|bank|fund|lender|company|firm|group|emirate|country|administration|corporation)`;
const REPORTED_POINTER_SUBJECT = new RegExp(String.raw`\b${REPORTING}\s+(?:that\s+)?(the\s+${POINTER_NOUNS}\s+(?!of\b)[^,;.()]*)$`, 'i');
const POINTER_REPORTED = new RegExp(String.raw`\b${REPORTING}\s+(?:that\s+)?the\s+${POINTER_NOUNS}\b`, 'i');
// ("announced that the Chinese policy bank had pledged $1.2 billion": so does one the words before its noun describe, in
// lower case or as a demonym; case-sensitive, so that "the World Bank" stays a name.)
const DESCRIBED_POINTER = String.raw`(?:(?:[a-z][a-z-]*|\p{Lu}\p{Ll}+(?:ese|ian|an|ish|i|ch))\s+){1,2}${POINTER_NOUNS}`;
const DESCRIBED_POINTER_SUBJECT = new RegExp(String.raw`^\W*the\s+${DESCRIBED_POINTER}\b`, 'u');
// (Not after "told": "told the state government they planned to invest" names whom it was told.)
const REPORTED_DESCRIBED_POINTER_SUBJECT = new RegExp(String.raw`\b(?!told\b|tells\b)${REPORTING}\s+(?:that\s+)?(the\s+${DESCRIBED_POINTER}\s+(?!of\b)[^,;.()]*)$`, 'u');
/** A time fronted before a clause's subject: "on Thursday", "in March", "last year,". */
const FRONTED_TIME = /^\W*(?:on|in|last|this|next|earlier|later)\s+(?:[A-Z][a-z]+|year|month|week)(?:\s+\d{1,2})?,?\s+/;
/** A phrase fronted before a clause's subject: "Under the deal, ", "As part of the agreement, ". */
const FRONTED_PHRASE = /^\W*(?:under|as\s+part\s+of|in\s+line\s+with|according\s+to|in\s+return|in\s+addition|separately|meanwhile|for\s+its\s+part)\b[^,;.]{0,40},\s*/i;
// ("The largest loan, of ¥121.4 billion, is ...": an adjective of rank may stand before the noun.)
const PRONOUN_SUBJECT = /^(?:\W*)(?:it|they|its|their|this|these|the\s+(?:(?:largest|biggest|smallest|first|second|third|last|latest|new|remaining|other|main|executive)\s+)?(?:board|bank|fund|foundation|lender|agency|company|firm|group|government|institution|package|facility|loan|deal|financing|investment|funding|country|kingdom|emirate|state|corporation|administration|lenders|investors))\b/i;
const GROUP_NOUN_AFTER = /^\s+(?:state-owned\s+|state\s+(?=(?:banks?|lenders?|companies|company|firms?|enterprises|investors|funds?|entities|institutions|financiers)\b)|private\s+|public\s+)?(investors|investor|companies|company|firms|firm|businesses|business|banks|bank|lenders|lender|institutions|entities|funds|fund|government|state|authorities|administration|leadership|side|exporters|importers|developers|partners|groups|conglomerates|financiers|creditors)\b/i;
// A lower-case word after a country that makes it an adjective ("US equipment"), unless it is a verb.
const VERBISH = /^\s+(?:has|have|had|is|was|were|are|will|would|could|can|may|might|shall|should|must|did|does|do|also|already|recently|now|then|yesterday|today|tomorrow|has|plans|aims|eyes|agrees|agreed|approves|approved|signs|signed|lends|lent|invests|invested|provides|provided|extends|extended|grants|granted|gives|gave|announces|announced|unveils|unveiled|says|said|vows|vowed|promises|promised|pledges|pledged|commits|committed|offers|offered|seeks|sought|wants|wanted|considers|mulls|weighs|backs|backed|funds|funded|finances|financed|injects|deposits|deposited|disburses|disbursed|releases|released|expects|expected|intends|intended|hopes|hoped|proposes|proposed|expressed|expresses|and|or|to|an|a|the|with|in|for|from|on|at|by|as|of|over|after|before|which|that|who|among|this|its|their|last|next|on|since|amid|under|into|via|plus|alongside|worth|totalling|totaling|but|while|if|when|aim|aims|plan|want|hope|intend|seek|expect|agree|pledge|commit|sign|approve|lend|invest|provide|offer|extend|grant|give|fund|finance|back|consider|eye|target|targets|mull|weigh|announce|unveil|launch|launches|set|sets|look|looks|move|moves|be|remains|became|becomes|received|receives|secured|secures|got|gets|won|wins|will|agree|rolls|pours|ploughs|plows|channels|inks|seals|providing|contributing|lending|investing|offering|extending|pledging|injecting|putting|financing|funding|[a-z]{2,}ed)\b/i;

/**
 * The patterns above that end in `word\s+(?:the\s+)?$` are tried at every position of the 60-80
 * characters before a mention, for every mention of every figure; but each can match only a text
 * that ends in white space after its last word or "the". The text's end is read first (tailOf,
 * endsWithOne) and the pattern tried only when that holds (roles.tails.test.ts holds each gate to
 * its pattern). The patterns are case-insensitive without /u: no character outside ASCII matches
 * an ASCII letter in them.
 */
const BY_THE = ['by', 'the'];
const WITH_THE = ['with', 'the'];
const FROM_THE = ['from', 'the', 'bank', 'lender', 'fund', 'agency', 'financier', 'institution', ' of', 'trader', 'traders', 'house', 'firm', 'company', 'streamer', 'smelter', 'steelmaker', 'refiner', 'offtaker', 'conglomerate'];
const LENDER_TAILS = ['including', 'as', 'like', 'by', 'comprising', 'the'];
const PLACE_TAILS = ['in', 'at', 'across', 'within', 'throughout', 'inside', 'near', 'around', 'to', 'the', 'visiting', 'touring'];

/** Each gated pattern with the words its matches end with (for the test). */
export const TAIL_GATES: readonly (readonly [RegExp, readonly string[]])[] = [
  [AGENT_BEFORE, BY_THE],
  [NOUN_AGENT_BEFORE, BY_THE],
  [BUILDER_BEFORE, BY_THE],
  [LENDER_LIST_BEFORE, LENDER_TAILS],
  [FROM_BEFORE, FROM_THE],
  [WITH_BEFORE, WITH_THE],
  // ("with the Budapest branch of Bank of China": a lender's local branch.)
  [INSTRUMENT_WITH_BEFORE, [...WITH_THE, ' of', ' of the']],
  [PLACE_BEFORE, PLACE_TAILS],
];

/** The last (up to 12) characters of a text before the white space it ends in, lower-cased; null when it does not end in white space (trimEnd removes what \s matches). */
export function tailOf(text: string): string | null {
  const trimmed = text.trimEnd();
  return trimmed.length === text.length ? null : trimmed.slice(-12).toLowerCase();
}

/** Whether a tail (tailOf) ends with one of the words. */
export function endsWithOne(tail: string | null, words: readonly string[]): boolean {
  if (tail === null) return false;
  for (const w of words) if (tail.endsWith(w)) return true;
  return false;
}

const TAIL_WORDS: ReadonlyMap<RegExp, readonly string[]> = new Map(TAIL_GATES);

/**
 * pattern.test(before), asked of the pattern's gate in TAIL_GATES first (`tail` is tailOf(before),
 * read once per mention for all the patterns): the call sites go through the table the test holds.
 */
function endsBefore(pattern: RegExp, before: string, tail: string | null): boolean {
  // A pattern with no gate registered is tried as it is: a missing gate threw here, and resolveParties,
  // which never throws, left every party of the figure empty.
  const words = TAIL_WORDS.get(pattern);
  return (words === undefined || endsWithOne(tail, words)) && pattern.test(before);
}

function isOrg(m: EntityMention): boolean {
  return m.kind === 'organization' || m.kind === 'unknown_organization';
}

/** A described group that gives: lenders, banks, companies, investors. */
const GIVING_GROUP = /\s(?:lenders|banks|companies|firms|investors|businesses|financiers|institutions)$/;
/** A described group that lends. */
const LENDING_GROUP = /\s(?:lenders|banks|financiers)$/;

/** The party that signs, named before "with": the first organisation, or a local government or country, not a place where. */
function signerBefore(a: Analysed, at: number): Party | null {
  for (const m of a.parties) {
    if (m.start >= at) break;
    if (a.places.has(m) || m.via === 'demonym') continue;
    if (isOrg(m)) return partyIn(a, m);
    const local = localGovernmentOf(a.sentence, m);
    if (local) return local.party;
    if (m.kind === 'country' && m.country !== null) return { name: m.canonical, type: 'government', country: m.country };
    // ("Tamil Nadu on Wednesday signed memoranda of understanding with seven Japanese companies": a state or province
    // signing stands for its government.)
    if (m.kind === 'place' && PLACE_SIGNS_AFTER.test(a.sentence.slice(m.end, m.end + 40))) return { name: m.canonical, type: 'government', country: m.country };
  }
  return null;
}
const PLACE_SIGNS_AFTER = /^\s+(?:(?:on\s+\w+day|today|yesterday|has|have|had|also)\s+)*(?:signed|signs|inked|inks|sealed|seals|exchanged|exchanges)\b/i;

/** A party described, not named: "Saudi companies", "Chinese investors" (its last word lower-case). */
const DESCRIBED_GROUP = /\s[\p{Ll}]+$/u;

/** Between a demonym and the next one that shares its noun: " and Omani" in "Saudi and Omani companies". */
const SHARED_NOUN_GAP = /^\s*(?:,|and|&|or)\s+(?:[\p{Lu}][\p{L}-]+\s*,?\s+(?:and\s+|&\s+)?){0,2}[\p{Lu}][\p{L}-]+(?=\s)/u;

/** After a province's or state's name, its government and a verb of giving: "'s government will provide", " is adding". */
const PLACE_GIVES_AFTER = /^(?:['’]s?)?(?:\s+(?:provincial|state|regional)?\s*government)?(?:\s+(?:will|would|has|have|had|is|was|also|separately|already|then|to))*\s+(?:provid|add|commit|approv|grant|offer|pledg|contribut|lend|lent|invest|cancel|award|put|chip)\w*\b/i;
function partyOf(m: EntityMention, after: string): Party | null {
  if (isOrg(m)) return { name: m.canonical, type: m.type, country: m.country };
  // ("Ontario is adding a $150-million grant", "The Gujarat government has approved incentives": a province or state
  // giving, as its subject, is a party of its own, of its country.)
  if (m.kind === 'place') return m.country !== null && PLACE_GIVES_AFTER.test(after) ? { name: m.canonical, type: 'government', country: m.country } : null;
  if (m.via === 'demonym') {
    // "a Chinese-funded expressway", "Rp 45 trillion in Japanese financing": the country, as "China-funded"
    // and "Japan's financing" name it.
    if (BACKED_AFTER.test(after) || INSTRUMENT_AFTER.test(after)) return { name: m.canonical, type: 'government', country: m.country };
    // "Kazakh investors" are a party, not the state; "the Chinese government" is the state; in "Saudi and
    // Omani companies" the noun is both demonyms'.
    const shared = SHARED_NOUN_GAP.exec(after);
    const group = GROUP_NOUN_AFTER.exec(shared ? after.slice(shared[0].length) : after);
    if (!group) return null;
    const noun = group[1]!.toLowerCase();
    // ("the Saudi leadership had expressed a desire to invest", "the Chinese side agreed to provide": the state.)
    if (/^(?:government|state|authorities|administration|leadership|side)$/.test(noun)) return { name: m.canonical, type: 'government', country: m.country };
    const type: FunderType = /^(?:banks?|lenders?|creditors|financiers)$/.test(noun) ? 'bank' : /^funds?$/.test(noun) ? 'other' : 'company';
    return { name: `${m.surface} ${group[0].trim()}`, type, country: m.country };
  }
  return { name: m.canonical, type: 'government', country: m.country };
}

interface Analysed {
  sentence: string;
  mentions: EntityMention[];
  /** Mentions that can be a party: not a dateline, speaker, listener or adjective. */
  parties: EntityMention[];
  /** Of those, the ones standing as the place of an event ("in Doha"). */
  places: Set<EntityMention>;
  /**
   * What the sentence answers as a neighbour of a figure in a later sentence (its funder, its
   * recipients, its project's owner), and its appositives, filled on first use. These depend only
   * on the analysis, and a sentence is the neighbour of every figure in the three sentences after it.
   */
  asNeighbour: NeighbourAnswers;
}

interface NeighbourAnswers {
  funder?: Scored | null;
  /** Recipient candidates (strict, from 0), best first, before the figure's funders are set aside. */
  recipients?: readonly RecipientCandidate[];
  /** The owner of the project it names ("Kenya's Kipeto wind farm"), for no known project names. */
  projectOwner?: Party | null;
  /** Spans of its appositives, for any figure of the sentence (see appositivesOf). */
  appositives?: readonly (readonly [number, number])[];
}

// Analyses by the mentions they start from: findEntities answers a sentence with the same (frozen)
// array whenever the context cannot change the answer, so a sentence is analysed once per dateline.
// A bounded Map rather than a WeakMap: keys are compared by identity either way, and a Map is
// cheaper to fill and costs the garbage collector nothing special; emptied when full, and as small
// as the memo tables (see MEMO_LIMIT in memo.ts for why small).
const ANALYSED_LIMIT = MEMO_LIMIT;
let analysed = new Map<readonly EntityMention[], Map<string | null, Analysed>>();

/** Every figure of a sentence and every sentence after it asks for the same analysis: it is kept (and never changed by its readers). */
function analyse(sentence: string, index: EntityIndex, context: readonly string[], dateline: string | null): Analysed {
  const found = findEntities(sentence, index, { context });
  let byDateline = analysed.get(found);
  if (!byDateline) {
    if (analysed.size >= ANALYSED_LIMIT) analysed = new Map();
    byDateline = new Map();
    analysed.set(found, byDateline);
  }
  let a = byDateline.get(dateline);
  if (!a) {
    a = analyseAfresh(sentence, found, dateline);
    byDateline.set(dateline, a);
  }
  return a;
}

/** The analysis of a sentence from its entities (findEntities' answer, passed on rather than asked for again). */
function analyseAfresh(sentence: string, found: readonly EntityMention[], dateline: string | null): Analysed {
  const datelineEnd = datelineLength(sentence, dateline);
  // "Nov 29 - Adani Group" read as one name: the dateline's date is not part of it.
  const mentions = found.map((m) => {
    // ("Porcupine Nickel Corp. has signed": an abbreviated legal word's full stop is the name's, so the verb follows it;
    // "Hon Hai Precision Industry Co. said": so are the legal words after a name the reference knows without them.)
    if (isOrg(m)) {
      const legal = ABBREVIATED_LEGAL.has(m.surface.slice(m.surface.lastIndexOf(' ') + 1)) && /^\.\s+[\p{Ll},]|^\.,/u.test(sentence.slice(m.end, m.end + 3)) ? '.' : LEGAL_WORDS_AFTER.exec(sentence.slice(m.end, m.end + 24))?.[0];
      if (legal) m = { ...m, end: m.end + legal.length, surface: m.surface + legal };
    }
    if (m.kind !== 'unknown_organization' || m.start >= datelineEnd || m.end <= datelineEnd) return m;
    // ("CAIRO, July 3 - The Sovereign Fund of Egypt": nor is the article before the name.)
    const surface = sentence.slice(datelineEnd, m.end).trim().replace(/^(?:The|A|An)\s+/, '');
    if (!/^[\p{Lu}]/u.test(surface)) return m;
    return { ...m, start: m.end - surface.length, surface, canonical: surface.replace(/\s+/g, ' ') };
  });
  const according: [number, number][] = [];
  if (MAY_SAY_ACCORDING.test(sentence)) eachMatch(ACCORDING_TO, sentence, (m) => according.push([m.index, m.index + m[0].length]));
  const parties: EntityMention[] = [];
  const places = new Set<EntityMention>();
  for (const m of mentions) {
    if (m.end <= datelineEnd) continue;
    const before = sentence.slice(Math.max(0, m.start - 60), m.start);
    const after = sentence.slice(m.end, m.end + 160);
    if (according.some(([s, e]) => m.start >= s && m.end <= e)) continue;
    // "a loan of up to US $180 million": the country's code written apart from its dollar sign is the currency.
    if (m.kind === 'country' && /^(?:US|U\.S\.|HK|NZ|A|C|S)$/.test(m.surface) && /^\s?\$/.test(after)) continue;
    // "offered KD 30 million": a short code right before a number is its currency, not an organisation.
    if (m.kind === 'unknown_organization' && /^[A-Z]{2,4}\$?$/.test(m.surface) && /^\s?\d/.test(after)) continue;
    if (MAY_NAME_LISTENER.test(before) && LISTENER_BEFORE.test(before)) continue;
    // ("..., has raised $42 million in a round led by Norrsken22, TechCabal has learnt.": the paper that reports it.)
    if (/,\s*$/.test(before) && REPORTER_AFTER.test(after)) continue;
    // "US ambassador Jane Roe said" names a speaker; "a credit line to Uzbekistan, officials said" does
    // not (a comma, then a lowercase attribution: whose officials is not said).
    // "The World Bank and the AfDB said ..." coordinates two subjects: neither is a speaker's title.
    // "aid to Lebanon, President Emmanuel Macron said": the object of a preposition, then a comma, is not the speaker.
    if (SPEAKER_AFTER.test(after) && !/^(?:['’]s?)?,?\s+(?:said|says|told|stated|added|announced)\b/u.test(after) && !/^,\s+(?:(?:a|an|the)\s+)?[\p{Ll}]/u.test(after) && !/^\s+(?:and|&)\s/.test(after) && !(after.startsWith(',') && OBJECT_BEFORE.test(before))) continue;
    // "to shore up the Horn of Africa nation's reserves", "the Gulf state": an area before "nation" or "country"
    // describes a country told by name elsewhere; the area itself receives nothing.
    if (m.kind === 'area' && AREA_DESCRIBES_COUNTRY_AFTER.test(after)) continue;
    // "US-sourced machinery" describes a thing; "China-backed", "IFC-funded" name the financier (kept).
    if (m.kind === 'country' && /^[-‐‑][\p{Ll}]/u.test(after) && !BACKED_AFTER.test(after)) continue;
    // "in US equipment", "of US exports": a country before a noun qualifies it; "help Kenya grow" is a party.
    // ("and Japan up to ¥55 billion": a qualified figure after it is its gapped share, not a noun it qualifies.)
    // ("to help the Government of Mongolia strengthen its welfare system": a state helped, named by its title, is no adjective.)
    if (m.kind === 'country' && m.via !== 'demonym' && ADJECTIVE_SLOT.test(before) && !HELPED_STATE_BEFORE.test(before) && !VERBISH.test(after) && !INSTRUMENT_AFTER.test(after) && /^\s+[\p{Ll}]/u.test(after) && !GROUP_NOUN_AFTER.test(after) && !QUALIFIED_FIGURE_AFTER.test(after)) continue;
    if (m.kind === 'country' && m.via !== 'demonym' && GROUP_NOUN_AFTER.test(after) && !/^\s+(?:government|state|authorities|administration|leadership|side)\b/i.test(after)) {
      // "US investors": treat like a demonym.
      parties.push({ ...m, via: 'demonym' });
      continue;
    }
    // "in Doha" is where something happens; "$1bn in Kestrel Bank financing" is whose money it is.
    if (endsBefore(PLACE_BEFORE, before, tailOf(before)) && !isOrg(m) && !INSTRUMENT_AFTER.test(after)) places.add(m);
    parties.push(m);
  }
  return { sentence, mentions, parties, places, asNeighbour: {} };
}

/** After a country's possessive, its loan programme: "'s Extended Credit Facility (ECF) arrangement", "'s IMF programme". */
const PROGRAMME_OWNED_AFTER = /^['’]s?\s+(?:(?:[\w-]+|\([A-Z]{2,5}\))\s+){0,5}?(?:programme|program|arrangement|bailout|(?:loan|credit|bailout|IMF|Fund)\s+(?:programme|program|deal|facility))\b/;
/** After an area's name, a noun for a country: "the Horn of Africa nation", "the Gulf state's". */
const AREA_DESCRIBES_COUNTRY_AFTER = /^\s+(?:island\s+)?(?:nation|country|state|kingdom|republic|emirate|sultanate|economy|archipelago)(?:['’]s?)?\b/i;

/** After a dateline's city: its date and agency, up to the dash ("", November 24/2026 (ENA) - "), when a dash or agency ends them. */
const DATELINE_REST = /^(?:,\s*[^()\n:—–]{1,40}?)?\s*(?:\([^)]{1,30}\)\s*(?:--|[:—–-])?|(?:--|[:—–-]))\s/;
/** Length of a leading dateline ("LAGOS:", "DOHA, Nov 21 (Reuters) -"), 0 if none. */
/** Agreements of aid or lending between governments: "grant and loan agreements", "economic and technical cooperation". */
const AID_AGREEMENT = /\b(?:loans?|grants?|aid|assistance|concessional|credits?|economic\s+and\s+technical\s+cooperation)\b/i;
/** A gathering of many countries, held somewhere: its host is a venue, not a receiver. */
const GATHERING = /\bCOP\s?\d{2}\b|\bclimate\s+(?:talks|summit|conference)\b|\b(?:G7|G20)\s+summit\b|\bUN\s+General\s+Assembly\b|\bdonors?['’]?\s+conference\b|\bpledging\s+conference\b/i;

function datelineLength(sentence: string, dateline: string | null): number {
  const m = /^\s*[\p{Lu}][\p{Lu} .'’-]{1,40}(?:,\s*[^:—–\n]{1,40})?\s*(?:\([^)]{1,30}\)\s*)?[:—–-]\s/u.exec(sentence);
  if (m) return m[0].length;
  if (dateline && sentence.trimStart().toUpperCase().startsWith(dateline.toUpperCase())) {
    // ("Addis Ababa, November 24/2026 (ENA) - The Ministry": the date and the agency after the city are the dateline's.)
    const at = sentence.indexOf(sentence.trimStart()) + dateline.length;
    const rest = DATELINE_REST.exec(sentence.slice(at));
    return at + (rest ? rest[0].length : 0);
  }
  return 0;
}

/** Right after a country's possessive: a name of capitalised words ("'s Aéroports de Lyon", "'s Eramet Pacific"). */
const POSSESSED_NAME = /^['’]s?\s+([\p{Lu}][\p{L}’'.&-]*(?:\s+(?:(?:de|du|des|del|della|da|di|van|von|der|la|le|of|&)\s+)?[\p{Lu}][\p{L}’'.&-]*){0,4})/u;
/** First words of a person's title or a body's, not of a company's name. */
const NOT_A_COMPANY_START = /^(?:President|Prime|Minister|King|Queen|Crown|Prince|Princess|Sheikh|Emir|Sultan|Chancellor|Premier|Mr|Mrs|Ms|Dr|Foreign|Finance|Trade|Economy|Deputy|Vice|Ambassador|Secretary|Governor|Central|State|Federal|Treasury|Ministry|Government|Parliament|Cabinet|Senate|Congress|National|Supreme)\b/;

/**
 * "a consortium of Turkey's Limak Holding and France's Aéroports de Lyon": a country coordinated
 * with an organisation, its possessive before a name the reference does not know, stands for that
 * name, an organisation of the country (a person's title, "France's President ...", does not).
 */
function possessedName(a: Analysed, m: EntityMention): EntityMention | null {
  if (m.kind !== 'country' || m.via === 'demonym') return null;
  const found = POSSESSED_NAME.exec(a.sentence.slice(m.end, m.end + 80));
  if (!found || NOT_A_COMPANY_START.test(found[1]!)) return null;
  const start = m.end + found[0].length - found[1]!.length;
  const end = start + found[1]!.length;
  // A name the reference or the sentence's own reading knows is found as such (ownedOrg).
  if (a.mentions.some((n) => n !== m && n.start >= start && n.start < end && isOrg(n))) return null;
  return { start, end, surface: found[1]!, kind: 'unknown_organization', canonical: found[1]!, type: 'company', country: m.country, via: 'capitalised' };
}

/**
 * "Canada's CDPQ invests in Brazilian toll roads" over "Caisse de dépôt ... (CDPQ) agreed to pay":
 * an unlisted organisation of no known country takes the country whose possessive the headline
 * puts right before its name, or before the words its name starts with ("Hong Kong's CK
 * Infrastructure" for "CK Infrastructure Holdings").
 */
function withHeadlineOrigins(parties: readonly Party[], title: string | null, index: EntityIndex): readonly Party[] {
  if (title === null || !parties.some((p) => p.country === null && p.type !== 'government' && headlineFormAt(p.name, title) >= 0)) return parties;
  const mentions = findEntities(title, index);
  return parties.map((p) => {
    if (p.country !== null || p.type === 'government') return p;
    const at = headlineFormAt(p.name, title);
    const owner = at < 0 ? undefined : mentions.find((m) => m.kind === 'country' && m.via !== 'demonym' && /^['’]s?\s+$/.test(title.slice(m.end, at)));
    return owner ? { ...p, country: owner.country } : p;
  });
}

/**
 * Where a headline writes an organisation: its whole name, or the words it starts with ("Brookfield"
 * for "Brookfield Asset Management", "CK Infrastructure" for "CK Infrastructure Holdings"), a
 * single word only when it can stand for the name (shortNameOf); -1 when it does not.
 */
function headlineFormAt(name: string, title: string): number {
  const whole = title.indexOf(name);
  if (whole >= 0) return whole;
  const words = name.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const form = words.slice(0, n).join(' ');
    if (n < 2 && shortNameOf(words) !== form) continue;
    const at = title.indexOf(form);
    if (at >= 0 && !/[\p{L}\p{N}]/u.test(title.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(title.charAt(at + form.length))) return at;
  }
  return -1;
}

/** `b` is `a`'s acronym in brackets right after it: "Export-Import Bank (KEXIM)". */
function sameInBrackets(a: EntityMention, b: EntityMention, gap: string): boolean {
  return a.canonical === b.canonical && /^\s*\($/.test(gap);
}

/**
 * The words between two mentions, up to the demonym that introduces the second with role words:
 * in "the IFC and French development finance institution Proparco", " and ".
 */
function gapBetween(a: Analysed, before: EntityMention, m: EntityMention): string {
  const introducer = isOrg(m) && m.start > before.end ? introducerOf(a, m) : undefined;
  // ("The Millennium Challenge Corporation and the Government of the Republic of Zambia": up to the state's title.)
  const end = introducer && introducer.start >= before.end ? introducer.start : m.kind === 'country' ? stateTitleStart(a, m) : m.start;
  return a.sentence.slice(before.end, Math.max(before.end, end));
}

/** Mentions joined by "and", "," or "as well as" to `first` ("the IFC and the ADB"). */
function coordinated(a: Analysed, first: EntityMention): EntityMention[] {
  const out = [first];
  let last = first;
  for (const m of a.parties) {
    if (m.start <= last.start) continue;
    // (A demonym introducing the next party is read with it: gapBetween.)
    if (m.via === 'demonym' && introducedOrg(a, m)) continue;
    // "BII, the UK's development finance institution, has committed": a possessor inside an appositive describes the
    // party before it ("Saudi Arabia, the United Arab Emirates and Kuwait" are three).
    if (/^['’]s?\s/.test(a.sentence.slice(m.end, m.end + 3)) && appositivesOf(a).some(([from, to]) => m.start >= from && m.end <= to)) break;
    // ("led by HongShan, the Chinese investment firm formerly known as Sequoia China,": so does a demonym before lower-case
    // words there, describing the party the appositive follows.)
    if (m.via === 'demonym' && /^\s+\p{Ll}/u.test(a.sentence.slice(m.end, m.end + 3)) && appositivesOf(a).some(([from, to]) => from >= last.end && m.start >= from && m.end <= to && /^,\s+(?:the|a|an)\s+$/.test(a.sentence.slice(from, m.start)))) break;
    // "France's AFD": the possessor is part of the way the next party is named.
    if (a.parties.some((n) => n.start > m.end && POSSESSIVE_GAP.test(a.sentence.slice(m.end, n.start)))) continue;
    const gap = gapBetween(a, last, m);
    if (COORDINATION.test(gap)) {
      const named = possessedName(a, m);
      out.push(named ?? m);
      last = named ?? m;
    } else if (sameInBrackets(last, m, gap)) last = m;
    else if (m.start > last.end) break;
  }
  return out;
}

function partiesOf(a: Analysed, ms: readonly EntityMention[]): Party[] {
  const out: Party[] = [];
  for (const m of ms) {
    const p = partyIn(a, m);
    if (p && !out.some((o) => o.name === p.name)) out.push(p);
  }
  return out;
}

/** The party `m` names in its sentence: an unlisted organisation of the country it is introduced or described with. */
function partyIn(a: Analysed, m: EntityMention): Party | null {
  const p = partyOf(m, a.sentence.slice(m.end, m.end + 60));
  if (p && p.country === null && m.kind === 'unknown_organization') p.country = originOf(a, m);
  return p;
}

/** Between an organisation and the appositive that describes it: "ONEE, Morocco's utility", "Zeta (ZT), a Kenyan lender". */
const DESCRIBING_APPOSITIVE_GAP = /^\s*(?:\([^)]{1,20}\)\s*)?,\s+(?:the\s+|an?\s+)?$/;

/**
 * "China's BYD", "Chinese carmaker BYD": the country an unlisted company is introduced with; or
 * described with right after it ("ONEE, Morocco's national utility", "Zeta, a Kenyan lender").
 */
function originOf(a: Analysed, m: EntityMention): string | null {
  const s = a.sentence;
  const by = a.mentions.find(
    (n) =>
      n.kind === 'country' &&
      ((n.end <= m.start &&
        (n.via === 'demonym' ? /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u : /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}$/u).test(s.slice(n.end, m.start))) ||
        (n.start > m.end &&
          DESCRIBING_APPOSITIVE_GAP.test(s.slice(m.end, n.start)) &&
          (n.via === 'demonym' ? /^\s+[\p{Ll}-]/u : /^['’]s?\s+[\p{Ll}-]/u).test(s.slice(n.end, n.end + 4)))),
  );
  // ("Abu Dhabi-based company Gulf Horizon Energy": where it is based.)
  return by?.country ?? homeOf(a, m)?.country ?? describedAsSpeaker(a, m);
}

/**
 * "Subaru Corp. will invest about 60 billion yen ..., the Tokyo-based automaker said", "..., the Chinese operator informed
 * the ministry": the country a later speaker's description gives the company, when no other organisation stands between.
 */
function describedAsSpeaker(a: Analysed, m: EntityMention): string | null {
  // (A company's: "the Manila-based lender said" of the Asian Development Fund names where a body of no country sits.)
  if (m.type !== 'company' || !DESCRIBED_SPEAKER_ANYWHERE.test(a.sentence.slice(m.end))) return null;
  for (const n of a.mentions) {
    if (n.start <= m.end) continue;
    if (isOrg(n)) return null;
    if ((n.kind !== 'country' && n.kind !== 'place') || n.country === null || !/\bthe\s+$/.test(a.sentence.slice(Math.max(0, n.start - 5), n.start))) continue;
    const after = a.sentence.slice(n.end, n.end + 50);
    if ((n.via === 'demonym' ? DESCRIBED_SPEAKER_AFTER : BASED_SPEAKER_AFTER).test(after)) return n.country;
  }
  return null;
}
/** A description's speaking verb: "said", "informed". */
const DESCRIBED_SAYS = String.raw`(?:said|says|told|informed|announced|added|confirmed)`;
const DESCRIBED_SPEAKER_ANYWHERE = new RegExp(String.raw`\bthe\s+\S+\s+(?:[\p{Ll}-]+\s+){0,2}?${DESCRIBED_SAYS}\b`, 'u');
const DESCRIBED_SPEAKER_AFTER = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+){1,2}${DESCRIBED_SAYS}\b`, 'u');
const BASED_SPEAKER_AFTER = new RegExp(String.raw`^-based\s+(?:[\p{Ll}-]+\s+){1,2}${DESCRIBED_SAYS}\b`, 'u');

// (", while" and ", whereas" start a clause with a subject of its own: "X will build a plant, while three firms will invest $500m".)
const CLAUSE_BREAKS = [';', ':', ' — ', ' – ', '“', '"', ', while ', ', whereas '];
// ("Norfund, Norway's investment fund for developing countries, is investing": a possessive opens one too.)
// (Or closed by the sentence's end: "led by British International Investment (BII), the UK's development finance institution.")
const APPOSITIVE = /,\s+(?:a|an|the|which|who|[\p{Lu}][\p{L}.-]*(?:\s[\p{Lu}][\p{L}.-]*)?['’]s)\s[^,;]{1,100}(?:,|(?=\.?\s*$))/gu;

/**
 * The appositives of the sentence (", a Mubadala and ADQ joint venture,"), kept on its analysis.
 * Those of the text before an anchor are exactly those of the whole sentence that end by the
 * anchor: an appositive runs from a comma to the next comma, so whether one starts at a comma
 * depends only on the text up to the next comma, and a scan of the shorter text decides each
 * comma as the scan of the whole sentence does until a match would end past the anchor. (One the
 * sentence's end closes ends past every anchor inside the sentence: appositives.test.ts.)
 */
function appositivesOf(a: Analysed): readonly (readonly [number, number])[] {
  const kept = a.asNeighbour;
  return (kept.appositives ??= appositiveSpans(a.sentence));
}

/**
 * The words after the appositive that follows a mention, if one does ("Moniflo, the Lagos-based fintech that gives
 * small retailers loans, has raised $42 million": " has raised $42 million"); else nothing.
 */
function pastAppositive(a: Analysed, m: EntityMention): string {
  const end = appositiveEnd(a, m);
  return end === m.end ? '' : a.sentence.slice(end, end + 60);
}

/** Where the appositive right after `m` ends ("Minera Altiplano Rojo, the joint venture between ...,"), or `m`'s end. */
// ('Marsabit North Wind Power Limited ("MNWP"), the project company ...,': past the short name it is given in brackets.)
function appositiveEnd(a: Analysed, m: EntityMention): number {
  const from = m.end + (SHORT_NAME_GIVEN.exec(a.sentence.slice(m.end, m.end + 50))?.[0].length ?? 0);
  if (a.sentence.charAt(from) !== ',') return m.end;
  return appositivesOf(a).find(([start]) => start === from)?.[1] ?? m.end;
}
const SHORT_NAME_GIVEN = /^\s*\([^()]{1,40}\)/;

/** Whether `m`, past its appositive, receives: "ThriveFarm, a Kano-based agritech startup ..., has closed a $6.5 million round". */
function receivesPastAppositive(a: Analysed, m: EntityMention): boolean {
  return RECEIVE_AFTER.test(pastAppositive(a, m).replace(RAISED_HOLDING, ''));
}

/** The text after a figure without the figure's own conversion in brackets ("Rs 180 crore (around $21.6 million) in its ..."). */
function withoutOwnConversion(after: string): string {
  return after.replace(/^\s*\((?:about|around|some|approximately|roughly|nearly|or|US)?\s*[^()]{1,30}\)/i, '');
}

/** Spans of the appositives of a text, in order. */
export function appositiveSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  eachMatch(APPOSITIVE, text, (m) => {
    // ("At the meeting, the Republic of Korea, which hosts the secretariat, announced": after an opening phrase of
    // time or place, the words between commas are the subject, describing nothing before them.)
    if (OPENING_PHRASE_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) return;
    spans.push([m.index, m.index + m[0].length]);
  });
  return spans;
}
/** An opening phrase of time, place or occasion, right before a comma, at the sentence's start or after its dateline. */
const OPENING_PHRASE_BEFORE = /(?:^|[.;:]\s+|\s[-–—]+\s+)(?:At|In|On|During|After|Before|Under|Following|Speaking|Earlier|Later|Separately|Meanwhile|Also|Last|This|Next|Since|From)\b[^,;()]{0,60}$/;

/** The mentions without repeats of a canonical name, first kept. (Module-level functions, not closures: tsx names every closure it makes, a cost on each call.) */
function dedupe(ms: readonly EntityMention[]): EntityMention[] {
  return ms.filter((m, i) => ms.findIndex((n) => n.canonical === m.canonical) === i);
}

/** The organisation right after `m`'s possessive ("Japan's Mitsui"), if any. */
function ownedOrg(a: Analysed, m: EntityMention): EntityMention | undefined {
  return a.parties.find((n) => n.start > m.end && isOrg(n) && !a.places.has(n) && POSSESSIVE_GAP.test(a.sentence.slice(m.end, n.start)));
}

/** A clause whose subject is a group a neighbour named by its members: "The consortium will invest". */
const CONSORTIUM_SUBJECT = /^\W*(?:[^,]*?[-–—]\s*)?the\s+(?:consortium|joint\s+venture|partnership|partners|venture)\b/i;
/** Right before a group's first member: "a consortium of", "a joint venture between", "a partnership led by". */
const CONSORTIUM_OF_BEFORE = /\b(?:consortium|joint\s+venture|partnership|venture|alliance)\s+(?:of|between|comprising|formed\s+by|made\s+up\s+of|led\s+by)\s+(?:the\s+)?$/i;

/** The members a sentence names for a group ("a consortium of China's X and Australia's Y"), or null. */
function consortiumMembers(n: Analysed): Scored | null {
  const s = n.sentence;
  if (!/consortium|venture|partnership|alliance/i.test(s)) return null;
  for (const m of n.parties) {
    if (n.places.has(m) || ownedOrg(n, m)) continue;
    const owner = possessorOf(n, m);
    if (!CONSORTIUM_OF_BEFORE.test(s.slice(Math.max(0, (owner ?? m).start - 60), (owner ?? m).start))) continue;
    const members = partiesOf(n, dedupe(coordinated(n, m)));
    return members.length > 0 ? { parties: members, strength: 6, at: m.start } : null;
  }
  return null;
}

/** Between a place and the organisation based there: "US-based Lightfall". */
// ("Abu Dhabi-based company Gulf Horizon Energy": up to two role words between.)
const BASED_GAP = /^-based\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** The organisation based in `m` ("Lightfall" for "US-based Lightfall"), if any: `m` only says where it is. */
function basedOrg(a: Analysed, m: EntityMention): EntityMention | undefined {
  if (!a.sentence.startsWith('-based', m.end)) return undefined;
  return a.parties.find((n) => n.start > m.end && isOrg(n) && BASED_GAP.test(a.sentence.slice(m.end, n.start)));
}

/** The place organisation `m` is based in ("US" for "US-based Lightfall"), if any: the words before it are the organisation's. */
function homeOf(a: Analysed, m: EntityMention): EntityMention | undefined {
  if (!a.sentence.slice(Math.max(0, m.start - 40), m.start).includes('-based')) return undefined;
  return a.mentions.find((n) => n.end < m.start && BASED_GAP.test(a.sentence.slice(n.end, m.start)));
}

/** Between a demonym and the organisation it introduces: its role words ("battery maker"). */
const ROLE_WORDS_GAP = /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u;

/** The organisation a demonym introduces with role words ("Chinese battery maker EVE Energy"), if any. */
function introducedOrg(a: Analysed, d: EntityMention): EntityMention | undefined {
  return a.parties.find((n) => n.start > d.end && isOrg(n) && n.country === d.country && ROLE_WORDS_GAP.test(a.sentence.slice(d.end, n.start)));
}

/** The demonym that introduces organisation `m` with role words, if any. */
function introducerOf(a: Analysed, m: EntityMention): EntityMention | undefined {
  return a.mentions.find((d) => d.via === 'demonym' && d.end < m.start && introducedOrg(a, d) === m);
}

/**
 * Between an organisation used as a modifier and the name an appositive then gives the body it
 * describes: "the UN agency for Palestinian refugees, UNRWA,".
 */
const DESCRIBED_BODY_GAP = /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:agency|body|programme|program|organi[sz]ation|arm|unit|fund|institution)\b[^,;.()]{0,60},\s+(?:the\s+)?$/u;

/** The organisation an appositive names after `m` modifies a role noun ("UNRWA" for "the UN agency for refugees, UNRWA,"), if any. */
function describedBody(a: Analysed, m: EntityMention): EntityMention | undefined {
  if (!isOrg(m)) return undefined;
  return a.parties.find((n) => n.start > m.end && isOrg(n) && DESCRIBED_BODY_GAP.test(a.sentence.slice(m.end, n.start)) && /^\s*(?:[,.;)]|$)/.test(a.sentence.slice(n.end, n.end + 2)));
}

/** The organisation that modifies the role noun an appositive names `m` for, if any (describedBody's inverse). */
function describerOf(a: Analysed, m: EntityMention): EntityMention | undefined {
  return a.parties.find((d) => d.end < m.start && describedBody(a, d) === m);
}

/** The party whose possessive `m` follows ("Japan" for "Japan's Mitsui"), if any. */
function possessorOf(a: Analysed, m: EntityMention): EntityMention | undefined {
  return a.parties.find((n) => n.end < m.start && POSSESSIVE_GAP.test(a.sentence.slice(n.end, m.start)));
}


/** An organisation bought, introduced by its demonym or home: "buy a stake in Dutch firm Kestrel Power", "in Rotterdam-based operator EnviroNed". */
function boughtIntroduced(a: Analysed, m: EntityMention): boolean {
  const introducer = isOrg(m) ? (introducerOf(a, m) ?? homeOf(a, m)) : undefined;
  return introducer !== undefined && BUY_BEFORE.test(a.sentence.slice(Math.max(0, introducer.start - 40), introducer.start));
}

/** The funder of a figure at [anchorStart, anchorEnd) in an analysed sentence; null if none is named. */
function findFunder(a: Analysed, anchorStart: number, anchorEnd: number, verb: { start: number; end: number } | null, neighbour = false): Scored | null {
  const s = a.sentence;
  const found: Scored[] = [];
  for (const m of a.parties) {
    // ("Central Asia" receives money; a region gives none.)
    if (a.places.has(m) || m.kind === 'area') continue;
    // "led by Japan's Mitsui", "a loan from France's AFD": the organisation a possessor names is the
    // party, read with the words before its possessor.
    if (ownedOrg(a, m) || basedOrg(a, m)) continue;
    // ("a cement plant by Turkish cement maker Anadolu Cimento": an organisation a demonym introduces too.)
    const owner = possessorOf(a, m) ?? homeOf(a, m) ?? (m.start > 0 && isOrg(m) ? introducerOf(a, m) : undefined);
    const before = s.slice(Math.max(0, (owner ?? m).start - 80), (owner ?? m).start);
    const after = s.slice(m.end, m.end + 80);
    const tail = tailOf(before);
    if (m.start >= anchorEnd && m.start <= anchorEnd + 12 && OF_OWNER_GAP.test(s.slice(anchorEnd, m.start)) && OWNED_MONEY_AFTER.test(after)) {
      // "converted $2.4bn of the United Arab Emirates' deposits": whose money the figure is.
      const p = partiesOf(a, [m]);
      if (p.length > 0) found.push({ parties: p, strength: 6.5, at: m.start });
    } else if (m.end <= anchorStart && m.end >= anchorStart - 90 && RELATIVE_GIVER_GAP.test(s.slice(m.end, anchorStart))) {
      // "co-financed with the World Bank, which approved $1bn for the same programme": the relative clause's subject
      // ("by the Saudi Fund and the OPEC Fund, which have committed $40m and $25m respectively": all of it).
      const first = a.parties.find((n) => n.start < m.start && coordinated(a, n).includes(m));
      const p = partiesOf(a, first ? dedupe(coordinated(a, first)) : [m]);
      if (p.length > 0) found.push({ parties: p, strength: 6, at: m.start });
    } else if (m.end <= anchorStart && POSSESSOR_OF_FIGURE.test(s.slice(m.end, anchorStart)) && GIVING_NOUN_AFTER.test(s.slice(anchorEnd, anchorEnd + 60))) {
      const p = partiesOf(a, [m]);
      if (p.length > 0) found.push({ parties: p, strength: 6.5, at: m.start });
    } else if (isOrg(m) && FINANCIER_TYPES.includes(m.type) && (m.start >= anchorEnd || (m.end <= anchorStart && LENDERS_THEN_FIGURE_GAP.test(s.slice(talkedWithEnd(a, m), anchorStart)))) && endsBefore(INSTRUMENT_WITH_BEFORE, before, tail) && !lentOnBy(a, m)) {
      // ("signed a mandate letter with EDC, Société Générale and Standard Bank for a US$600-million senior loan": the
      // lenders may come before the figure.)
      // ("with JBIC, the European Investment Bank and a group of banks": each lender named.)
      found.push({ parties: partiesOf(a, dedupe(coordinated(a, m))), strength: 5.2, at: m.start, signedWith: true });
    } else if (isOrg(m) && m.start >= anchorEnd && PREPAID_WITH_BEFORE.test(before)) {
      // ("signed a US$150 million offtake prepayment facility with commodity trader Trafigura": the buyer advances the
      // money, whatever its type, to the seller signing with it.)
      found.push({ parties: partiesOf(a, dedupe(coordinated(a, m))), strength: 5.2, at: m.start, signedWith: true });
    } else if (m.start >= anchorEnd && /\bbetween\s+/i.test(before) && SIGNED_BETWEEN_BEFORE.test(before)) {
      // "A loan agreement worth 2.1 billion yuan was signed here on Thursday between the Export-Import Bank of
      // China and the Zambian government": the two signatories (of which the lender lends: resolveParties).
      const p = partiesOf(a, dedupe(coordinated(a, m)));
      if (p.length > 0) found.push({ parties: p, strength: 5, at: m.start });
    } else if (m.end <= anchorStart && (isOrg(m) || m.kind === 'country') && m.via !== 'demonym' && TALKS_WITH_BEFORE.test(before) && loanTalkedOver(s, talkedWithEnd(a, m), anchorStart, anchorEnd, isOrg(m) && FINANCIER_TYPES.includes(m.type)) && !lenderTalksWithBorrower(a, m)) {
      // "Papua New Guinea is in talks with Australia over a budget support loan of nearly A$600m": the party
      // talked with over a loan lends it, to the subject, as a lender a loan is signed with does.
      // ("in talks with DBS Bank, OCBC and JBIC to raise ... in project loans": all the parties talked with.)
      const p = partiesOf(a, dedupe(coordinated(a, m)));
      if (p.length > 0) found.push({ parties: p, strength: 5.2, at: m.start, signedWith: true });
    } else if (m.start >= anchorEnd && (isOrg(m) || m.kind === 'country') && m.via !== 'demonym' && /\bwith\s+(?:the\s+)?$/i.test(before) && INSTRUMENT_AGREED_WITH_BEFORE.test(before)) {
      // "a $1.5bn loan agreed with the United Arab Emirates": the party a loan was agreed with lends it, a government too.
      const p = partiesOf(a, [m]);
      if (p.length > 0) found.push({ parties: p, strength: 5.2, at: m.start, signedWith: true });
    } else if (m.end <= anchorStart && /,\s+with\s+(?:the\s+)?$/i.test(before) && WITH_PARTY_TO_GIVE_GAP.test(s.slice(m.end, anchorStart))) {
      // "signed an agreement with China's Sinopec to build a complex, with Sinopec to invest about $3bn": the party of
      // the figure's own "with" clause gives it ("is in talks with Pakistan to invest" names the other side).
      // (A possessor's "with China's Sinopec" is read from the possessor: `before` is the words before it.)
      const p = partiesOf(a, [m]);
      if (p.length > 0) found.push({ parties: p, strength: 6.5, at: m.start });
    } else if (m.end <= anchorStart && SHARE_GAP.test(s.slice(m.end, anchorStart)) && SHARE_LIST_CUE.test(s)) {
      // "followed by the Gulf Fund with $5bn and Tarsa Bank with $4bn": each share's contributor is named right before it.
      const p = partiesOf(a, [m]);
      if (p.length > 0) found.push({ parties: p, strength: 6.2, at: m.start });
    } else if (m.end < anchorStart && endsBefore(WITH_BEFORE, before, tail) && GIVING_PARTICIPLE_AFTER.test(after) && !a.parties.some((n) => n.start > m.end && n.end <= anchorStart && n !== m && n.canonical !== m.canonical)) {
      const p = m.via === 'demonym' ? partyOf(m, after) : partyOf(m, '');
      // ("arranged by Nedbank, with the DBSA providing R1.6-billion": a participle right before the figure gives it, before
      // the agent of the whole the sentence opened with.)
      const participle = GIVING_PARTICIPLE_AFTER.exec(after);
      // (Only over an agent told with "by" before it: a sentence's own subject, "Saudi Arabia and the UAE will each
      // contribute $3.75bn, with Kuwait providing $2.5bn", is read as it was.)
      const direct = participle !== null && PARTICIPLE_OBJECT_GAP.test(s.slice(m.end + participle[0].length, anchorStart)) && /\bby\s/i.test(s.slice(0, m.start));
      if (p) found.push({ parties: [p], strength: direct ? 6.5 : 5, at: m.start });
    } else if (
      endsBefore(AGENT_BEFORE, before, tail) ||
      // ("The project has been selected by the US Department of Energy to receive up to USD 110 million": who selected it gives.)
      (/\bby\s/i.test(before) && SELECTED_BY_BEFORE.test(before) && SELECTED_TO_RECEIVE_AFTER.test(after)) ||
      endsBefore(LENDER_LIST_BEFORE, before, tail) ||
      BACKED_AFTER.test(after) ||
      endsBefore(NOUN_AGENT_BEFORE, before, tail) ||
      (/\bby\s/i.test(before) && ROLE_AGENT_BEFORE.test(before))
    ) {
      // "will lend $553m to a consortium led by India's Adani Ports": the leader of the group money goes to receives it.
      if (RECEIVING_GROUP_LED_BY_BEFORE.test(before)) continue;
      // ("a $600-million senior loan for the refinery that Chinese-backed Boké Alumina Refinery Company is building": a
      // backer right before a name describes that company, not the figure.)
      if (BACKED_AFTER.test(after) && a.parties.some((n) => n.start > m.end && isOrg(n) && BACKED_GAP.test(s.slice(m.end, n.start)))) continue;
      // ("Zhonghe will inject US$300 million ..., and the investment has been approved by the National Development and
      // Reform Commission": a regulator clearing a deal told before is no giver of it.)
      if (m.start >= anchorEnd && /\bby\s+(?:the\s+)?$/i.test(before) && DEAL_CLEARED_BY_BEFORE.test(before)) continue;
      // "deals worth $10bn, including a $2.5bn smelter to be built by X": past another figure, the agent is that figure's.
      const pastAnotherFigure = m.start >= anchorEnd && ONE_AMOUNT.test(withoutOwnConversion(s.slice(anchorEnd, m.start)));
      // "the fund will lend $300m, while the remaining $700m will be covered by X": and in another clause, never this one's.
      if (pastAnotherFigure && inOtherClause(s, m, { start: anchorStart, end: anchorEnd })) continue;
      // "X plans to inject N180bn in equity, while a group of lenders led by Access Bank is arranging a facility": the
      // leader of another clause's group, after the figure, is not its giver.
      if (m.start >= anchorEnd && /\bled\s+by\s+(?:the\s+)?$/i.test(before) && inOtherClause(s, m, { start: anchorStart, end: anchorEnd })) continue;
      // "a $1bn expansion by X, followed by a $500m project by Y": before this figure, an agent right after another is that one's.
      const ofEarlierFigure = m.end <= anchorStart && ONE_AMOUNT.test(s.slice(Math.max(0, m.start - 60), m.start));
      // "signed a loan agreement with a consortium of banks led by X": X's group lends to the signatory, as a lender "with" does.
      // ("has signed a $450 million project finance facility led by JBIC": the lender leading the facility signed, as one.)
      const signedWith = m.start >= anchorEnd && (INSTRUMENT_WITH_GROUP_BEFORE.test(s.slice(Math.max(0, m.start - 200), m.start)) || (INSTRUMENT_LED_BY_BEFORE.test(s.slice(Math.max(0, m.start - 60), m.start)) && SIGNED_BEFORE_FIGURE.test(s.slice(Math.max(0, anchorStart - 40), anchorStart))));
      // ("..., the largest Chinese-financed deal signed by the country since 2019": a backer far after the figure, in a
      // phrase describing the deal, is weaker than the figure's own subject.)
      const farBacker = m.start >= anchorEnd + 60 && BACKED_AFTER.test(after) && !endsBefore(AGENT_BEFORE, before, tail) && !endsBefore(NOUN_AGENT_BEFORE, before, tail);
      found.push({ parties: partiesOf(a, dedupe(coordinated(a, m))), strength: pastAnotherFigure || ofEarlierFigure || farBacker ? 2.5 : 6, at: m.start, ...(signedWith ? { signedWith } : {}) });
    } else if (m.start >= anchorEnd && endsBefore(BUILDER_BEFORE, before, tail) && !ONE_AMOUNT.test(s.slice(anchorEnd, m.start))) {
      // "a $2.5bn smelter to be built by Mubadala": the builder is the funder only when no one else is named
      // ("KEXIM will lend $700m for a plant being built by Hyundai Engineering": the lender's money).
      found.push({ parties: partiesOf(a, dedupe(coordinated(a, m))), strength: 3.5, at: m.start });
    } else if (m.start >= anchorEnd && RELATIVE_GAP.test(s.slice(anchorEnd, m.start)) && RELATIVE_GIVING_AFTER.test(after)) {
      // "a $3bn Extended Fund Facility the IMF approved in December", "Of the $2bn China pledged, ...":
      // the subject of a relative clause on the figure's noun gave it.
      found.push({ parties: partiesOf(a, dedupe(coordinated(a, m))), strength: 5.6, at: m.start });
    } else if (endsBefore(FROM_BEFORE, before, tail) && !/\b(?:visit|delegation|officials?|minister|ministers|president|leaders?|rivals?|competitors?|requests?|applications?|proposals?|appeals?|invitations?|bids?)\s+from\s+(?:the\s+)?$/i.test(before) && !RIVAL_BIDS_BEFORE.test(before) && !SELLER_BEFORE.test(before) && !COVER_FROM_BEFORE.test(before) && !GOODS_FROM_BEFORE.test(before)) {
      // "a loan from X and a $50m grant from Y", "$1bn from X, $500m from Y": X, before an "and" or a
      // comma, goes with the earlier figure.
      const earlier = m.end <= anchorStart && /\b(?:and|while|as well as)\b|,/.test(s.slice(m.end, anchorStart));

      // "announced a €1.2bn package, combining €200m in grants with loans from the EIB": past
      // another figure, the source is that figure's; it names this one's only when no subject does.
      const pastAnotherFigure = m.start >= anchorEnd && ONE_AMOUNT.test(withoutOwnConversion(s.slice(anchorEnd, m.start)));
      // "€200m will be grants and the rest loans from the EIB": the source of the rest, not of this figure.
      // ("a loan from X, while the Development Bank of Kazakhstan will provide up to 120 billion tenge": a source of
      // a clause before the figure's own, whose subject gives it.)
      // (Or before ", and the World Bank is expected to provide": a clause with a subject of its own.)
      const otherClause = m.end <= anchorStart && /,\s+(?:while|whereas|and\s+(?:the\s+)?\p{Lu})/u.test(s.slice(m.end, anchorStart));
      // ("unveiled a €1.3 billion package ..., combining EU grants with loans from the EIB": the source of one of
      // the whole's components, whose subject gives it.)
      const component = m.start >= anchorEnd && COMPONENTS_GAP.test(s.slice(anchorEnd, m.start));
      if (!(m.start >= anchorEnd && REST_BETWEEN.test(s.slice(anchorEnd, m.start)))) {
        // ("a Series A round led by Blume Ventures, with participation from Shell Ventures": those who joined the leader are
        // weaker than it.)
        const joined = /participation\s+(?:from|of)\s+(?:the\s+)?$/i.test(before);
        found.push({ parties: partiesOf(a, dedupe(coordinated(a, m))), strength: otherClause ? 2.5 : joined ? 3 : earlier ? 4.5 : pastAnotherFigure || component ? 3.8 : 5.5, at: m.start });
      }
    } else if (BACKED_BY_A_BEFORE.test(before) && /^\s+(?:[\w-]+\s+)?(?:guarantees?|cover|insurance|backstop)\b/i.test(after)) {
      // "secured a loan from the EBRD ..., backed by an EU guarantee": the guarantor backs the money, it does not give it.
    } else if (INSTRUMENT_AFTER.test(after) && !PREPOSITION_BEFORE.test(before.replace(/\$?[\d.,]+\s*(?:billion|million|bn|mn|m)?\s+(?:in\s+)?$/i, '')) || (INSTRUMENT_AFTER.test(after) && /\bin\s+(?:the\s+)?$/i.test(before) && /\d/.test(before.slice(-25)))) {
      // "$1bn in Kestrel Bank financing": the organisation whose financing it is. "approved €902m in German
      // state aid": whose aid it is, over the regulator that approved it. "a $10.5bn IMF-World Bank
      // package": both organisations the hyphen joins.
      const joined = isOrg(m) ? a.parties.find((n) => n.end === m.start - 1 && isOrg(n) && /[-–/]/.test(s.charAt(n.end))) : undefined;
      found.push({ parties: partiesOf(a, joined ? [joined, m] : [m]), strength: STATE_AID_AFTER.test(after) ? 6.5 : isOrg(m) ? 5 : 3.5, at: (joined ?? m).start });
    }
  }
  // Subject of the verb: the party nearest before the verb (or figure) in the same clause, not after a preposition.
  // A verb joined by "and" to an earlier figure's ("will pay $900m for a stake in Codelco's project and commit
  // $350m more") has that figure's subject: the search starts before it.
  const anchor = sharedVerbAnchor(s, verb) ?? (verb ? Math.min(verb.start, anchorStart) : anchorStart);
  let clauseStart = 0;
  for (const b of CLAUSE_BREAKS) {
    const i = s.lastIndexOf(b, anchor - 1);
    if (i >= 0 && i + b.length <= anchor) clauseStart = Math.max(clauseStart, i + b.length);
  }
  const appositives = appositivesOf(a);
  const subjects = a.parties.filter(
    (m, _, __, lead = stateTitleStart(a, m)) =>
      m.end <= anchor &&
      m.start >= clauseStart &&
      !a.places.has(m) &&
      m.kind !== 'area' &&
      // "France's AFD": the possessor qualifies the party after it. ("Iberdrola's British unit ScottishPower
      // will invest": a company's unit spends the company's money, and the unit's demonym names no party.)
      (!a.parties.some((n) => n.start > m.end && POSSESSIVE_GAP.test(s.slice(m.end, n.start))) || UNIT_AFTER_POSSESSIVE.test(s.slice(m.end, m.end + 60))) &&
      !(m.via === 'demonym' && UNIT_NOUN_AFTER.test(s.slice(m.end, m.end + 30))) &&
      // (Nor the unit itself, named after its noun: "ScottishPower" there.)
      !UNIT_NAMED_BEFORE.test(s.slice(Math.max(0, lead - 50), lead)) &&
      // "Ukraine's allies pledged": the givers are the possessor's allies, not the possessor.
      !GIVERS_OF_AFTER.test(s.slice(m.end, m.end + 40)) &&
      // "lend Uganda $1bn": an indirect object, not the subject; nor is what is bought ("OTP buys Uzbek bank for $500m").
      !GIVE_VERB_BEFORE.test(s.slice(Math.max(0, lead - 30), lead)) &&
      !BUY_BEFORE.test(s.slice(Math.max(0, lead - 30), lead)) &&
      !BUY_DESCRIBED_BEFORE.test(s.slice(Math.max(0, lead - 60), lead)) &&
      // ("buy a stake in Dutch firm Kestrel Power for €1.2bn": nor what is bought, introduced by its demonym or home.)
      !boughtIntroduced(a, m) &&
      // ("a 49% stake in Crete-based resort developer Minoan Shores for 210 million euros", "in state-owned Ethio Telecom":
      // nor a company a stake is bought in, past the words describing it.)
      !DESCRIBED_OBJECT_BEFORE.test(s.slice(Math.max(0, lead - 60), lead)) &&
      // "buy a stake from X": an object of "from" is not the subject (a lender after "from" is found above).
      !FROM_BEFORE.test(s.slice(Math.max(0, lead - 30), lead)) &&
      // ", a Mubadala and ADQ joint venture,": an appositive describes the subject, it is not the subject.
      !appositives.some(([from, to]) => to <= anchor && m.start >= from && m.end <= to) &&
      // "Regarding Kenya's willingness to lend": a possessor with an intention is the subject even after a preposition.
      ((!PREPOSITION_BEFORE.test(s.slice(Math.max(0, lead - 30), lead)) && !TOWN_THEN_REGION_BEFORE.test(s.slice(Math.max(0, lead - 40), lead))) || POSSESSOR_INTENT.test(s.slice(m.end, m.end + 60))) &&
      // "Kestrel Mining said lenders have committed $3.5bn": the speaker reports what others give.
      !SPEAKER_OF_OTHERS.test(s.slice(m.end, anchor)) &&
      // Away from the figure, only a sentence-opening party is its subject ("The US envoy visited Kenya" has none).
      // (Not a list after a colon that ends words: "includes £20 million each for the three countries: Ethiopia, Somalia
      // and Kenya"; a dateline's "ISLAMABAD, Nov 25 (APP):" opens the sentence all the same.)
      (!neighbour || (/^[\s\W]*(?:(?:the|a|an|[\p{Lu}][\p{L}'’.-]*|and|,|\d{1,2}|[-–—:]|\([^)]{1,30}\))\s*)*$/u.test(s.slice(clauseStart, lead)) && !/[a-z]\s*:\s*$/.test(s.slice(0, clauseStart)))),
  );
  // In a neighbouring sentence (no figure) the subject is the first party, early in the sentence;
  // past a word that names no party of its own ("The Saudi Public Investment Fund": "Saudi" only
  // qualifies the fund), the next one.
  const subjectsToTry = subjects.length === 0 ? [] : neighbour ? subjects.filter((m) => m.start - clauseStart < 80) : [subjects[subjects.length - 1]!];
  for (const subject of subjectsToTry) {
    // Up to the figure, not into it: "5.7 trillion won" is a currency, not a verb of receiving.
    // ("Osaka Gas has won ... clearance for its $1.45 billion takeover of WestGas": whatever it won, the deal is its own.)
    const ownDeal = OWN_DEAL_BEFORE.test(s.slice(Math.max(0, anchorStart - 25), anchorStart)) && OWN_DEAL_AFTER.test(s.slice(anchorEnd, anchorEnd + 40));
    if (!ownDeal && (RECEIVE_VERB.test(s.slice(subject.end, Math.max(subject.end, anchorStart)).replace(RAISED_HOLDING, '')) || BONDS_SOLD_AFTER.test(s.slice(subject.end, anchorEnd + 80)))) break;
    // ("ThriveFarm, a Kano-based agritech startup that finances farmers, has closed a $6.5 million round": past its appositive.)
    if (signsOwnLoan(a, subject) || receivesPastAppositive(a, subject)) break;
    // ("ACWA Power closes $1.1 billion financing for Aral wind farm": a company closing a financing raises it; a lender
    // closing one may be lending.)
    if (!FINANCIER_TYPES.includes(subject.type) && CLOSES_FINANCING_AFTER.test(s.slice(subject.end, anchorEnd + 40))) break;
    // Walk back to the first of a coordinated subject ("Kenya and Uganda will invest").
    let first = subject;
    for (let i = subjects.indexOf(subject) - 1; i >= 0; i--) {
      if (subjects[i]!.via === 'demonym' && introducedOrg(a, subjects[i]!) === first) continue;
      const gap = gapBetween(a, subjects[i]!, first);
      if (COORDINATION.test(gap) || sameInBrackets(subjects[i]!, first, gap)) first = subjects[i]!;
      else break;
    }
    const ms = dedupe(coordinated(a, first)).filter((m) => m.end <= anchor);
    const parties = partiesOf(a, ms);
    if (parties.length > 0) {
      const strength = isOrg(first) ? 4 : first.via === 'capital' ? 2 : 3;
      found.push({ parties, strength, at: first.start });
      break;
    }
  }
  if (verb && verb.end <= anchorStart) {
    const gapped = a.parties.find(
      (m) =>
        m.start >= verb.end &&
        m.end <= anchorStart &&
        !a.places.has(m) &&
        GAPPED_FIGURE_AFTER.test(s.slice(m.end, anchorStart)) &&
        GAPPED_SUBJECT_BEFORE.test(s.slice(Math.max(0, m.start - 60), m.start)),
    );
    const parties = gapped ? partiesOf(a, [gapped]) : [];
    if (gapped && parties.length > 0) found.push({ parties, strength: 4.5, at: gapped.start });
  }
  const person = neighbour ? null : personOfOrg(a, anchorStart);
  if (person) found.push(person);
  const usable = found.filter((f) => f.parties.length > 0);
  if (usable.length === 0) return null;
  usable.sort((x, y) => y.strength - x.strength || Math.abs(x.at - anchorStart) - Math.abs(y.at - anchorStart));
  return usable[0]!;
}

/** Where a country named as its state begins: at "The Government of" in "The Government of Japan will provide"; else the mention's start. */
function stateTitleStart(a: Analysed, m: EntityMention): number {
  if (m.via === 'demonym') return m.start;
  // ("in the Republic of Karakalpakstan": a region may be titled as a state too; "The Executive Board of the
  // International Monetary Fund today approved": an organisation acts through its board.)
  const title = m.kind === 'country' || m.kind === 'place' ? STATE_TITLE_BEFORE : isOrg(m) ? BOARD_OF_BEFORE : null;
  if (title === null) return m.start;
  const before = a.sentence.slice(Math.max(0, m.start - 60), m.start);
  const t = title.exec(before);
  return t ? m.start - before.length + t.index : m.start;
}
const BOARD_OF_BEFORE = /\b(?:the\s+)?(?:executive\s+)?board(?:\s+of\s+(?:executive\s+)?directors)?\s+of\s+(?:the\s+)?$/i;

/** Before a verb with no subject of its own: "... and commit", "... and will also provide". */
const AND_VERB_BEFORE = /\band\s+(?:(?:will|would|also|then|to)\s+)*$/i;

/** The start of the earlier figure a verb joined by "and" shares its subject with, or null. */
function sharedVerbAnchor(s: string, verb: { start: number; end: number } | null): number | null {
  if (!verb || !AND_VERB_BEFORE.test(s.slice(Math.max(0, verb.start - 30), verb.start))) return null;
  let last: number | null = null;
  for (const m of s.slice(0, verb.start).matchAll(AMOUNT)) last = m.index;
  return last;
}

/** An organisation pointed back to by its kind, as what money is put into: "provide the carmaker with", "into the company". */
const ORG_POINTED_BACK = /\b(?:(?:provide|give|lend|loan|inject|supply)\s+(?:the|its|his|her)\s+(?:[\w-]+\s+){0,3}?|into\s+(?:the|its|his|her)\s+(?:[\w-]+\s+){0,2}?)(?:company|carmaker|automaker|firm|group|start-?up|maker|business|airline|bank|club|developer|miner|producer|venture|unit)\b/i;
/** Right after an organisation's possessive: a person's title, the person's name, and a verb of giving. */
// ("VinFast founder Pham Nhat Vuong will provide": the possessive may be left out.)
const PERSON_OF_ORG_AFTER =
  /^(?:['’]s?)?\s+(?:(?:billionaire|majority|main|largest|controlling)\s+)?(?:founder|co-founder|chairman|chairwoman|chair|owner|chief\s+executive|CEO|president|shareholder|boss)\s+((?:[\p{Lu}][\p{Ll}’'-]+\s+){1,3}[\p{Lu}][\p{Ll}’'-]+)\s+(?:(?:will|has|had|also|plans\s+to|agreed\s+to|is\s+to|said\s+he\s+would|said\s+she\s+would)\s+)*(?:provide|invest|lend|inject|give|put|pour|commit|pledge)\w*\b/u;

/**
 * "VinFast's founder Pham Nhat Vuong will provide the carmaker with $1bn of his personal funds": a
 * person the sentence names by an organisation's title gives the figure after it, of that
 * organisation's country (the organisation itself does not; `ownOrg` says which it is, for its
 * recipient). Persons are no entities of the reference: only this construction names one.
 */
function personOfOrg(a: Analysed, anchorStart: number): Scored | null {
  if (!/founder|chair|owner|chief|CEO|president|shareholder|boss/.test(a.sentence)) return null;
  for (const m of a.parties) {
    if (!isOrg(m) || m.end >= anchorStart) continue;
    const found = PERSON_OF_ORG_AFTER.exec(a.sentence.slice(m.end, anchorStart));
    const org = found ? partyIn(a, m) : null;
    if (!found || !org) continue;
    const name = found[1]!;
    return { parties: [{ name, type: 'other', country: org.country }], strength: 6.4, at: m.end + found[0].indexOf(name), ownOrg: org };
  }
  return null;
}

/** “We will invest $2bn,” said X, chief executive of Y: the organisation speaking, for a figure in a first-person quote. */
/** After a quote, where the words naming whom the speaker met or told begin. */
const LISTENER_AFTER_QUOTE = /\b(?:after|before|while|when|during)\s+(?:meeting|talks|talking|a\s+meeting|his\s+meeting|her\s+meeting)\b|\b(?:told|met|meeting\s+with|in\s+talks\s+with)\b/i;

function speakerOfQuote(a: Analysed, figure: { start: number; end: number }): Scored | null {
  const s = a.sentence;
  const open = Math.max(s.lastIndexOf('“', figure.start), s.lastIndexOf('"', figure.start - 1));
  if (open < 0) return null;
  const close = s.slice(figure.end).search(/[”"]/);
  if (close < 0 || !FIRST_PERSON.test(s.slice(open, figure.start))) return null;
  // (Not one the speaker met or told: "..., Erdinç told Anadolu after meeting Pakistani Prime Minister Shehbaz
  // Sharif in Islamabad" names the listener's country, not the speaker's.)
  const rest = s.slice(figure.end + close);
  const listener = LISTENER_AFTER_QUOTE.exec(rest);
  const end = listener ? figure.end + close + listener.index : s.length;
  const after = a.parties.filter((m) => m.start > figure.end + close && m.start < end && !a.places.has(m));
  const speaker = after.find((m) => isOrg(m)) ?? after.find((m) => m.kind === 'country' && m.via !== 'demonym');
  const parties = speaker ? partiesOf(a, [speaker]) : [];
  return speaker && parties.length > 0 ? { parties, strength: 4, at: speaker.start } : null;
}

/**
 * "a loan to the province of Neuquén", "to the Yerevan Municipality": a place's own government, named as one,
 * receives as itself (of its country), not as its country; `title` is the length of the title before the place.
 * A capital too: "the Yerevan Municipality" is the city's, where "to Yerevan" alone may be the country's.
 */
function localGovernmentOf(s: string, m: EntityMention): { party: Party; title: number } | null {
  if (m.kind !== 'place' && m.via !== 'capital') return null;
  const title = LOCAL_GOVERNMENT_BEFORE.exec(s.slice(Math.max(0, m.start - 40), m.start));
  if (!title && !LOCAL_GOVERNMENT_AFTER.test(s.slice(m.end, m.end + 60))) return null;
  return { party: { name: m.kind === 'place' ? m.canonical : m.surface, type: 'government', country: m.country }, title: title ? title[0].length : 0 };
}

/** A name's acronym in brackets right after it: " (AHV)". */
const ACRONYM_IN_BRACKETS = /^\s*\([A-Z][\w&.-]{0,11}\)/;

interface RecipientCandidate {
  p: Party;
  rank: number;
  at: number;
}

/** The recipient named in a sentence: indirect object, "to/for/in X", the project's owner. */
function findRecipient(a: Analysed, from: number, funder: readonly Party[], strict: boolean): Party | null {
  return firstNotFunder(recipientCandidates(a, from, strict), funder);
}

/**
 * The best candidate that is not one of the funders. Setting the funders aside after sorting picks
 * the same one as setting them aside before: the sort is stable, so the candidates kept stay in
 * the same order either way.
 */
function firstNotFunder(candidates: readonly RecipientCandidate[], funder: readonly Party[]): Party | null {
  for (const c of candidates) if (!isFunderParty(c.p, funder)) return c.p;
  return null;
}

function isFunderParty(p: Party, funder: readonly Party[]): boolean {
  return funder.some((f) => f.name === p.name || (f.type === 'government' && p.type === 'government' && f.country === p.country));
}

/** The sentence's recipient candidates, best first, funders not yet set aside. */
function recipientCandidates(a: Analysed, from: number, strict: boolean): RecipientCandidate[] {
  const s = a.sentence;
  const candidates: RecipientCandidate[] = [];
  for (const m of a.mentions) {
    if (m.kind === 'place' && !m.country) continue;
    // "to Chinese battery maker EVE Energy": the demonym qualifies the organisation its role noun introduces.
    // "to the UN agency for refugees, UNRWA,": the organisation before the role noun only describes the one named after it.
    if ((m.via === 'demonym' && introducedOrg(a, m)) || basedOrg(a, m) || describedBody(a, m)) continue;
    // ("Austral Hidrógeno Verde (AHV) has secured": the words after a name are read past its acronym in brackets.)
    const after = s.slice(m.end, m.end + 60 + 16).replace(ACRONYM_IN_BRACKETS, '').slice(0, 60);
    // "a Jordan desalination plant": a country as the adjective of a project is where the money goes.
    const projectAdjective = m.kind === 'country' && !isOrg(m) && PROJECT_NOUN_AFTER.test(after);
    // "the fifth review of Ghana's Extended Credit Facility arrangement, allowing the disbursement of SDR 267.8m":
    // a country whose loan programme it is borrows.
    const programmeOwner = m.kind === 'country' && !isOrg(m) && m.via !== 'demonym' && PROGRAMME_OWNED_AFTER.test(after);
    let before = s.slice(Math.max(0, m.start - 40), m.start);
    // "in Cartersville, Georgia": a state is read with the words before its town.
    const town = m.kind === 'place' ? TOWN_BEFORE.exec(before) : null;
    if (town) before = s.slice(Math.max(0, m.start - town[0].length - 40), m.start - town[0].length);
    // (A place's own government named as one is read with the words before its title: "to the province of Neuquén".)
    const localGovernment = town ? null : localGovernmentOf(s, m);
    if (localGovernment?.title) before = s.slice(Math.max(0, m.start - localGovernment.title - 40), m.start - localGovernment.title);
    // "as donors gathered in the Jordanian capital": where an event took place, not where money goes.
    if (EVENT_IN_BEFORE.test(before)) continue;
    // ("The Saudi Fund for Development ... signed loan agreements ... for the project in Riyadh": a lender's own capital,
    // where it signed, is not where its money goes.)
    if (m.via === 'capital' && /\bin\s+$/i.test(before) && a.parties.some((p) => p !== m && isOrg(p) && p.country === m.country && FINANCIER_TYPES.includes(p.type))) continue;
    // "will build two power plants worth $7bn with Turkish partners": partners a party builds with share the work, they receive nothing.
    // ("signed MoUs worth $12bn with Indonesian partners" with no building: the side of the other country receives.)
    if (m.via === 'demonym' && /\bwith\s+$/i.test(before) && CO_BUILDERS_AFTER.test(after) && BUILDING_BEFORE.test(s.slice(Math.max(0, m.start - 160), m.start))) continue;
    // "invest $2bn in UK infrastructure": a country qualifying what is invested in receives, as
    // "in British infrastructure" does ("$2bn in US equipment exports" names no recipient).
    const adjectiveIn = m.kind === 'country' && !isOrg(m) && m.via !== 'demonym' && INVEST_IN_BEFORE.test(before) && /^\s+[\p{Ll}]/u.test(after) && !VERBISH.test(after) && !GROUP_NOUN_AFTER.test(after);
    if (!a.parties.includes(m) && m.kind !== 'place' && !projectAdjective && !adjectiveIn && !programmeOwner) continue;
    // "..., while Hyundai won a $5bn contract": a party of another clause is not this figure's counterparty.
    if (!strict && inOtherClause(s, m, { start: from, end: from })) continue;
    // "invest $50m in Nigeria's Ecobank": the organisation receives, of its possessor's country.
    if (!strict && ownedOrg(a, m)) continue;
    const owner = strict ? undefined : (possessorOf(a, m) ?? introducerOf(a, m) ?? homeOf(a, m) ?? describerOf(a, m));
    if (owner) before = s.slice(Math.max(0, owner.start - 40), owner.start);
    // "provide the Government of Kenya with": a state named by its title is read with the words before the title.
    const lead = owner ? m.start : stateTitleStart(a, m);
    if (lead !== m.start) before = s.slice(Math.max(0, lead - 40), lead);
    // "a loan to industrial real estate developer Grupo Nordika Industrial": a company introduced by its role, with no
    // country before it, is read with the words before the role.
    else if (!owner && isOrg(m) && m.via !== 'demonym') {
      // ("a loan to ASX-listed Coolgardie Lithium": so is one described by where it is listed or based.)
      const role = ROLE_WORDS_BEFORE_NAME.exec(s.slice(Math.max(0, m.start - 60), m.start)) ?? COMPOUND_BEFORE_NAME.exec(s.slice(Math.max(0, m.start - 60), m.start));
      if (role) before = s.slice(Math.max(0, m.start - role[0].length - 40), m.start - role[0].length + 1);
    }
    const possessive = /^['’]s?\b/.test(s.slice(m.end, m.end + 3));
    // "a factory in Chatham County, North Carolina": a local government named by its place, where something is, is that
    // place (its country); "a grant to York County" names it receiving.
    // ("a loan for Makueni water project": nor does one naming a project.)
    if (isOrg(m) && LOCAL_BODY_NAME.test(m.canonical) && (/\b(?:in|near|outside|at)\s+(?:the\s+)?$/i.test(before) || (PROJECT_NOUN_AFTER.test(after) && !/^\s+(?:for|to|with|at|in|on)\b/.test(after)))) {
      if (m.country) candidates.push({ p: { name: m.country, type: 'government', country: m.country }, rank: 2, at: m.start });
      continue;
    }
    let rank = 0;
    // "invest 2.5bn reais in Brazilian developer X": the demonym names the receiving country.
    const demonymIn = (m.via === 'demonym' && IN_BEFORE.test(before) && !GROUP_NOUN_AFTER.test(after) && !INSTRUMENT_AFTER.test(after)) || adjectiveIn;
    if (programmeOwner) {
      const p = partyOf({ ...m, via: 'name' }, '');
      if (p) candidates.push({ p, rank: 3, at: m.start });
      continue;
    }
    if (projectAdjective && !possessive) {
      const p = partyOf({ ...m, via: 'name' }, '');
      if (p) candidates.push({ p, rank: 1.5, at: m.start });
      continue;
    }
    if (demonymIn) {
      const p: Party = { name: m.canonical, type: 'government', country: m.country };
      candidates.push({ p, rank: 2, at: m.start });
      continue;
    }
    // ("Ukraine's allies pledged more than 10 billion euros": the country whose allies give receives.)
    if (possessive && m.kind === 'country' && m.via !== 'demonym' && GIVERS_OF_AFTER.test(after)) {
      const p = partyOf(m, '');
      if (p) candidates.push({ p, rank: 3.5, at: m.start });
      continue;
    }
    if (possessive && OF_POSSESSOR_BEFORE.test(before) && m.kind === 'country' && m.via !== 'demonym') {
      const p = partyOf(m, '');
      if (p) candidates.push({ p, rank: 2.5, at: m.start });
      continue;
    }
    // Away from the figure only a country named as receiving counts: "added ounces to Kestrel's reserves" names no recipient;
    // "invest $3.5bn in Azerbaijan's liberated territories" does.
    const investedIn = strict && (INVEST_IN_BEFORE.test(before) || PUT_IN_BEFORE.test(before));
    // ("announced new money for the Fund for responding to Loss and Damage. Germany pledged €60m": an organisation
    // named as where money goes, away from the figure, receives it too.)
    if (strict && isOrg(m) && MONEY_FOR_BEFORE.test(s.slice(Math.max(0, m.start - 100), m.start)) && !possessive) {
      const p = partyIn(a, m);
      if (p) candidates.push({ p, rank: 3, at: m.start });
      continue;
    }
    // ("The board of the IFC has approved a loan of up to US$100 million to Kafue Commercial Bank ... The facility ... will be
    // disbursed in two tranches, with the first US$40 million expected before the end of the year": a company or bank a
    // neighbour's loan or investment goes to receives what the sentences after it tell of it. "Sokhna Green Ammonia
    // Company (SGAC) today announced financial close ...": so does a company a neighbour says closed its financing, what
    // lenders after it sign without naming whom for. Any receiving verb there was measured too broad: "SIG secures",
    // "Türkiye's Treasury raised" gave acronyms and public bodies.)
    if (strict && isOrg(m) && !a.places.has(m)) {
      const lentTo = /\bto\s+(?:the\s+)?$/i.test(before) && MONEY_TO_BEFORE.test(s.slice(Math.max(0, m.start - 90), m.start));
      // ("Sacyr has signed a 2.4 trillion peso long-term financing for the X highway concession. The package combines a loan
      // from Bancolombia ...": so does a company that signed its own financing.)
      const closed = !lentTo && !FINANCIER_TYPES.includes(m.type) && (FINANCIAL_CLOSE_AFTER.test(after) || FINANCIAL_CLOSE_AFTER.test(pastAppositive(a, m)) || signsOwnLoan(a, m));
      if (lentTo || closed) {
        const p = partyIn(a, m);
        if (p && (p.type === 'company' || p.type === 'state_company' || (lentTo && p.type === 'bank'))) candidates.push({ p, rank: closed ? 3.5 : 3, at: m.start });
        continue;
      }
    }
    if (strict && (m.kind !== 'country' || m.via === 'demonym' || (/^['’]/.test(after) && !investedIn))) continue;
    if (!strict && GIVE_VERB_BEFORE.test(before)) rank = 4;
    // ("Uzbekistan sold $1.5bn of eurobonds": the issuer of bonds sold receives the money.)
    // ("Its developer, Keystone Generation LLC, will receive": the comma closing an appositive name before the verb.)
    // ("Kenya's Treasury said it had secured": a country's body speaking is read as the country, by the rules for it.)
    else if ((RECEIVE_AFTER.test(after.replace(RAISED_HOLDING, '').replace(/^,(?=\s+(?:will|would|has|have|had|is|was|also)\b)/, '')) ||
        (isOrg(m) && SAID_IT_AFTER.test(after) && !/['’]s?\s+$/.test(before) && RECEIVE_AFTER.test(after.replace(SAID_IT_AFTER, ''))) || receivesPastAppositive(a, m) || BONDS_SOLD_AFTER.test(s.slice(m.end, m.end + 100)) || signsOwnLoan(a, m) || (isOrg(m) && m.end <= from && PAYS_WITH_AFTER.test(after))) && !a.places.has(m)) rank = 3.5;
    // "FMO has signed a $40 million loan with Jaipur-based microlender Satya Kiran Finance": a lender's loan signed with
    // an organisation that lends nothing goes to it.
    else if (isOrg(m) && (!FINANCIER_TYPES.includes(m.type) || lentOnBy(a, m)) && /\bwith\b/i.test(before) && LOAN_WITH_BORROWER_BEFORE.test(s.slice(Math.max(0, m.start - 100), m.start)) && lenderNamedBefore(a, m)) rank = 3;
    // "The ADB is in talks with EVN on a loan of between $300 million and $400 million": a lender talking over a loan with
    // a party that lends nothing lends to it (the other way round, the party talked with lends: findFunder).
    else if (!strict && m.end <= from && TALKS_WITH_BEFORE.test(before) && lenderTalksWithBorrower(a, m) && loanTalkedOver(s, talkedWithEnd(a, m), from, from)) rank = 3;
    // "with the AfDB providing the remaining $1bn": a co-funder, not a counterparty.
    else if (WITH_BEFORE.test(before) && (GIVING_PARTICIPLE_AFTER.test(after) || SUPPORT_NOUN_AFTER.test(after))) continue;
    // ("the municipality has confirmed to NOS": the statement's addressee.)
    else if (/\bto\s+(?:the\s+)?$/i.test(before) && STATEMENT_TO_BEFORE.test(before)) continue;
    // "during the president's visit to Tokyo", "at a forum in Riyadh": where a delegation went or an event was held.
    else if (VISIT_TO_BEFORE.test(before)) continue;
    // "a loan to support U.S. mining equipment exports", "to back US jobs": the country names what is supported, not who receives.
    else if (m.kind === 'country' && !isOrg(m) && SUPPORTED_TRADE_AFTER.test(after)) continue;
    // "a loan ... co-financed with MUFG Bank", "alongside the IFC": a co-financier, not the receiver.
    else if (/with|alongside/i.test(before) && CO_FINANCIER_BEFORE.test(before)) continue;
    // "70 percent of the output to be exported to China": where goods go, not who receives money.
    else if (/\bto\s+(?:the\s+)?$/i.test(before) && EXPORTED_TO_BEFORE.test(before)) continue;
    // "$3bn will come from private investors in Oman": where the money's source is, not who receives it.
    else if (s.lastIndexOf('from', m.start) > m.start - 80 && SOURCE_HOME_BEFORE.test(s.slice(Math.max(0, m.start - 80), m.start))) continue;
    // "agreed to buy Spain's Saeta Yield for €1.4bn": what is bought receives the money.
    else if (!strict && /bu[yi]|bought|acqui|purchas|t[ao]ok|take/i.test(before) && (BUY_BEFORE.test(before) || (isOrg(m) && BUY_DESCRIBED_BEFORE.test(before)))) rank = 3;
    // ("has offered 870 million euros for the 75% of Hydrotec AG it does not already own": the company a share is paid for.)
    else if (!strict && isOrg(m) && /%|cent/i.test(before) && PERCENT_PAID_FOR_BEFORE.test(before)) rank = 3;
    // ("a 49% stake in Crete-based resort developer Minoan Shores": past the words describing it.)
    else if (!strict && isOrg(m) && DESCRIBED_OBJECT_BEFORE.test(s.slice(Math.max(0, m.start - 60), m.start))) rank = 3;
    // "subscribed to $50m of green bonds issued by X": the issuer receives the money.
    else if (!strict && /\bby\s/i.test(before) && ISSUER_BEFORE.test(before)) rank = 3;
    else if (((strict ? STRICT_RECIPIENT_BEFORE : RECIPIENT_BEFORE).test(before) || investedIn || REBUILD_DIRECTION_BEFORE.test(before)) && (m.start >= from || possessive || INVESTMENT_IN_BEFORE.test(before)))
      // "to/for X" names the recipient; "in X" the place; "a deal with X" only the counterparty.
      rank = /\b(?:in|near|outside)\s+(?:the\s+)?$/i.test(before) ? 2 : /\bwith\s+(?:the\s+)?$/i.test(before) ? 1 : 3;
    else continue;
    const p: Party | null =
      localGovernment
        ? localGovernment.party
        : m.kind === 'place'
        ? { name: m.country!, type: 'government', country: m.country }
        : m.via === 'demonym'
          ? partyOf(m, s.slice(m.end, m.end + 60))
          : partyIn(a, m);
    if (p && owner?.kind === 'country' && owner.country) p.country = owner.country;
    if (p) candidates.push({ p, rank, at: m.start });
  }
  candidates.sort((x, y) => y.rank - x.rank || Math.abs(x.at - from) - Math.abs(y.at - from));
  return candidates;
}

/** The funder a sentence names for a figure after it (its end is the anchor). */
function neighbourFunder(n: Analysed): Scored | null {
  const kept = n.asNeighbour;
  if (kept.funder === undefined) kept.funder = findFunder(n, n.sentence.length, n.sentence.length, null, true);
  return kept.funder;
}

function neighbourRecipients(n: Analysed): readonly RecipientCandidate[] {
  const kept = n.asNeighbour;
  return (kept.recipients ??= recipientCandidates(n, 0, true));
}

/** The owner of the project nearest the start of a neighbouring sentence, if it is written as a possessor. */
function neighbourProjectOwner(n: Analysed, index: EntityIndex, known: readonly string[]): Party | null {
  // Known project names add bare mentions, so only the answer without them is kept.
  if (known.length > 0) return projectOwnerIn(n, index, known);
  const kept = n.asNeighbour;
  if (kept.projectOwner === undefined) kept.projectOwner = projectOwnerIn(n, index, known);
  return kept.projectOwner;
}

function projectOwnerIn(n: Analysed, index: EntityIndex, known: readonly string[]): Party | null {
  const p = projectIn(n.sentence, index, known, { start: 0, end: 0 });
  return p ? possessorOfProject(n, p) : null;
}

function projectIn(sentence: string, index: EntityIndex, known: readonly string[], figure: { start: number; end: number }): ProjectMention | null {
  // A project of another clause ("..., while Hyundai won a contract for the Jafurah gas plant") is not this figure's.
  const ms = findProjectMentions(sentence, index, { known }).filter(
    (m) => !inOtherClause(sentence, m, figure),
  );
  if (ms.length === 0) return null;
  // The first of the nearest: what a stable sort by distance puts first.
  let best = ms[0]!;
  let bestDistance = distanceToFigure(best, figure);
  for (let i = 1; i < ms.length; i++) {
    const d = distanceToFigure(ms[i]!, figure);
    if (d < bestDistance) {
      best = ms[i]!;
      bestDistance = d;
    }
  }
  return best;
}

function distanceToFigure(m: ProjectMention, figure: { start: number; end: number }): number {
  return m.start >= figure.end ? m.start - figure.end : m.end <= figure.start ? (figure.start - m.end) * 1.5 : 0;
}

function possessorOfProject(a: Analysed, p: ProjectMention): Party | null {
  const before = a.sentence.slice(0, p.start);
  const m = /['’]s?\s+(?:\$?[\d.,]+\s*(?:billion|million|bn|m)?\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.exec(before);
  if (!m) return null;
  const owner = a.mentions.find((e) => e.end === m.index && a.parties.includes(e));
  return owner ? partyOf(owner, '') : null;
}

function join(parties: readonly Party[]): Pick<Parties, 'funder' | 'funder_type' | 'funder_country'> {
  const countries = new Set(parties.map((p) => p.country));
  return {
    funder: parties.map((p) => p.name).join('; '),
    funder_type: parties[0]?.type ?? null,
    funder_country: countries.size === 1 ? (parties[0]?.country ?? null) : null,
  };
}

const OWN_RECIPIENT_GAP = /^\s+(?:to|for)\s+(?:the\s+)?$/i;
/**
 * What a text says of a country: 0 nothing, 1 names it, 2 names it giving ("Norway has contributed"), 3 names one of
 * its companies investing ("India's Reliance to invest": money going out of it). Kept per text: every figure of an
 * article asks of the same sentences.
 */
interface CountryNames {
  says(text: string): 0 | 1 | 2 | 3;
}
// Per reference, per country (a run names a few hundred at most).
const countryNames = memoPerOwner<CountryNames | null>(512);

/**
 * What texts say of a country, read from its name, aliases and demonyms ("Ethiopia|Ethiopian|..."),
 * or null if it has none.
 */
function countryNamesOf(country: string, index: EntityIndex): CountryNames | null {
  const byCountry = countryNames(index);
  let p = byCountry.get(country);
  if (p === undefined) {
    const ref = index.countries.get(country);
    const words = ref ? [ref.name, ...ref.aliases, ...ref.demonyms].filter((w) => w.length >= 2) : [];
    const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    if (words.length === 0) p = null;
    else {
      // ("US$300 million" names a currency, not the United States.)
      const pattern = new RegExp(String.raw`(?<![\p{L}])(?:${alternatives})(?![\p{L}]|\s?\$)`, 'u');
      // The country as the subject of a verb of giving: "Norway has contributed", "Norway will donate".
      const giving = new RegExp(String.raw`(?<![\p{L}])(?:${alternatives})(?:['’]s)?\s+(?:[\p{Ll}]+\s+){0,3}?(?:donat(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|lends?|lending|lent|loaned|invest(?:s|ed|ing)?|grant(?:s|ed|ing)?|gives?|gave|giving|funds|funded|financed|finances|commit(?:s|ted)?|deposit(?:s|ed)?|offer(?:s|ed)?)(?![\p{L}])`, 'u');
      // "India's Reliance to invest", "India's Reliance Industries will invest".
      const outbound = new RegExp(String.raw`(?<![\p{L}])(?:${alternatives})['’]s?\s+(?:[\p{Lu}][\p{L}&.-]*\s+){1,3}(?:(?:will|to|plans\s+to|is\s+to|has|agreed\s+to)\s+)?(?:invest|buy|acquire|build|lend|fund|finance)`, 'u');
      const told = memoTable<0 | 1 | 2 | 3>();
      p = {
        says(text) {
          let answer = told.get(text);
          if (answer === undefined) {
            // A literal search first: most texts hold none of the words.
            const named = words.some((w) => text.includes(w)) && pattern.test(text);
            answer = told.set(text, !named ? 0 : outbound.test(text) ? 3 : giving.test(text) ? 2 : 1);
          }
          return answer;
        },
      };
    }
    byCountry.set(country, p);
  }
  return p;
}

const hosts = memoPerOwner<string | null>();

/** The country of a dateline's city ("TRIPOLI" → Libya) when the reference knows it, once per dateline: every figure of an article asks. */
function hostCountry(dateline: string | null, index: EntityIndex): string | null {
  if (!dateline) return null;
  const byDateline = hosts(index);
  const known = byDateline.get(dateline);
  if (known !== undefined) return known;
  return byDateline.set(dateline, findEntities(dateline.split('/')[0]!, index).find((m) => m.kind === 'country' || m.kind === 'place')?.country ?? null);
}

/**
 * The dateline's country as the receiver of an article none of whose rows names one: when the article names that
 * country past its dateline and never as a giver or as the home of a company investing ("OSLO - ... Norway has
 * donated ...", "MUMBAI - India's Reliance to invest ..."); null otherwise, and for a wire story filed from a hub
 * (which names no country of its dateline).
 */
export function datelineReceiver(dateline: string | null, texts: readonly string[], index: EntityIndex): string | null {
  const host = hostCountry(dateline, index);
  const names = host === null ? null : countryNamesOf(host, index);
  if (host === null || names === null) return null;
  const bodies = texts.map((t) => t.slice(datelineLength(t, dateline)));
  const says = bodies.map((t) => names.says(t));
  return says.some((n) => n !== 0) && !says.some((n) => n >= 2) ? host : null;
}

/**
 * The country an article's texts name most (by name or alias, past any dateline), at least twice and more often
 * than any other, and none of `givers` (countries, or names of givers): where its money goes when no row, dateline or
 * neighbour says (articleRecipient.ts). Null when none stands out.
 */
const POSSESSIVE_THEN_NAME_AFTER = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}\p{Lu}/u;
export function articleCountry(texts: readonly string[], givers: readonly string[], index: EntityIndex): string | null {
  const counts = new Map<string, number>();
  for (const t of texts) {
    const body = t.slice(datelineLength(t, null));
    for (const m of findEntities(body, index)) {
      // (Its name, not its demonym nor its possessive before a name: "Japanese data-centre group NTT", "Germany's
      // Schaeffler" name an investor's home, not where the money goes; nor its capital's name, a town's too: "ATHENS, Tenn.")
      // (Nor where goods are sold: "most of it for export to South Korea".)
      if (m.kind !== 'country' || m.country === null || m.via === 'demonym' || m.via === 'capital' || POSSESSIVE_THEN_NAME_AFTER.test(body.slice(m.end, m.end + 40)) || EXPORTED_TO_BEFORE.test(body.slice(Math.max(0, m.start - 40), m.start))) continue;
      counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
    }
  }
  const ranked = [...counts].filter(([c]) => !givers.includes(c)).sort((x, y) => y[1] - x[1]);
  const [top, next] = ranked;
  return top !== undefined && top[1] >= 2 && (next === undefined || next[1] < top[1]) ? top[0] : null;
}

/** Between a party and its figure, a verb of giving said of it: " has agreed to invest up to", " will lend". */
// (Lower case: "with the Saudi Fund for Development" names a fund, it does not fund.)
const DOMESTIC_GIVES_GAP = /^[^.;]{0,60}?\b(?:invest|lend|provide|inject|commit|pledge|contribute|finance|fund|buy|acquire)(?:s|ed|ing)?\b[^.;]{0,40}$/;
/** An agreement with a party to build and operate something (a concession): "agreement with X to build and operate a port". */
/** An agreement with a party to build or develop something: "a partnership agreement with Qatari Diar, ..., to develop". */
const DEVELOP_AGREEMENT_WITH = /\b(?:agreements?|deals?|contracts?|concessions?|partnerships?|memorand(?:um|a|ums)|mous?)\b[^.;]{0,60}?\bwith\s+[^.;]{1,100}?\bto\s+(?:build|develop|construct|set\s+up|establish)\b/i;
const OPERATE_AGREEMENT_WITH = /\b(?:agreements?|deals?|contracts?|concessions?)\s+with\s+[^.;]{1,80}?\bto\s+(?:build|develop|construct)(?:\s*,\s*own)?\s*(?:,|and)\s+(?:operate|run)\b/i;
const BILATERAL_VERB = /\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|seal(?:s|ed)?|agree(?:s|d)?|conclude[sd]?)\b/i;
// ("a credit line of up to $2 billion with China Development Bank": the figure may sit between.)
// ("signed a $750 million preferential buyer's credit with the Export-Import Bank of China": a credit too.)
// ("a $1.5bn facility earlier negotiated with the China Development Bank": a facility, and a verb of its making, too.)
const LOAN_WITH_BEFORE = /\b(?:(?:loan|credit|financing|facility|borrowing)\s+(?:agreements?|deals?|accords?|contracts?|pacts?)|credit\s+lines?|lines?\s+of\s+credit|loans?|(?:credit\s+)?facilit(?:y|ies)|(?:buyer['’]?s|supplier['’]?s|export|preferential|concessional)\s+credits?)\s+(?:(?:of|worth|amounting\s+to|totall?ing|valued\s+at)\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\s+)?(?:(?:(?:earlier|previously|already|originally|first)\s+)?(?:negotiated|agreed|signed|arranged|contracted|concluded)\s+)?with\s+(?:the\s+)?$/i;

/** The passive, its verb after the loan's description: "a $150 million loan to rehabilitate the expressway was signed last week with the". */
const LOAN_SIGNED_WITH_PASSIVE = /\b(?:loans?|credits?|financing|facilit(?:y|ies))\b[^.;]{0,90}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:formally\s+)?(?:signed|agreed|concluded|negotiated|arranged)\s+(?:(?:last|this|on|earlier|in)\s+\w+\s+)?with\s+(?:the\s+)?$/i;

/** Legal words after a name, then a verb, a comma or a bracket: " Co. said", " Pte. Ltd., to", ", Ltd. (". */
const LEGAL_WORDS_AFTER = /^(?:,?\s(?:Co|Corp|Inc|Ltd|Limited|LLC|PLC|Plc|Bhd|Berhad|Pty|Pte|SA|AG|NV|GmbH|JSC|PJSC|Tbk)\b\.?){1,2}(?=\s+\p{Ll}|,|\s+\()/u;
/** Right before a name, where it is listed, based or owned: "ASX-listed", "Nairobi-based", "state-owned". */
const COMPOUND_BEFORE_NAME = /\s(?:[\p{L}\d.&]+-)+(?:listed|based|owned|headquartered|registered|controlled|run)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

/** Before a borrower's name: a loan "with" it, its home and trade between ("a $40 million loan with Jaipur-based microlender"). */
// ("signed a loan agreement for up to $180 million with Tanami Rare Earths": the sum told between.)
const LOAN_WITH_BORROWER_BEFORE = /\b(?:loans?|credit(?:\s+lines?)?|facilit(?:y|ies)|financing)(?:\s+(?:agreements?|deals?))?(?:\s+(?:for|of|worth|totall?ing)\s+[^.;,]{0,30}?\d[\d.,]*(?:\s*(?:million|billion|trillion|bn|mn|m|crore|lakh)\b)?(?:\s+[\p{Ll}]+)?)?\s+with\s+(?:the\s+)?(?:[\p{L}.-]+-based\s+)?(?:[\p{Lu}][\p{Ll}-]+\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Whether the sentence names `lender` right after "a loan agreement with". */
/** "reached a staff-level agreement with the IMF on a $3bn loan": an agreement with a lender, on a loan named after it. */
const AGREEMENT_WITH_BEFORE = /\b(?:staff[- ]level\s+)?(?:agreements?|deals?|accords?|pacts?)\s+with\s+(?:the\s+)?$/i;
const LOAN_AFTER_LENDER = /^[^.;]{0,60}?\b(?:loans?|credit|facility|financing|bailout|programme|program)\b/i;

function signedWithLender(a: Analysed, lender: string): boolean {
  return a.parties.some((m) => {
    if (m.canonical !== lender) return false;
    // ("signed two financing agreements worth a total of USD 110 million with the": the sum may stand between.)
    // ("... with German development bank KfW": the lender's role words, between "with" and its name, go with it.)
    const before = a.sentence.slice(Math.max(0, m.start - 140), m.start).replace(LENDER_ROLE_TAIL, ' ');
    return LOAN_WITH_BEFORE.test(before) || LOAN_SIGNED_WITH_PASSIVE.test(before) || (AGREEMENT_WITH_BEFORE.test(before) && LOAN_AFTER_LENDER.test(a.sentence.slice(m.end, m.end + 80)));
  });
}

/** Funder, recipient and project of one money figure. Never throws; unknown stays null. */
export function resolveParties(ctx: PartyContext, index: EntityIndex): Parties {
  try {
    return resolvePartiesOrThrow(ctx, index);
  } catch {
    return { ...NONE };
  }
}

/** A company's listings in brackets: "(TSX: WPM; NYSE: WPM)", "(ASX:TLM)". */
const LISTINGS = /\((?:\s*(?:[A-Z]{2,6}(?:-V)?|NYSE American)\s*:\s*[A-Z0-9.]{1,10}\s*[;,]?)+\s*\)/g;

/**
 * The text with a company's listings blanked out, offsets kept: "Wheaton Precious Metals (TSX: WPM; NYSE: WPM) has
 * agreed to pay" reads as its subject and verb (the semicolon inside would end the clause, the tickers would be names).
 */
function unlisted(text: string): string {
  return text.includes(':') ? text.replace(LISTINGS, (m) => ' '.repeat(m.length)) : text;
}

/** resolveParties without its safety net: for tests, so that a rule that throws is seen, not read as "no parties". */
export function resolvePartiesOrThrow(ctx: PartyContext, index: EntityIndex): Parties {
  const sentence = typeof ctx.sentence === 'string' ? unlisted(ctx.sentence) : '';
  if (sentence === '') return { ...NONE };
  const given = ctx.previous ?? [];
  const previous = (Array.isArray(given) ? given : [...given]).filter((p): p is string => typeof p === 'string').map(unlisted);
  const title = typeof ctx.title === 'string' && ctx.title !== ctx.sentence ? unlisted(ctx.title) : null;
  const following = (ctx.following ?? []).map(unlisted);
  const earlier = (ctx.earlier ?? []).map(unlisted);
  const context = title || following.length > 0 || earlier.length > 0 ? [...(title ? [title] : []), ...earlier, ...previous, ...following] : previous;
  const known = ctx.knownProjects ?? [];
  const a = analyse(sentence, index, context, ctx.dateline);
  const figure = ctx.figure;

  // Funder: in the sentence, else (when the sentence names no party, or its subject is "it"/"the bank") nearby;
  // none when the figure's own source is named only generically ("$600m in debt from a syndicate of banks").
  // ("from a group of African banks including Afreximbank": the members named are the source.)
  const genericSource = GENERIC_SOURCE_AFTER.test(sentence.slice(figure.end, figure.end + 80)) && !NAMED_MEMBERS_AFTER.test(sentence.slice(figure.end, figure.end + 140));
  let funder = genericSource ? null : (findFunder(a, figure.start, figure.end, ctx.verb) ?? speakerOfQuote(a, figure));
  const anchor = ctx.verb ? Math.min(ctx.verb.start, figure.start) : figure.start;
  // ("Under the deal, the fund will lend": a fronted phrase before the subject is left out.)
  // ("; on Thursday they released": a time told before the subject is left out too.)
  let clause = sentence.slice(0, anchor).replace(/^.*[;:]\s*/s, '').replace(FRONTED_PHRASE, '').replace(FRONTED_TIME, '');
  // "After a meeting with a delegation of the Saudi Fund (SFD), the minister said the Kingdom had also agreed to
  // extend the facility of $1.2 billion": a reported clause whose subject points back gives, not a party of the
  // words before it.
  const reported = POINTER_REPORTED.test(clause) ? REPORTED_POINTER_SUBJECT.exec(clause) : /\bthe\s/.test(clause) ? REPORTED_DESCRIBED_POINTER_SUBJECT.exec(clause) : null;
  if (reported && (funder === null || funder.at < anchor - (clause.length - reported.index))) {
    funder = null;
    clause = clause.slice(reported.index + reported[0].length - reported[1]!.length);
  }
  // ("“We will invest more than $1 billion ...,” Erdinç told Anadolu": the speaker's side, told before, when the
  // sentence names none.)
  const firstPerson = FIRST_PERSON_QUOTE_BEFORE.test(sentence.slice(0, figure.start));
  // ("A further £15 million will go to South Sudan", "The remaining £31 million will fund a programme with IGAD": the
  // money is the subject, its parties all come after it, and its giver is the one told before.)
  const moneySubject = !a.parties.some((m) => m.end <= figure.start && !a.places.has(m)) && MONEY_GOES_AFTER.test(sentence.slice(figure.end, figure.end + 40));
  // ("Somalia will also receive an additional £4 million": a named receiver as the subject names no giver; the one told before gives.)
  const receiverSubject = RECEIVER_SUBJECT.test(sentence.slice(0, figure.start).replace(/^.*[;:]\s*/s, ''));
  const borrow = !funder && !PART_OF_BEFORE.test(sentence.slice(Math.max(0, figure.start - 30), figure.start)) && (a.parties.filter((m) => !a.places.has(m)).length === 0 || PRONOUN_SUBJECT.test(clause) || (reported !== null && DESCRIBED_POINTER_SUBJECT.test(clause)) || firstPerson || moneySubject || receiverSubject) && !namesGenericParty(sentence) && (receiverSubject || !UNKNOWN_NAMED_SUBJECT.test(clause + sentence.slice(anchor, anchor + 40)));
  // Nearest first, then the title (plain loops: this runs for every money figure).
  const neighbours: string[] = [];
  for (let k = previous.length - 1; k >= 0; k--) neighbours.push(previous[k]!);
  if (title) neighbours.push(title);
  // The neighbours' analyses, by position, made when first needed (analyse keeps them too: this only saves its lookups).
  const analysedNeighbours: (Analysed | undefined)[] = new Array<Analysed | undefined>(neighbours.length);
  // "The consortium will invest $1.2bn" after "selected a consortium of X and Y": its members.
  let members: Scored | null = null;
  if (CONSORTIUM_SUBJECT.test(clause)) {
    for (let k = 0; k < neighbours.length && members === null; k++) members = consortiumMembers((analysedNeighbours[k] ??= analyse(neighbours[k]!, index, context, ctx.dateline)));
    if (members) funder = members;
  }
  let borrowedFunder = false;
  if (borrow && members === null) {
    // "The fund has deposited $2bn": the nearest neighbour's funder of that kind, not a company or a government.
    const kinds = PRONOUN_KINDS.get(/^\W*the\s+([a-z]+)\b/i.exec(clause)?.[1]?.toLowerCase() ?? '');
    const borrowFrom = (n: Analysed): boolean => {
      const f = neighbourFunder(n);
      if (!f || !(kinds === undefined || f.parties.every((p) => (kinds.types.includes(p.type) || kinds.name.test(p.name)) && !(kinds === COMPANY_KIND && PUBLIC_BODY_NAME.test(p.name))))) return false;
      funder = f;
      borrowedFunder = true;
      return true;
    };
    // "WARSAW - Korea's X will invest ... The government has approved a cash grant of up to 186 million
    // zlotys for the project": "the government" of a story filed from a country the article names is
    // that country's, before any government named nearby (the investor's home, read from "Japan's X").
    // ("TURIN - ... Under the contract the state will contribute €47 million": so is "the state" giving, in a country whose
    // parts are not states, where "the state" would be one of them.)
    const government = kinds === GOVERNMENT_KIND && THE_GOVERNMENT.test(clause);
    const stateHost = !government && STATE_GIVES_BEFORE.test(sentence.slice(0, figure.start)) ? hostCountry(ctx.dateline, index) : null;
    const host = government ? hostCountry(ctx.dateline, index) : stateHost !== null && !FEDERATIONS_OF_STATES.has(stateHost) ? stateHost : null;
    const names = host === null ? null : countryNamesOf(host, index);
    // (A state giving is the host's whether or not the article names it: a hub's wire story says "the government".)
    if (host !== null && names !== null && (host === stateHost || names.says(sentence) !== 0 || neighbours.some((n) => names.says(n) !== 0))) {
      funder = { parties: [{ name: host, type: 'government', country: host }], strength: 4, at: Math.max(0, sentence.search(THE_GOVERNMENT_ANYWHERE)) };
      borrowedFunder = true;
    }
    // "X, Y and Z agreed a $10bn package in 2018; on Thursday they released $2.5bn": the clause before the semicolon is nearest.
    const semicolon = sentence.lastIndexOf(';', anchor);
    if (borrowedFunder) {
      // (found above)
    } else if (semicolon <= 0 || !borrowFrom(analyse(sentence.slice(0, semicolon), index, context, ctx.dateline))) {
      for (let k = 0; k < neighbours.length; k++) if (borrowFrom((analysedNeighbours[k] ??= analyse(neighbours[k]!, index, context, ctx.dateline)))) break;
    }
    // "a $17.4 million state grant to GlobalWafers America ... The company will put $95 million into the line": with no
    // company giving before, the company the sentence before gives to.
    if (!borrowedFunder && kinds === COMPANY_KIND && previous.length > 0) {
      const n = (analysedNeighbours[0] ??= analyse(neighbours[0]!, index, context, ctx.dateline));
      const given = recipientCandidates(n, 0, false).find((c) => c.rank >= 3 && (c.p.type === 'company' || c.p.type === 'state_company'));
      if (given) {
        funder = { parties: [given.p], strength: 4, at: 0 };
        borrowedFunder = true;
      }
    }
  }
  if (funder && funder.parties.length >= 2 && RESPECTIVELY_AFTER.test(sentence.slice(figure.end, figure.end + 80))) {
    const i = [...sentence.slice(funder.at, figure.start).matchAll(AMOUNT)].length;
    if (i < funder.parties.length) funder = { ...funder, parties: [funder.parties[i]!] };
  }
  const described = funder?.parties.length === 1 ? funder.parties[0]! : null;
  if (funder && described && described.type !== 'government' && DESCRIBED.test(described.name) && /\bthe\s+$/i.test(sentence.slice(Math.max(0, funder.at - 5), funder.at))) {
    for (let k = 0; k < neighbours.length; k++) {
      const f = neighbourFunder((analysedNeighbours[k] ??= analyse(neighbours[k]!, index, context, ctx.dateline)));
      const named = f?.parties.length === 1 ? f.parties[0]! : null;
      if (f && named && named.type !== 'government' && named.country === described.country && !DESCRIBED.test(named.name)) {
        funder = f;
        break;
      }
    }
  }
  // "The EU and Mauritania signed a partnership under which the bloc will mobilise €210m": of the
  // signatories, the one the clause's own subject points back to gives, to the other.
  let otherSignatory: Party | null = null;
  if (funder && funder.parties.length === 2 && funder.at < figure.start) {
    const own = RELATIVE_OWN_SUBJECT.exec(sentence.slice(funder.at, figure.start));
    const kind = own ? PRONOUN_KINDS.get(own[1]!.toLowerCase()) : undefined;
    const picked = kind ? funder.parties.filter((p) => kind.types.includes(p.type) || kind.name.test(p.name)) : [];
    if (picked.length === 1) {
      otherSignatory = funder.parties.find((p) => p !== picked[0]) ?? null;
      funder = { ...funder, parties: picked };
    }
  }
  // "..., adding that private investors are expected to contribute another €3bn": a generic subject of the
  // figure's own clause gives it; a party named before that clause does not.
  // (Most sentences name no generic party: the literal gate spares the pattern.)
  if (funder && !borrowedFunder && GENERIC_NOUN_GATE.test(sentence)) {
    const generic = GENERIC_CLAUSE_SUBJECT.exec(sentence.slice(0, figure.start));
    if (generic && funder.at < generic.index) funder = null;
  }
  // "Its developer, Keystone Generation LLC, will receive a $7.5 billion loan. The money will come from JBIC": with no
  // giver of its own (or only one borrowed from before), the source the next sentence names for the money.
  if ((funder === null || borrowedFunder) && typeof ctx.next === 'string' && SOURCE_NEXT.test(ctx.next)) {
    const source = sourceNamedNext(analyse(unlisted(ctx.next), index, context, ctx.dateline));
    // (Named for this money, it is no borrowed giver that a tranche's whole would replace.)
    if (source !== null) {
      funder = source;
      borrowedFunder = false;
    }
  }
  const funderParties = withHeadlineOrigins(funder?.parties ?? [], title, index);
  const each =
    funder !== null && funderParties.length >= 2 && (EACH_AFTER.test(sentence.slice(figure.end, figure.end + 12)) || EACH_BEFORE.test(sentence.slice(funder.at, figure.start)))
      ? funderParties.map((p) => join([p]))
      : undefined;

  // Project, then recipient.
  const project = projectIn(sentence, index, known, figure);
  let recipient = findRecipient(a, Math.min(figure.start, ctx.verb?.start ?? figure.start), funderParties, false);
  // "China pledged $3.1bn to Kenya and $2bn to Peru": a "to X" right after the figure is its own.
  const toWhom = a.parties.find((m) => m.start > figure.end && OWN_RECIPIENT_GAP.test(sentence.slice(figure.end, m.start)));
  // ("a grant of HUF 14.6 billion to China's EVE Power": the organisation its possessor names, when its name says what
  // kind it is; one that says nothing may be a place named like one, "to Egypt's New Administrative Capital".)
  const owned = toWhom && ownedOrg(a, toWhom);
  const ownTo = owned && owned.type !== 'other' ? owned : toWhom;
  const ownParty = ownTo ? (localGovernmentOf(sentence, ownTo)?.party ?? partyIn(a, describedBody(a, ownTo) ?? ownTo)) : null;
  if (ownParty && !funderParties.some((f) => f.name === ownParty.name)) recipient = ownParty;
  if (!recipient && project) recipient = possessorOfProject(a, project);
  // "a stream on gold from Itaituba Gold's Castanheira project in Pará state, northern Brazil": a company whose project it
  // is receives, not the country the project is in.
  else if (recipient?.type === 'government' && project && describeProject(sentence, project, index).country === recipient.country) {
    const owner = possessorOfProject(a, project);
    if (owner && owner.type !== 'government' && !funderParties.some((f) => f.name === owner.name)) recipient = owner;
  }
  // "Malaysia has scrapped a $2bn plan by X": with the financier named as agent, the subject country receives;
  // "Hungary has signed a €1bn loan agreement with China Exim for the Budapest-Belgrade railway": the country
  // signing a loan with a lender borrows, whatever place the project's name holds.
  if ((!recipient || funder?.signedWith) && funder && funder.strength >= 5.2) {
    // ("The Government of Guyana on Tuesday signed a US$527 million loan agreement with the Export-Import Bank of the United
    // States": the country named by its title.)
    const subject = a.parties.find((m) => m.kind === 'country' && m.via !== 'demonym' && !a.places.has(m) && m.end <= figure.start && /^[\s\W]*(?:the\s+)?$/i.test(sentence.slice(datelineLength(sentence, ctx.dateline), stateTitleStart(a, m))));
    // ("Zambia's state power firm ZESCO has signed a $1.2bn loan with JBIC": the country's organisation signs.)
    const owned = subject ? ownedOrg(a, subject) : undefined;
    const p = owned && owned.end <= figure.start ? partyIn(a, owned) : subject ? partyOf(subject, '') : null;
    if (p && !funderParties.some((f) => f.name === p.name || f.country === p.country)) recipient = p;
    // "Moroccan phosphate giant OCP Group has signed financing agreements worth $1.2bn with JBIC, ...": an
    // organisation, not a lender, signing them before the figure borrows.
    // (A company signing one borrows rather than the country its project is in: "Lunga Copper Corp said it had signed a
    // US$150 million offtake prepayment facility with commodity trader Trafigura to help fund its project in Zambia".)
    else if (funder.signedWith && (!recipient || recipient.type === 'government')) {
      const borrower = a.parties.find((m) => isOrg(m) && !FINANCIER_TYPES.includes(m.type) && m.end <= figure.start && !a.places.has(m));
      const q = borrower ? partyIn(a, borrower) : null;
      if (q && !funderParties.some((f) => f.name === q.name) && (!recipient || q.type === 'company' || q.type === 'state_company')) recipient = q;
      // "Kampala. Government has signed a $2.7b loan agreement with a syndicate of lenders led by Standard Chartered":
      // "(the) government" signing is the dateline country's (a story filed from a hub names no government so).
      else if (!recipient && !q && GOVERNMENT_SUBJECT.test(sentence.slice(datelineLength(sentence, ctx.dateline), figure.start))) {
        const host = hostCountry(ctx.dateline, index);
        if (host !== null && !funderParties.some((f) => f.country === host)) recipient = { name: host, type: 'government', country: host };
      }
    }
  }
  // "VinFast's founder X will provide the carmaker with $1bn": a person's money goes to the organisation the
  // sentence points back to by its kind.
  if (funder?.ownOrg && ORG_POINTED_BACK.test(sentence.slice(0, figure.start))) recipient = funder.ownOrg;
  if (recipient && funderParties.some((f) => f.name === recipient!.name)) recipient = null;
  // "Qatar pledged $50m to UNRWA, while Spain said it would contribute €20m": a giver whose own clause
  // names no recipient gives to the one the clause before gives to.
  if (!recipient && funderParties.length > 0) {
    const boundary = lastClauseBoundary(sentence, figure.start);
    if (boundary > 0 && GAPPED_GIVING_BEFORE.test(sentence.slice(boundary, figure.start))) {
      // (Read from the sentence's start: the clause boundary sets aside the parties after it.)
      const before = recipientCandidates(a, 0, false).find((c) => c.rank >= 3 && c.at < boundary && !isFunderParty(c.p, funderParties));
      if (before) recipient = before.p;
    }
  }
  if (!recipient && otherSignatory) recipient = otherSignatory;
  // "Indonesia and the United Arab Emirates signed agreements under which Abu Dhabi's Masdar will invest":
  // a third party of one signatory's country gives to the other signatory; "Kenya signed an agreement under which
  // Masdar will invest": to the one signatory, of another country.
  if (!recipient && funderParties.length === 1 && funderParties[0]!.country !== null) {
    const which = UNDER_WHICH.exec(sentence.slice(0, figure.start));
    if (which) {
      const signatories = a.parties.filter((m) => m.kind === 'country' && m.via !== 'demonym' && !a.places.has(m) && m.end <= which.index);
      const others = signatories.map((m) => partyOf(m, '')).filter((p): p is Party => p !== null && p.country !== funderParties[0]!.country);
      if ((signatories.length === 2 || signatories.length === 1) && others.length === 1) recipient = others[0]!;
    }
  }
  // ("Manono Lithium Mining (MLM), the company developing ... in the DRC's Tanganyika province, has signed an offtake and
  // prepayment agreement under which China's Sichuan Yahua Industrial Group will advance $250-million": a company that
  // signed the agreement receives what the other party gives under it, rather than the country a place names.)
  if ((!recipient || recipient.type === 'government') && funderParties.length === 1 && /\b(?:under\s+which|whereby)\b/i.test(sentence)) {
    const which = UNDER_WHICH.exec(sentence.slice(0, figure.start));
    const signer = which ? a.parties.find((m) => isOrg(m) && !a.places.has(m) && m.end <= which.index) : undefined;
    // (Alone: "China Energy Engineering Corporation and the Ministry of Energy of Uzbekistan signed an investment agreement
    // ..., under which the Chinese company will invest" is two signatories, one of them the giver.)
    const alone = signer !== undefined && !/^\s*(?:\([^()]{1,20}\)\s*)?(?:and|&)\s/.test(sentence.slice(signer.end));
    const party = signer && alone && /\b(?:signed|inked|concluded|entered\s+into)\b/i.test(sentence.slice(signer.end, which!.index)) ? partyIn(a, signer) : null;
    if (party && (party.type === 'company' || party.type === 'state_company') && !funderParties.some((f) => f.name === party.name)) recipient = party;
  }
  if (!recipient && project) {
    const where = describeProject(sentence, project, index);
    if (where.country && !funderParties.some((f) => f.type === 'government' && f.country === where.country)) recipient = { name: where.country, type: 'government', country: where.country };
  }
  // "The Hungarian government will grant 14bn forints in subsidies to the project" after "Chinese battery
  // maker EVE Energy will build a plant": a government's money to the plant goes to the company building it.
  if (!recipient && funderParties.length === 1 && funderParties[0]!.type === 'government' && TO_THE_PLANT_AFTER.test(sentence.slice(figure.end, figure.end + 90))) {
    for (let k = 0; k < neighbours.length && !recipient; k++) {
      const n = (analysedNeighbours[k] ??= analyse(neighbours[k]!, index, context, ctx.dateline));
      // The subject of the neighbour's building or investing verb.
      const verb = BUILDS.exec(n.sentence);
      const builder = verb ? findFunder(n, verb.index, verb.index + verb[0].length, null) : null;
      const company = builder?.parties.length === 1 ? builder.parties[0]! : null;
      if (company && company.type !== 'government' && company.country !== null && company.country !== funderParties[0]!.country) recipient = company;
    }
  }
  // "PORT-OF-SPAIN - The Government has secured a US$300 million loan from CAF": the government of the dateline's country
  // receives what it secures, as it borrows what it signs.
  if (!recipient && GOVERNMENT_RECEIVES.test(sentence.slice(datelineLength(sentence, ctx.dateline), figure.start))) {
    const host = hostCountry(ctx.dateline, index);
    if (host !== null && funderParties.every((f) => f.country !== host)) recipient = { name: host, type: 'government', country: host };
  }
  // "Dodoma. The Saudi Fund for Development has signed a Sh245 billion loan agreement with the government": a lender's
  // agreement signed with "the government" of a story filed from a country is with that country's.
  if (!recipient && funderParties.length > 0 && funderParties.every((f) => FINANCIER_TYPES.includes(f.type)) && /\bgovernment\b/i.test(sentence) && AGREEMENT_WITH_THE_GOVERNMENT.test(sentence.slice(figure.end, figure.end + 120))) {
    const host = hostCountry(ctx.dateline, index);
    if (host !== null && funderParties.every((f) => f.country !== host)) recipient = { name: host, type: 'government', country: host };
  }
  // ("AFRICA DEALS-Kenya's KCB gets $50 mln IFC loan; MTN Ghana to invest 1.2 bln cedis": in a roundup of unrelated
  // deals, an item's receiver is never another item's, nor the dateline's country.)
  const roundup = isRoundupTitle(title);
  if (!recipient && !roundup) {
    for (let k = 0; k < neighbours.length; k++) {
      const n = (analysedNeighbours[k] ??= analyse(neighbours[k]!, index, context, ctx.dateline));
      const r = firstNotFunder(neighbourRecipients(n), funderParties) ?? neighbourProjectOwner(n, index, known);
      if (r && !funderParties.some((f) => f.name === r!.name || (f.country === r!.country && r!.type === 'government'))) {
        recipient = r;
        break;
      }
    }
  }
  // "ADDIS ABABA - China also pledged $200m in new grants for hospitals": with no recipient named, a
  // foreign funder's money goes to the dateline's country, when the article names that country too
  // (a wire story filed from a hub names none). With no funder named either, only money for "local
  // plants" or "the country", or from unnamed investors ("three firms will invest $500m"), goes there.
  if (!recipient && !roundup && (funderParties.length > 0 || LOCAL_NOUN.test(sentence) || namesGenericParty(sentence))) {
    const host = hostCountry(ctx.dateline, index);
    if (host !== null && funderParties.every((f) => f.country !== host && f.name !== host)) {
      // Its name, an alias or its demonym written out (read as words: analysing the neighbours for it cost
      // more than the rest of this function). "OSLO - Germany pledged €35m" after "Norway has contributed
      // ...": a dateline country that gives beside another government is a fellow donor, not the
      // recipient (a company investing where the host government subsidises it still invests there).
      const names = countryNamesOf(host, index);
      if (names !== null) {
        const texts = [sentence, ...neighbours];
        // ("ANTALYA, Turkey (AFP) - A UN fund ... approved its first $250 million ... at the COP31 climate talks": a
        // gathering's host is its venue, unless named past the dateline.)
        const venue = texts.some((t) => GATHERING.test(t));
        // ("SONGDO, South Korea, March 14 (Reuters) - The Green Climate Fund's board approved": a dateline that had to be
        // read with the country its lead writes after an unknown town, article.ts, names it only as where the story was
        // filed; it must be named past the dateline.)
        const written = (ctx.dateline ?? '').includes(',');
        // ("LUCKNOW - ... Sembcorp will invest about ₹12,000 crore in a solar park across Jhansi and Lalitpur": or the sentence
        // names a place of it past the dateline, as a story about a state names its towns, not its country.)
        const seen = texts.some((t) => names.says(venue || written ? t.slice(datelineLength(t, ctx.dateline)) : t) !== 0) || (!venue && a.mentions.some((m) => m.kind === 'place' && m.country === host && m.start >= datelineLength(sentence, ctx.dateline) && !basedOrg(a, m)));
        // Its own company investing abroad ("MUMBAI - India's Reliance to invest ...") makes it no recipient either.
        const governments = funderParties.every((f) => f.type === 'government');
        const gives = seen && texts.some((t) => names.says(t) === 3 || (governments && names.says(t) === 2));
        // ("Finnfund and Swedfund provide USD 30 million to Ethiopian avocado grower Addis Agro", filed from Helsinki: a
        // release from the home of the lender its headline names lends from there; a lender of the host named further
        // down beside foreign ones, "A parallel loan is being provided by the Development Bank of Kazakhstan", does not.)
        const homeOfGiver = (): boolean => {
          if (title === null) return false;
          const k = neighbours.indexOf(title);
          const f = neighbourFunder((analysedNeighbours[k] ??= analyse(title, index, context, ctx.dateline)));
          return f?.parties.some((p) => p.country === host && FINANCIER_TYPES.includes(p.type)) ?? false;
        };
        if (seen && !gives && !homeOfGiver()) recipient = { name: host, type: 'government', country: host };
      }
    }
  }
  // "Indonesia has signed a loan agreement with JICA": a government signing a loan with a lender borrows from it
  // (or with an institution of no lending type, such as the IMF, a central bank or the EU).
  let parties = funderParties;
  // "Avaada Electro, the manufacturing arm of Avaada Group, has signed loan agreements worth ₹6,700 crore with Japanese
  // lenders", "The Tamil Nadu government signed MoUs with Japanese companies for investments totalling ₹6,850 crore": a
  // group of lenders or companies a party signs with gives to the party that signs.
  // (A party read as giving is the signer: a company signing with lenders, a government with companies or lenders.)
  if (parties.length <= 1 && recipient && recipient.country !== null && DESCRIBED_GROUP.test(recipient.name) && GIVING_GROUP.test(recipient.name) && BILATERAL_VERB.test(sentence) && (parties.length === 0 || (!FINANCIER_TYPES.includes(parties[0]!.type) && (parties[0]!.type === 'government' || LENDING_GROUP.test(recipient.name))))) {
    const group = recipient;
    // (A count may stand between: "with seven Japanese companies".)
    const at = sentence.search(new RegExp(String.raw`\bwith\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+group\s+of)\s+)?${escapeRegExp(group.name)}`));
    if (at >= 0) {
      const signer = parties[0] ?? signerBefore(a, at);
      if (signer === null || signer.name !== group.name) {
        parties = [group];
        recipient = signer;
      }
    }
  }
  // (So does a company or body signing one with a development or export-credit lender: "KSM has also concluded a loan
  // agreement of USD 60 million with Japan Bank for International Cooperation"; a bank it signs with may be borrowing,
  // "FONPLATA signed a credit line of up to US$ 75 million with Banco Provincia del Neuquén", unless a company signs:
  // "GAC Aion New Energy Automobile (Thailand) has signed loan agreements totalling 6.5 billion baht with Industrial and
  // Commercial Bank of China (Thai)" borrows from the bank.)
  if (recipient && (FINANCIER_TYPES.includes(recipient.type) || recipient.type === 'other') && parties.length === 1 && (parties[0]!.type === 'government' || (PUBLIC_LENDER_TYPES.includes(recipient.type) && !FINANCIER_TYPES.includes(parties[0]!.type)) || (recipient.type === 'bank' && (parties[0]!.type === 'company' || parties[0]!.type === 'state_company'))) && signedWithLender(a, recipient.name)) {
    const borrower = parties[0]!;
    parties = [recipient];
    recipient = borrower;
  }
  // "ADDIS ABABA - The Ministry of Finance signed two loan agreements amounting to $90m with the Saudi Fund for Development":
  // a lender a loan was signed with, no giver named, lends it to the dateline's government when that signed.
  if (parties.length === 0 && recipient && FINANCIER_TYPES.includes(recipient.type) && signedWithLender(a, recipient.name)) {
    const lender = recipient;
    parties = [lender];
    const host = GOVERNMENT_SUBJECT.test(sentence.slice(datelineLength(sentence, ctx.dateline), figure.start)) ? hostCountry(ctx.dateline, index) : null;
    recipient = host !== null && host !== lender.country ? { name: host, type: 'government', country: host } : null;
  }
  // "Kenya and the Export-Import Bank of China signed a loan agreement": of two signatories, the lender lends and the other borrows.
  if (parties.length === 2 && !recipient && BILATERAL_VERB.test(sentence)) {
    const lenders = parties.filter((p) => FINANCIER_TYPES.includes(p.type));
    const other = parties.find((p) => !FINANCIER_TYPES.includes(p.type));
    // "TRIPOLI - Italy's Eni and Libya's National Oil Corporation signed an $8bn agreement": a company
    // from abroad invests, its partner of the dateline's country receives.
    const host = hostCountry(ctx.dateline, index);
    // Named organisations only: "Saudi and Omani companies signed deals at a Riyadh forum" says
    // nothing of which side invests.
    const named = parties.every((p) => !DESCRIBED_GROUP.test(p.name));
    const home = host === null || !named ? [] : parties.filter((p) => p.country === host);
    const abroad = named ? parties.find((p) => p.country !== null && p.country !== host && p.type !== 'government') : undefined;
    // "The European Union and Egypt signed a memorandum for €1bn in macro-financial assistance": an
    // institution of no country (the EU, the IMF) gives to the government signing with it.
    // ("The Millennium Challenge Corporation and the Government of the Republic of Zambia today signed a ... compact
    // grant": so does a foreign government's agency signing aid.)
    const government = parties.find((p) => p.type === 'government');
    const institutions = parties.filter((p) => p.type === 'other' && (p.country === null || (government !== undefined && p.country !== government.country && AID_AGREEMENT.test(sentence))));
    // "Bangladesh and Japan yesterday signed a loan agreement worth 165.6 billion yen": of two governments signing a loan
    // in one's own currency (and not the other's), that one lends.
    const ownLender = parties.every((p) => p.type === 'government') ? ownCurrencyLender(parties, sentence.slice(figure.start, figure.end)) : null;
    if (lenders.length === 1 && other) {
      parties = lenders;
      recipient = other;
    } else if (institutions.length === 1 && government) {
      parties = institutions;
      recipient = government;
    } else if (home.length === 1 && abroad) {
      recipient = home[0]!;
      parties = [abroad];
    } else if (ownLender !== null) {
      recipient = parties.find((p) => p !== ownLender)!;
      parties = [ownLender];
    } else if (home.length === 1 && parties.every((p) => p.type === 'government') && AID_AGREEMENT.test(sentence) && !/\binvest/i.test(sentence)) {
      // "Addis Ababa (ENA) – The Ministry of Finance and the Government of the People's Republic of China today signed
      // economic and technical cooperation agreements amounting to 500 million yuan": of two governments signing aid,
      // the dateline's receives from the other ("DOHA - Qatar and Egypt signed investment agreements" is outbound).
      recipient = home[0]!;
      parties = parties.filter((p) => p !== home[0]);
    }
  }
  // "Brazil's BDX and China Development Bank signed a $2.5bn credit line for projects in Brazil": of two
  // signatories from two countries, the one of the country the money goes to receives it from the other.
  if (parties.length === 2 && recipient && BILATERAL_VERB.test(sentence) && parties.every((p) => !DESCRIBED_GROUP.test(p.name))) {
    const to = recipient.country;
    const local = parties.filter((p) => p.country !== null && p.country === to);
    const foreign = parties.filter((p) => p.country !== null && p.country !== to);
    if (local.length === 1 && foreign.length === 1) {
      parties = foreign;
      recipient = local[0]!;
    }
  }
  // "Bangladesh and Japan yesterday signed loan agreements worth 320.4 billion yen ..., the largest single-year package
  // from Tokyo so far": of two governments signing, the one the money is said to come from gives.
  if (parties.length === 1 && parties[0]!.type === 'government' && (!recipient || recipient.type === 'government') && /\bfrom\b/i.test(sentence) && BILATERAL_VERB.test(sentence)) {
    const signer = parties[0]!;
    const from = a.mentions.find((m) => m.kind === 'country' && m.country !== null && m.country !== signer.country && /\bfrom\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, m.start - 10), m.start)));
    // (The other signatory, named before the figure.)
    const other = from ? a.mentions.find((m) => m.kind === 'country' && m.via !== 'demonym' && m.country === from.country && m.end <= figure.start) : undefined;
    const source = other ? { name: other.canonical, type: 'government' as const, country: other.country } : null;
    if (source && (!recipient || recipient.country === source.country)) {
      parties = [source];
      recipient = signer;
    }
  } else if (parties.length === 2 && !recipient && parties.every((p) => p.type === 'government') && /\bfrom\b/i.test(sentence) && BILATERAL_VERB.test(sentence)) {
    // (Both signatories read: "Nepal and Korea today signed ..., the largest package from Seoul so far".)
    const from = a.mentions.find((m) => m.kind === 'country' && parties.some((p) => p.country === m.country) && /\bfrom\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, m.start - 10), m.start)));
    const source = from ? parties.find((p) => p.country === from.country)! : null;
    if (source) {
      recipient = parties.find((p) => p !== source)!;
      parties = [source];
    }
  }
  // "The Overseas Investment Office has approved Chinese dairy giant Yili's purchase of 14 farms ... for $218 million": a
  // body approving a party's purchase gives nothing; the party buys.
  if (/approv|clear|consent/i.test(sentence)) {
    const deal = APPROVED_DEAL_OF_BEFORE.exec(sentence.slice(0, figure.start));
    const buyer = deal ? a.parties.find((m) => m.start > deal.index && POSSESSIVE_DEAL_AFTER.test(sentence.slice(m.end, deal.index + deal[0].length + 1))) : undefined;
    const bought = buyer ? partiesOf(a, [buyer]) : [];
    if (bought.length === 1 && !parties.some((p) => p.name === bought[0]!.name)) {
      parties = bought;
      if (recipient?.name === bought[0]!.name) recipient = null;
    }
  }
  // "HRADF agreed to sell a 30% stake in the airport to Canada's PSP for €1.4bn": the buyer pays the seller.
  if (parties.length >= 1) {
    const sale = SOLD_TO_BEFORE.exec(sentence.slice(0, figure.start));
    const buyer = sale ? a.parties.find((m) => m.start >= sale.index && m.end <= figure.start && /\bto\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, (possessorOf(a, m) ?? m).start - 8), (possessorOf(a, m) ?? m).start))) : undefined;
    const bought = buyer ? partiesOf(a, [ownedOrg(a, buyer) ?? buyer]) : [];
    if (bought.length > 0 && !parties.some((p) => p.name === bought[0]!.name)) {
      recipient = parties.length === 1 ? parties[0]! : recipient;
      parties = bought;
    }
  }
  // "The government of Brazil's Bahia state has cancelled a 9bn reais agreement with China Harbour Engineering
  // Company to build and operate a port": a foreign company an agreement to build and operate was made with
  // puts in the money, in the country that made it (a contract only to build is the builder's pay: classify.ts).
  if (parties.length === 0 && recipient && (recipient.type === 'company' || recipient.type === 'state_company') && recipient.country !== null && /operat|\brun\b/i.test(sentence) && OPERATE_AGREEMENT_WITH.test(sentence)) {
    const home = a.parties.find((m) => m.kind === 'country' && m.via !== 'demonym' && m.end <= figure.start && !a.places.has(m));
    const host = home ? partyOf(home, '') : null;
    if (host && host.country !== recipient.country) {
      parties = [recipient];
      recipient = host;
    }
  }
  // "CAIRO - Egypt's zone authority signed contracts with four Chinese companies for factories worth $1.5bn":
  // a body of the dateline's country that signs with foreign companies receives their investment.
  // (Or with a foreign organisation of no government type: "with China's Universal Energy".)
  if (parties.length === 1 && recipient && recipient.type !== 'government' && recipient.type !== null && BILATERAL_VERB.test(sentence) && /\bwith\b/i.test(sentence)) {
    const host = hostCountry(ctx.dateline, index);
    const domestic = parties[0]!;
    // ("TOKYO -- The Japan Bank for International Cooperation ... had signed a $420 million loan agreement with PT Rajabasa
    // Geo Energi, an Indonesian project company": a lender signing a loan with a company lends it, wherever the story is
    // filed; with a foreign lender, as BNDES signing a credit line with China Development Bank, it borrows.)
    const lends = FINANCIER_TYPES.includes(domestic.type) && !FINANCIER_TYPES.includes(recipient.type) && LOAN_NOUN.test(sentence);
    // ("TORONTO - Canada Pension Plan Investment Board has agreed to invest up to C$1.1 billion in a platform set up with
    // India's Avaada Energy": a body that says it invests gives, whoever it signs with.)
    const said = a.parties.find((m) => m.canonical === domestic.name && m.end <= figure.start);
    const gives = said !== undefined && DOMESTIC_GIVES_GAP.test(sentence.slice(said.end, figure.start));
    if (host !== null && domestic.country === host && domestic.type !== 'company' && !lends && !gives && recipient.country !== null && recipient.country !== host) {
      parties = [recipient];
      recipient = domestic;
    }
  }
  // "Egypt signed on Tuesday a $22 billion partnership agreement with Qatari Diar, the real estate arm of the QIA, to
  // develop the Ras Shokeir area": a government signing with a foreign organisation, not a lender, to build or
  // develop something receives its investment.
  if (parties.length === 1 && parties[0]!.type === 'government' && recipient && recipient.type !== 'government' && recipient.type !== null && !FINANCIER_TYPES.includes(recipient.type) && recipient.country !== null && recipient.country !== parties[0]!.country && /\bto\s+(?:build|develop|construct|set\s+up|establish)\b/i.test(sentence) && BILATERAL_VERB.test(sentence) && DEVELOP_AGREEMENT_WITH.test(sentence)) {
    const government = parties[0]!;
    parties = [recipient];
    recipient = government;
  }
  // "£20 million each for the three countries worst affected by the drought: Ethiopia, Somalia and Kenya".
  const eachTo = EACH_TO_AFTER.test(sentence.slice(figure.end, figure.end + 20)) ? receiversListedAfter(a, figure.end) : null;
  // Written out rather than spread: an object spread copies through a slow generic path.
  const funderColumns = parties.length > 0 ? join(parties) : null;
  return {
    funder: funderColumns?.funder ?? null,
    funder_type: funderColumns?.funder_type ?? null,
    funder_country: funderColumns?.funder_country ?? null,
    recipient: recipient?.name ?? null,
    recipient_country: recipient?.country ?? null,
    project: project?.generic ? null : (project?.name ?? null),
    ...(each && parties === funderParties ? { each } : {}),
    ...(eachTo && !(each && parties === funderParties) ? { eachTo } : {}),
    ...(borrowedFunder && parties === funderParties ? { borrowed: true as const } : {}),
  };
}
