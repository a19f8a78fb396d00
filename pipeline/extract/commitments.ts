/**
 * Commitment mentions in one sentence: each money figure classified as a commitment, with its
 * parties (from the entities engineer's resolveParties, through hooks), status, instrument,
 * sector, and any stake it buys; plus stakes stated without an amount ("expressed intent to
 * acquire a 15 percent stake"). One mention per figure: mergeMentions.ts folds repeats.
 */
import type { Commitment } from '../tables.ts';
import { evidenceFor } from './evidence.ts';
import { eachMatch } from './matches.ts';
import { factId } from './ids.ts';
import { firmer, statusOf, type StatusCue } from './status.ts';
import { instrumentOf } from './instrument.ts';
import { FRONTED_WHOLE, OF_WHOLE } from './classify.ts';
import { sectorFor } from './sector.ts';
import { projectFor, type ClassifiedMoney, type SentenceContext } from './context.ts';
import { amountPoint, sameNumber, type FactMention } from './mergeMentions.ts';
import { smallerPart, type SizeRates } from './sizes.ts';
import { PERCENT } from './numbers.ts';

// "a 49% interest in the block" is a stake; "at 0.1 percent interest" is a rate. ("for a 6.3% holding": so is a holding.)
const STAKE = new RegExp(
  String.raw`(?<![\w.])(\d{1,3}(?:\.\d+)?)\s*${PERCENT}\s+(?:(?:equity|ownership|minority|majority|controlling|working)\s+(?:stake|share(?:holding)?|interest)|stake|share(?:holding)?|holding(?!\s+compan)|interest(?=\s+in\b))\b`,
  'gi',
);
/** A stake its percent follows: "in exchange for a stake of about 18%" (the percent's number is group 1). */
const STAKE_OF = new RegExp(String.raw`\b(?:stake|shareholding|holding|equity\s+interest)\s+of\s+(?:about|around|roughly|some|nearly|almost|up\s+to|just\s+(?:over|under))?\s*(\d{1,3}(?:\.\d+)?)\s*${PERCENT}(?!\w|\.\d)`, 'gi');
/** A bare percent a figure pays for, with no noun of its own: "$150 million for 7.5%" (the percent is group 1, its number group 2). */
const STAKE_FOR_PERCENT = new RegExp(String.raw`\bfor\s+((\d{1,3}(?:\.\d+)?)\s*${PERCENT})(?!\w|\.\d|\s+(?:of|stake|share|interest|return|rate|yield)\b)`, 'gi');
/** Between a figure and the stake it pays for: " for a ", " for an additional ". */
const STAKE_FOR_BEFORE = /^\s*(?:\([^)]*\)\s*)?for\s+(?:a|an|its|the)\s+(?:further\s+|additional\s+)?$/i;
const STAKE_BUY = /\b(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|tak(?:e|es|ing)|took|invest(?:s|ed|ing)?|intent|interest in|plans?|aims?|seeks?|offer(?:s|ed)?|bid)\b/i;
const STAKE_HELD = /\b(?:holds?|held|owns?|owned|sold|sells?|selling|divest(?:s|ed|ing)?|retains?|already has)\b/i;

// "..., allowing immediate disbursement of about $1bn", "with a first tranche of $500m", "split between
// €500m for X and €700m for Y": parts too.
// ("two credits worth a combined $360m for Ghana, one of $250m ... and one of $110m": its items, after a comma.)
const INCLUDES =
  /\b(?:(?<=,\s)one\s+(?:of|worth)(?=\s+(?:about\s+|around\s+|some\s+)?(?:[$€£¥₹]|US\$|\d))|includ(?:es|ing|ed)|compris(?:es|ing|ed)|consist(?:s|ing) of|made up of|of which|(?:split|divided|shared|broken\s+down)\s+(?:between|into|among)|(?:which|who)\s+(?:has\s+|had\s+|also\s+)?(?:contributed|put\s+in|provided|invested|committed)|allowing\s+(?:an?\s+|the\s+)?(?:immediate\s+|initial\s+)?(?:disbursement|release|drawdown)\s+of|(?:with|and)\s+(?:an?\s+|the\s+)?(?:immediate|initial|first)\s+(?:disbursement|tranche|instal+ment|release)\s+of)\b/gi;
/** Between a part and the programme it is paid under: "a €1.5bn tranche from the EU under the €50bn facility". */
// ("$2bn from Saudi Arabia, Kuwait and the UAE, the second of five annual instalments under a $10bn package": the givers may stand between.)
/** "$3.4bn Extended Credit Facility for Ethiopia, part of a $10.5bn package": a part the words after it place in the whole. */
const PART_OF_WHOLE_AFTER = /^[^.;$€£¥₹]{0,80},\s+(?:the\s+)?(?:(?:first|second|third|final|largest|biggest)\s+)?(?:part|portion|share|component|tranche)\s+of\s+(?:a|an|the|its|their)\s*$/i;
/** "the first tranche of $500m from a $1.5bn loan": a part taken from the whole after it. */
const FROM_WHOLE = /^\s+from\s+(?:a|an|the|its|their)\s*$/i;
const UNDER_WHOLE = /^\s*(?:[^.;$€£¥₹]{0,120}?\s)?under\s+(?:a|an|the|its|their)\s*$/i;
// (", followed by the AfDB with $610m": the next party's share, not a part of the one before.)
const CLAUSE_AFTER = /;|\s[–—]\s|,\s+followed\s+by\b|,?\s+(?:and|but|while)\s+(?:(?:it|they|the \w+)\s+)?(?:will|would|has|have|had|is|are|was|were|plans?|aims?|also)\b/i;

/**
 * Between a whole and the verb after it, a finite verb with no subject of its own: the sentence's
 * verb, whose subject is the part before "of the whole" (" loan was ", " has been "). A relative
 * clause ("it", "which", "that") or a participle ("approved last year") belongs to the whole.
 */
const PART_SUBJECT_VERB = /^(?:(?!\b(?:it|they|we|he|she|which|that|who)\b)[^,;])*\b(?:was|were|is|are|has|have|had|will|would|could|may|might|shall|should|be|been|being)\s+(?:[a-z]+\s+){0,2}$/i;

/** A whole whose funder was read from its parts' clause: the funder is theirs, the whole's unknown. */
function dropFunder(whole: Commitment): void {
  Object.assign(whole, { funder: null, funder_type: null, funder_country: null });
}

/**
 * "The $3.5bn debt package includes $1.25bn from US EXIM and $700m from the IFC", "$5bn in loans,
 * of which $2bn from China": the figures after the word are parts of the figure before it, when
 * smaller and in its currency; and "the first $300m of a $1bn package", "a $1.5bn tranche under
 * the $50bn facility": a figure is part of the next when "of a" or "under the" joins them. The
 * link is to the mention's id; mergeCommitments points it at the merged row.
 */
function linkIncluded(text: string, figures: readonly { start: number; end: number; mention: FactMention<Commitment> }[], rates: SizeRates): void {
  if (figures.length < 2) return;
  // "the first $300m of a $1bn package", "$1.1bn, the second tranche of a $3bn loan": the whole after.
  for (let i = 0; i + 1 < figures.length; i++) {
    const part = figures[i]!.mention.row;
    const whole = figures[i + 1]!.mention.row;
    if (!smallerPart(part, whole, rates)) continue;
    // ("the second, 300 million euro ($348 million) tranche of a 500 million euro loan": a conversion in brackets between.)
    const between = text.slice(figures[i]!.end, figures[i + 1]!.start).replace(/\s*\([^()]{1,40}\)/g, '');
    if (!OF_WHOLE.test(between) && !UNDER_WHOLE.test(between) && !FROM_WHOLE.test(between) && !PART_OF_WHOLE_AFTER.test(between)) continue;
    part.part_of = whole.commitment_id;
    // "China has disbursed $500m of the $2bn it pledged": the verb before the part is the part's; the
    // whole has only what is said after the part ("it pledged"), else no status. A finite verb after
    // the whole is the part's too, the part being its subject ("the first $300m of the $1bn loan was
    // disbursed"), unless a clause of the whole's own comes first ("..., which was approved in March").
    const from = figures[i]!.end;
    const wholeEnd = figures[i + 1]!.end - from;
    const cue = statusOf(text.slice(from), figures[i + 1]!.start - from, wholeEnd);
    const partsVerb = cue !== null && cue.start >= wholeEnd && PART_SUBJECT_VERB.test(text.slice(from + wholeEnd, from + cue.start));
    whole.status = partsVerb ? null : (cue?.status ?? null);
  }
  // "Of the $2bn pledged, $500m has been disbursed": a whole fronted by "of the", its part the next
  // figure after the comma. Each has the status of its own clause: the part's verb is after the comma.
  for (let i = 0; i + 1 < figures.length; i++) {
    const whole = figures[i]!;
    const part = figures[i + 1]!;
    if (!FRONTED_WHOLE.test(text.slice(0, whole.start))) continue;
    const comma = text.indexOf(',', whole.end);
    if (comma < 0 || comma > part.start || !smallerPart(part.mention.row, whole.mention.row, rates)) continue;
    const wholeRow = whole.mention.row;
    part.mention.row.part_of = wholeRow.commitment_id;
    wholeRow.status = statusOf(text.slice(0, comma), whole.start, whole.end)?.status ?? null;
    part.mention.row.status = statusOf(text.slice(comma), part.start - comma, part.end - comma)?.status ?? null;
    // "Of the $5bn package, $1bn will come from the World Bank": a lender named only in the part's
    // clause is the part's; the package's stays unknown.
    const lender = wholeRow.funder;
    if (lender !== null && lender === part.mention.row.funder && !text.slice(0, comma).toLowerCase().includes(lender.toLowerCase())) dropFunder(wholeRow);
  }
  linkListAfterColon(text, figures);
  linkReviewedProgramme(text, figures, rates);
  const cues: number[] = [];
  eachMatch(INCLUDES, text, (m) => cues.push(m.index));
  cues.forEach((at, k) => {
    const whole = figures.filter((f) => f.end <= at).pop();
    if (!whole) return;
    // The parts run to the next such word, or the end of the clause: "; ", a dash, or ", and will
    // add $1bn" (a new verb starts another clause).
    const clause = CLAUSE_AFTER.exec(text.slice(at));
    const until = Math.min(cues[k + 1] ?? text.length, clause ? at + clause.index : text.length);
    const wholeRow = whole.mention.row;
    const parts: Commitment[] = [];
    for (const part of figures.filter((f) => f.start >= at && f.end <= until)) {
      const row = part.mention.row;
      // A part in another currency fits when its bracketed conversion ("140.7 billion yen ($950 million)") is in the whole's and smaller.
      const stated = row.currency === wholeRow.currency ? null : (part.mention.converted ?? null);
      const whole = amountPoint(wholeRow);
      const fitsConverted = stated !== null && stated.currency === wholeRow.currency && stated.value !== null && whole !== null && stated.value < whole;
      if (!smallerPart(row, wholeRow, rates) && !fitsConverted) continue;
      row.part_of = wholeRow.commitment_id;
      // "$1.2bn approved ..., of which $400m has been disbursed": a firmer verb in the parts' own
      // clause is theirs; a weaker one ("will fund energy projects") says what the money is for, and
      // the part keeps the whole's status.
      const own = statusOf(text.slice(at, until), part.start - at, part.end - at);
      if (own !== null) row.status = firmer(row.status, own.status);
      parts.push(row);
    }
    // The whole's funder was read from its parts' "from US EXIM", "from the IFC": with parts from
    // two or more lenders (those placed in it before too: "X approved $3.4bn, part of a $10.5bn
    // package that includes $6.6bn from Y"), it is none of them alone, so it stays unknown.
    const placed = figures.filter((f) => f.mention.row.part_of === wholeRow.commitment_id && !parts.includes(f.mention.row)).map((f) => f.mention.row);
    const lenders = new Set([...placed, ...parts].map((p) => p.funder).filter((f) => f !== null));
    if (lenders.size >= 2 && wholeRow.funder !== null && lenders.has(wholeRow.funder)) dropFunder(wholeRow);
  });
}

/** Right before a figure: the review of a programme ("completed the third review of its"). */
const REVIEW_OF_BEFORE = /\breviews?\s+of\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:about\s+|around\s+|nearly\s+)?$/i;
/** After the reviewed figure, a programme's noun: "$3 billion bailout programme", "$1.3bn Extended Fund Facility". */
const PROGRAMME_AFTER = /^\s*(?:[\w-]+\s+){0,4}?(?:programmes?|programs?|facility|arrangement|loan|bailout|deal|package)\b/i;

/**
 * "Ghana has received $360 million from the IMF after the board completed the third review of its $3
 * billion bailout programme": a programme under review was approved before (the sentence's verb, the
 * money received, is the payment's), and a smaller payment in its currency told before it in the
 * sentence is its part.
 */
function linkReviewedProgramme(text: string, figures: readonly { start: number; end: number; mention: FactMention<Commitment> }[], rates: SizeRates): void {
  if (!/review/i.test(text)) return;
  figures.forEach((f, i) => {
    if (i === 0 || !REVIEW_OF_BEFORE.test(text.slice(Math.max(0, f.start - 60), f.start)) || !PROGRAMME_AFTER.test(text.slice(f.end, f.end + 60))) return;
    const programme = f.mention.row;
    programme.status = 'approved';
    for (const p of figures.slice(0, i)) {
      if (p.mention.row.part_of === null && smallerPart(p.mention.row, programme, rates)) p.mention.row.part_of = programme.commitment_id;
    }
  });
}

/**
 * "Japan will provide Senegal with 28 billion yen in aid, its minister said: a 20 billion yen loan for
 * the railway, 5.5 billion yen in grants ..., and 2.5 billion yen through the WFP": the figures after a
 * colon that add up exactly to the last figure before it, in its currency, are its parts (items that
 * do not add up may be another list).
 */
function linkListAfterColon(text: string, figures: readonly { start: number; end: number; mention: FactMention<Commitment> }[]): void {
  const colon = text.indexOf(':');
  if (colon < 0 || figures.length < 3) return;
  const whole = figures.filter((f) => f.end <= colon).pop()?.mention.row;
  const items = figures.filter((f) => f.start > colon).map((f) => f.mention.row);
  if (!whole || whole.amount === null || items.length < 2 || items.some((r) => r.part_of !== null || r.amount === null || r.currency !== whole.currency)) return;
  if (!sameNumber(items.reduce((sum, r) => sum + r.amount!, 0), whole.amount)) return;
  for (const r of items) r.part_of = whole.commitment_id;
}

/**
 * "KEXIM and K-Sure have offered up to $2bn in financing": financing from an export-credit agency is
 * export credit, whatever generic word the sentence uses (a loan it names stays a loan); a company's
 * money of no named kind is an investment.
 */
function instrumentOfFunder(instrument: Commitment['instrument'], funderType: Commitment['funder_type']): Commitment['instrument'] {
  if (funderType === 'export_credit_agency' && (instrument === null || instrument === 'financing')) return 'export_credit';
  // "Kalinga Steel said it had committed $750 million to the first phase", "Tata Motors pledged 450 million dollars to
  // establish a plant": a company's money that names no kind is invested (a part takes its whole's kind over it).
  if (instrument === null && COMPANY_TYPES.has(funderType)) return 'investment';
  return instrument;
}
const COMPANY_TYPES: ReadonlySet<Commitment['funder_type']> = new Set(['company', 'state_company', 'sovereign_fund']);

/**
 * A headline's "to" before a verb of giving, or the verb in the headline's present: "Reliance to invest
 * $2bn", "Japan, ADB to co-finance $1.6bn subway", "IFC, Proparco lend $120m to Nigerian fintech".
 */
const HEADLINE_TO = /\bto\s+(?:(?:jointly|also)\s+)?(?:invest|lend|loan|finance|co-finance|cofinance|fund|build|provide|give|grant|inject|deposit|buy|acquire|pay|spend|commit|pour|plough|plow|sink|pump|extend|back|backstop|bankroll)\b|\b(?:lends?|invests?|gives?|grants?|provides?|extends?|injects?|backs|funds|finances|co-finances|commits?|adds|pledge)\b/i;

/** The headline's future or present ("X to invest", "X lends"): a pledge, as "will invest" is, when no other word says how firm. */
function headlineFuture(text: string): StatusCue | null {
  const m = HEADLINE_TO.exec(text);
  return m ? { status: 'pledged', start: m.index, end: m.index + m[0].length } : null;
}

export function commitmentsIn(ctx: SentenceContext): FactMention<Commitment>[] {
  const { article, sentence } = ctx;
  const text = sentence.text;
  const out: FactMention<Commitment>[] = [];
  const stakes: { start: number; end: number; percent: number; priced?: true }[] = [];
  eachMatch(STAKE, text, (m) => stakes.push({ start: m.index, end: m.index + m[0].length, percent: Number(m[1]) }));
  // (A stake so written is only read as a figure's: alone, "would take a stake of up to 30 percent" was measured to
  // add rows the analysts' tables leave out.)
  eachMatch(STAKE_OF, text, (m) => stakes.push({ start: m.index, end: m.index + m[0].length, percent: Number(m[1]), priced: true }));
  // "Mubadala will put in $250m for a 12.5% stake and Temasek $150m for 7.5%": a bare percent a figure is
  // "for", in a sentence of stakes, is a stake too.
  if (stakes.length > 0) eachMatch(STAKE_FOR_PERCENT, text, (m) => {
    const start = m.index + m[0].length - m[1]!.length;
    if (!stakes.some((s) => s.start <= start && start < s.end)) stakes.push({ start, end: start + m[1]!.length, percent: Number(m[2]) });
  });
  stakes.sort((a, b) => a.start - b.start);
  const figures: { start: number; end: number; mention: FactMention<Commitment> }[] = [];
  // "a 140.7 billion yen ($950 million) loan", "82.5 billion rupees, or about $1 billion, for a 9%
  // stake": what follows a conversion is the figure's (conversions.ts).
  const pastConversion = ({ money, to, conversion }: ClassifiedMoney): { end: number; to: number } => (conversion ? { end: conversion.end, to: conversion.to } : { end: money.end, to });
  for (const figure of ctx.money) {
    const { money, role, from, conversion } = figure;
    if (role.role !== 'commitment') continue;
    const stated = statusOf(text, money.start, money.end);
    const headlineTo = stated === null && ctx.headline ? headlineFuture(text) : null;
    const cue = stated ?? headlineTo;
    // ("will invest 82.5 billion rupees ($1 billion) for a 0.99% stake": the stake past the figure's conversion is its own;
    // "will pay $900m for a 20% stake ... and commit up to $350m more": a stake the figure before is "for" is that one's.)
    const past = pastConversion(figure);
    const stake = stakes.find((s) => s.start >= from && s.end <= past.to && !(s.end <= money.start && from > 0 && STAKE_FOR_BEFORE.test(text.slice(from, s.start)))) ?? null;
    const mentions = build(ctx, money.start, money.end, cue ? { start: cue.start, end: cue.end } : null, {
      amount: money.value ?? null,
      amount_low: money.low,
      amount_high: money.high,
      currency: money.currency,
      qualifier: money.qualifier,
      instrument: stake ? 'equity' : instrumentOf(text, money.start, past.end, from, past.to),
      status: cue?.status ?? null,
      stake_percent: stake?.percent ?? null,
    });
    for (const mention of mentions) {
      if (conversion) mention.converted = { currency: conversion.money.currency, value: conversion.money.value };
      if (headlineTo) mention.statusFromHeadlineTo = true;
      out.push(mention);
      figures.push({ start: money.start, end: money.end, mention });
    }
  }
  linkIncluded(text, figures, ctx.rates);
  // A stake with no money figure in its clause: a commitment with no amount, when someone means to buy it.
  for (const stake of stakes) {
    if (stake.priced || ctx.money.some((m) => m.role.role === 'commitment' && stake.start >= m.from && stake.end <= pastConversion(m).to)) continue;
    const lead = text.slice(Math.max(0, stake.start - 80), stake.start);
    if (!STAKE_BUY.test(lead) || STAKE_HELD.test(lead.slice(-40))) continue;
    const cue = statusOf(text, stake.start, stake.end);
    out.push(
      ...build(ctx, stake.start, stake.end, cue ? { start: cue.start, end: cue.end } : null, {
        amount: null,
        amount_low: null,
        amount_high: null,
        currency: null,
        qualifier: null,
        instrument: 'equity',
        status: cue?.status ?? 'intended',
        stake_percent: stake.percent,
      }),
    );
  }
  return out;
  function build(
    c: SentenceContext,
    start: number,
    end: number,
    verb: { start: number; end: number } | null,
    figures: Pick<Commitment, 'amount' | 'amount_low' | 'amount_high' | 'currency' | 'qualifier' | 'instrument' | 'status' | 'stake_percent'>,
  ): FactMention<Commitment>[] {
    const parties = c.hooks.parties({
      sentence: text,
      figure: { start, end },
      verb,
      previous: c.previous,
      following: c.following,
      next: c.next,
      earlier: c.earlier,
      title: article.title,
      dateline: article.dateline,
    });
    const named = projectFor(c, start, end);
    // Project finance (a debt package, export credit) in an article about one named project is for it.
    const projectFinance = figures.instrument === 'debt_package' || figures.instrument === 'export_credit';
    // The sentence's project nearest the figure, with the article's known names among them ("a green
    // hydrogen project in Ain Sokhna", named so by the headline) before the parties' own reading,
    // which knows only the names the sentence itself gives.
    const project = named?.name ?? parties.project ?? (projectFinance ? c.articleProject : null);
    const evidence = evidenceFor(article, sentence, start, end);
    // "$200m each": one row per funder, each its own id, all on the one piece of evidence.
    if (parties.each) return parties.each.map((f, k) => mention(factId('c', article, sentence, start, end, k), f));
    // "£20 million each for the three countries worst affected: Ethiopia, Somalia and Kenya": one row per receiver.
    if (parties.eachTo) return parties.eachTo.map((r, k) => mention(factId('c', article, sentence, start, end, k), parties, r));
    return [mention(factId('c', article, sentence, start, end), parties)];

    function mention(
      commitment_id: string,
      funder: Pick<Commitment, 'funder' | 'funder_type' | 'funder_country'>,
      to: Pick<Commitment, 'recipient' | 'recipient_country'> = parties,
    ): FactMention<Commitment> {
      return {
        row: {
          commitment_id,
          article_id: article.article_id,
          funder: funder.funder,
          funder_type: funder.funder_type,
          funder_country: funder.funder_country,
          recipient: to.recipient,
          recipient_country: to.recipient_country,
          // (Said once the article's rows are merged and linked, which may fill the recipient: articleRecipient.ts.)
          recipient_source: null,
          project,
          ...figures,
          instrument: instrumentOfFunder(figures.instrument, funder.funder_type),
          sector: sectorFor(text, start, end, named?.kind ?? null),
          part_of: null,
          evidence_id: evidence.evidence_id,
          quote: text,
        },
        evidence,
        position: c.position,
        headline: c.headline,
        ...(parties.borrowed ? { funderBorrowed: true } : {}),
      };
    }
  }
}
