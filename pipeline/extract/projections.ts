/**
 * Projections: what a project or deal is expected to yield. Money figures classified as
 * projections (export value, investment unlocked, revenue, free cash flow); output and capacity
 * ("produce 200,000 metric tons of copper a year in its first phase", "a 1,200MW plant");
 * reserves ("added 13 million ounces to its gold reserves"); shares of exports ("nearly 10
 * percent of the country's export volume"); and the share of its output a project exports ("will
 * export 70% of its output").
 *
 * Period rule: a money projection with no period stated is a total (money a deal "could unlock"
 * is one sum); a quantity with no period stated has none (null).
 */
import type { Period, Projection, ProjectionMetric, Qualifier } from '../tables.ts';
import { ANNUAL_BEFORE, findQuantities } from './quantities.ts';
import { allMatches } from './matches.ts';
import { bounds, qualifierBefore } from './qualifiers.ts';
import { evidenceFor } from './evidence.ts';
import { factId } from './ids.ts';
import { projectFor, type SentenceContext } from './context.ts';
import type { FactMention } from './mergeMentions.ts';
import { PERCENT } from './numbers.ts';

const HORIZONS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/\b(?:in|during|within|for)\s+(?:its|the|their|his|her|our)\s+((?:first|second|third|initial|opening|early|next|coming|final|later)\s+(?:[a-z]+\s+){0,2}?(?:years?|phases?|stages?|decades?|months?)(?:\s+of\s+(?!the\b)[a-z]+)?)\b/gi, (m) => m[1]!],
  [/\bover\s+(?:the\s+)?(?:next\s+|coming\s+)?((?:\d+|[a-z]+(?:-[a-z]+)?)\s+years)\b/gi, (m) => m[1]!],
  [/\b(?:in|during)\s+(?:the\s+)?(coming years|years ahead|long term|medium term|short term)\b/gi, (m) => m[1]!],
  [/\b(by\s+(?:19|20)\d\d)\b/gi, (m) => m[1]!],
  [/\b((?:from|starting(?:\s+in)?|beginning(?:\s+in)?)\s+(?:19|20)\d\d)\b/gi, (m) => m[1]!],
  [/\b(?:in|during|for)\s+((?:FY\s?)?(?:19|20)\d\d(?:[-–\/]\d{2,4})?)\b/g, (m) => m[1]!],
  [/\b(after\s+(?:the\s+)?(?:expansion|completion|commissioning|full production|phase \w+|[a-z]+ing))\b/gi, (m) => m[1]!],
  [/\b(at full capacity|at peak production|once operational|when completed)\b/gi, (m) => m[1]!],
  [/\b(within\s+(?:the\s+next\s+)?(?:\d+|[a-z]+)\s+(?:years|months))\b/gi, (m) => m[1]!],
];

/** The horizon phrase nearest to [start, end) in the sentence, or null. */
export function horizonNear(sentence: string, start: number, end: number): string | null {
  let best: { text: string; distance: number } | null = null;
  for (const [pattern, pick] of HORIZONS) {
    for (const m of allMatches(pattern, sentence)) {
      const s = m.index;
      const e = s + m[0].length;
      if (s < end && start < e) continue;
      const distance = e <= start ? start - e : s - end;
      if (!best || distance < best.distance) best = { text: pick(m).replace(/\s+/g, ' '), distance };
    }
  }
  return best?.text ?? null;
}

// "$2bn in annual exports", "$500m of yearly revenue": the noun after the figure says it is a year's.
const ANNUAL_NOUN_AFTER = /^\s+(?:in|of)\s+(?:annual|yearly)\s+/i;
const PER_AFTER = /^[^,;]{0,40}?\b(?:(a|per|each|every)\s+(year|annum|day|month)|(annually|yearly|daily|monthly))\b/i;

/**
 * Period of a money projection: a stated rate after the figure, or "annual" before it ("annual
 * revenue of"), else "over N years"/"total", else a "first year" horizon, else total.
 */
export function periodOfMoney(after: string, horizon: string | null, before = ''): Period {
  if (ANNUAL_BEFORE.test(before) || ANNUAL_NOUN_AFTER.test(after)) return 'year';
  const m = PER_AFTER.exec(after);
  if (m) {
    const w = (m[2] ?? m[3] ?? '').toLowerCase();
    if (/^(day|daily)$/.test(w)) return 'day';
    if (/^(month|monthly)$/.test(w)) return 'month';
    return 'year';
  }
  if (horizon && /\byears\b/.test(horizon) && /^\S+\s+years$/.test(horizon)) return 'total';
  if (horizon && /\b(?:first|second|third|next)\s+(?:full\s+)?year\b/i.test(horizon)) return 'year';
  return 'total';
}

/** Output already made: "produced", "exported", "output was" (a future perfect still looks ahead). */
// ("Angola ... pumped about 1.1 million barrels a day last year": pumped and generated too.)
const PAST_OUTPUT_BEFORE = /(?<!\b(?:will|would|to|could|may)\s+(?:have\s+)?)\b(?:produced|exported|mined|shipped|pumped|generated|output\s+(?:was|stood\s+at|fell\s+to|rose\s+to|reached))\s+(?:(?:a\s+record|about|around|some|nearly|almost|over|more\s+than|roughly|an\s+estimated|just)\s+)*$/i;
/** A past level a figure is compared with: "down from", "up from", "compared with". */
const COMPARED_FROM_BEFORE = /\b(?:down|up)\s+from\s+(?:about|around|some|nearly|almost|over|more\s+than|roughly)?\s*$|\bcompared\s+(?:with|to)\s+(?:about|around|some|nearly|almost|over|more\s+than|roughly)?\s*$/i;
const AVOIDED_BEFORE = /\b(?:avoid(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|offset(?:s|ting)?|sav(?:e|es|ed|ing)|abat(?:e|es|ed|ing)|displac(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,3}$/i;
const PRODUCE = /\b(?:produc(?:e|es|ed|ing|tion)|output|mak(?:e|es|ing)|(?:roll|turn)(?:s|ing)?\s+out|suppl(?:y|ies|ied|ying)|manufactur(?:e|es|ed|ing)|assembl(?:e|es|ed|ing)|extract(?:s|ed|ing)?|pump(?:s|ed|ing)?|yield(?:s|ed|ing)?|mine(?:s|d)?|process(?:es|ed|ing)?|ship(?:s|ped|ping)?|export(?:s|ed|ing)?|generat(?:e|es|ed|ing))\b/i;
// "The port will handle 10 million TEU a year": what a facility can take is its capacity.
// ("designed to process 300,000 barrels of crude oil per day": what a plant is built to take is its capacity.)
// ("a desalination plant ... designed to produce 400,000 cubic metres of drinking water a day": what it is built for.)
// ("the line is designed to carry 5 million tonnes of freight": what a line is built to carry, the same.)
const CAPACITY = /\b(?:capacity|megawatts?|gigawatts?|installed|handl(?:e|es|ing)|designed\s+to\s+(?:process|refine|treat|handle|produce|generate|desalinate|supply|carry|transport)|(?:will|would|able\s+to)\s+carry)\b/i;
const CAPACITY_WORDS = new RegExp(CAPACITY.source, 'gi');
const FROM_LEVEL_BEFORE = /\bfrom\s+(?:(?:about|around|some|nearly)\s+)?$/i;
const TO_LEVEL_AFTER = /^\s+(?:[a-z]+\s+){0,3}?to\s+(?:(?:about|around|some|nearly|over|more\s+than)\s+)?\d/i;
const FROM_TO_BEFORE = /\bfrom\s+(?:(?:about|around|some|nearly)\s+)?[\d.,]+\s*(?:(?:million|billion|thousand)\s+)?(?:[a-z]+\s+){0,3}?to\s+(?:(?:about|around|some|nearly|over|more\s+than)\s+)?$/i;
const LENGTH_UNITS: ReadonlySet<string> = new Set(['km', 'mi', 'ha', 'acre']);
/** "powered by 3GW of solar capacity and produce 1 million tonnes": a verb of producing after the capacity word is the figure's. */
function producedAfterCapacity(before: string): boolean {
  let last = -1;
  for (const m of before.matchAll(CAPACITY_WORDS)) last = m.index + m[0].length;
  // ("capacity to produce 2 million tonnes" is still a capacity.)
  return last >= 0 && !/^\s+to\b/i.test(before.slice(last)) && PRODUCE.test(before.slice(last));
}
const DOUBLING = /^[^.;]{0,40}?\b(doubling|tripling)\b(?:\s+(?:to\s+\S+\s+)?((?:after|with|once|following|by|on)\s+(?:the\s+)?[a-z][a-z\s-]*?))?(?=[,.;)]|\s+(?:and|with|to|while)\b|$)/i;
/**
 * A share of a project's own output that is exported ("will export 70% of its output", "about 60
 * percent of the production will be exported", "sell 80% of its output abroad"): not a share of a
 * country's exports (SHARE), so not paired with an export value (reconcile/shares.ts).
 */
const OUTPUT_DETERMINER = String.raw`(?:its|the|their|this|that)\s+`;
// "the mine's output", "the plant's annual production": a possessive noun may come between.
const OUTPUT_NOUN = String.raw`(?:[a-z-]+(?:['’]s)?\s+){0,2}?(?:output|production)`;
// ("roughly 80 percent of output to be exported": the determiner may be left out.)
const SHARE_OF_OUTPUT = new RegExp(String.raw`(?<![\w.])(\d{1,3}(?:\.\d+)?)\s*${PERCENT}\s+of\s+(?:${OUTPUT_DETERMINER})?(${OUTPUT_NOUN})\b`, 'gi');
/** What an output is of, up to a word saying it is exported: " of diesel, jet fuel and petrochemical feedstock". */
const OUTPUT_OF_WHAT = /^\s+of\s+[\w\s,-]{1,70}?(?=\s+(?:(?:will|would|could|is|are|to)\s+(?:be\s+)?)?(?:exported|earmarked|destined|meant|intended|slated|for\s+export|shipped\s+abroad|sold\s+abroad))/i;
const EXPORT_VERB_BEFORE = /\b(?:export|exports|exported|exporting)\s+(?:[a-z]+\s+){0,2}$/i;
const SELL_VERB_BEFORE = /\b(?:sell|sells|selling|sold|ship|ships|shipping|shipped)\s+(?:[a-z]+\s+){0,2}$/i;
const ABROAD_AFTER = /^\s+(?:abroad|overseas|to\s+(?:foreign|overseas|international|export)\s+(?:markets|buyers|customers|clients)|for\s+export)\b/i;
const EXPORTED_AFTER = /^\s+(?:(?:will|would|could|is|are|was|were|to)\s+(?:[a-z]+\s+){0,2}?(?:exported|shipped\s+abroad|sold\s+abroad|sold\s+overseas|sold\s+to\s+(?:foreign|overseas|international)\s+(?:markets|buyers|customers|clients))|(?:is\s+|are\s+|will\s+be\s+)?(?:destined|earmarked|meant|intended|slated|allocated|reserved|bound)\s+for\s+export|for\s+export)\b/i;
/**
 * A bare share right after an output figure: "200,000 barrels a day, with 80% destined for export",
 * "500,000 tonnes a year, 70% of which will be exported". The figure it is a share of is the
 * sentence's output or capacity, read before it.
 */
// ("50,000 vehicles a year, around 60% of them for export": the output counted in units is "them".)
const SHARE_EXPORTED = new RegExp(String.raw`(?<![\w.])(\d{1,3}(?:\.\d+)?)\s*${PERCENT}(?:\s+of\s+(?:which|it|this|that|them|these|those))?(?=\s)`, 'gi');
const EXPORTS_HEAD = /\bexports?(?:\s+(?:volumes?|earnings|revenues?|receipts|value|basket|income))?\s*$/i;
const WORD_SHARES: ReadonlyMap<string, number> = new Map([
  ['half', 50], ['a third', 100 / 3], ['one third', 100 / 3], ['two thirds', 200 / 3], ['a quarter', 25], ['one quarter', 25], ['three quarters', 75],
]);
const WORD_SHARE_EXPORTED = /\b(half|a third|one[\s-]third|two[\s-]thirds|a quarter|one[\s-]quarter|three[\s-]quarters)(?:\s+of\s+(?:it|which|this|that|them|these|those))?(?=\s)/gi;
const OUTPUT_FIRST = new RegExp(String.raw`^${OUTPUT_DETERMINER}${OUTPUT_NOUN}\b`, 'i');
// ("about 5 percent of Pakistan's total exports once it is fully operational": a clause after the noun ends it too.)
const SHARE = new RegExp(String.raw`(?<![\w.])(\d{1,3}(?:\.\d+)?)\s*${PERCENT}\s+of\s+((?:the\s+)?[^,;.()]{3,80}?)(?=[,;.()]|\s+(?:and|by|in|over|from|while|which|once|when|after|if|as|under|within)\s|$)`, 'gi');

export function projectionsIn(ctx: SentenceContext): FactMention<Projection>[] {
  const { sentence } = ctx;
  const text = sentence.text;
  const out: FactMention<Projection>[] = [];

  for (const { money, role } of ctx.money) {
    if (role.role !== 'projection') continue;
    const horizon = horizonNear(text, money.start, money.end);
    out.push(
      row(ctx, money.start, money.end, {
        metric: role.metric,
        commodity: null,
        value: money.value,
        value_low: money.low,
        value_high: money.high,
        unit: money.currency,
        per: periodOfMoney(text.slice(money.end), horizon, text.slice(Math.max(0, money.start - 50), money.start)),
        horizon,
        qualifier: money.qualifier,
        of_what: null,
      }),
    );
  }

  for (const q of findQuantities(text)) {
    // "raise the port's handling capacity from 1.6 million tonnes to 4.5 million tonnes": the level it starts from
    // is no projection, and the one it reaches is read with the words before both.
    if (FROM_LEVEL_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start)) && TO_LEVEL_AFTER.test(text.slice(q.end, q.end + 20))) continue;
    const fromTo = FROM_TO_BEFORE.exec(text.slice(Math.max(0, q.start - 60), q.start));
    const before = text.slice(Math.max(0, q.start - 60 - (fromTo?.[0].length ?? 0)), q.start - (fromTo?.[0].length ?? 0));
    const after = text.slice(q.end, q.end + 40);
    let metric: ProjectionMetric | null = null;
    let commodity = q.commodity;
    const reservesAfter = /^\s+(?:to|of|in)\s+(?:[\w’'-]+\s+){0,3}?(?:(\w+)\s+)?(?:reserves?|resources?)\b/i.exec(after);
    if (reservesAfter || /\breserves?\s+(?:of|at|to)\s*(?:about|around|over|more than|nearly)?\s*$/i.test(before)) {
      metric = 'reserves';
      commodity ??= reservesAfter?.[1] && !/^(its|the|their|his|her|our)$/i.test(reservesAfter[1]) ? reservesAfter[1].toLowerCase() : null;
    } else if (q.unit === 'MW' || q.unit === 'GW' || (CAPACITY.test(before.slice(-30)) && !producedAfterCapacity(before.slice(-30)))) metric = 'capacity';
    // "designed to carry 1.3 million passengers a day", "a 300-bed hospital", "a 900-room complex": found only as what a
    // line, ward or hotel can take.
    else if (q.unit === 'passengers' || q.unit === 'beds' || q.unit === 'rooms') metric = 'capacity';
    // "4.4 gigawatt hours (GWh) of battery storage": energy a store holds is its capacity.
    else if (/Wh$/.test(q.unit) && /\bstorage\b/i.test(commodity ?? '')) metric = 'capacity';
    // ("export its electricity through a 95-kilometer subsea cable": a length is never output.)
    else if (PRODUCE.test(before) && !LENGTH_UNITS.has(q.unit)) metric = 'production';
    // "avoiding 2.3 million tonnes of carbon emissions a year": what is not produced.
    if (metric === 'production' && (AVOIDED_BEFORE.test(before.slice(-40)) || /\b(?:emissions?|co2|carbon dioxide)\b/i.test(commodity ?? ''))) continue;
    // "Ghana produced 650,000 tonnes of cocoa last season, down from 1 million": past output, not a projection.
    if (metric !== null && metric !== 'reserves' && (PAST_OUTPUT_BEFORE.test(before.slice(-50)) || COMPARED_FROM_BEFORE.test(before.slice(-30)))) continue;
    if (!metric) continue;
    const horizon = horizonNear(text, q.start, q.end);
    const base = {
      metric,
      commodity,
      value: q.value,
      value_low: q.low,
      value_high: q.high,
      unit: q.unit,
      per: q.per,
      horizon: metric === 'reserves' ? horizon : horizon,
      qualifier: q.qualifier,
      of_what: null,
    };
    out.push(row(ctx, q.start, q.end, base));
    // "200,000 tonnes a year in its first phase, doubling after expansion": the doubled figure too.
    const tail = text.slice(q.end);
    const skip = /^\s+in\s+(?:its|the)\s+[a-z]+\s+(?:[a-z]+\s+)?(?:phase|stage|year)s?\b/i.exec(tail)?.[0].length ?? 0;
    const d = DOUBLING.exec(tail.slice(skip));
    if (d && q.value !== null) {
      const factor = d[1]!.toLowerCase() === 'doubling' ? 2 : 3;
      const s = q.end + skip + (d.index ?? 0) + d[0].indexOf(d[1]!);
      const e = q.end + skip + (d.index ?? 0) + d[0].length;
      const value = q.value * factor;
      out.push(row(ctx, s, e, { ...base, value, ...boundsOf(q.qualifier, value), horizon: d[2]?.trim() ?? null }));
    }
  }

  for (const m of allMatches(SHARE, text)) {
    const ofWhat = (m[2] ?? '').trim();
    // "90% of the output is destined for export" is a share of output (SHARE_OF_OUTPUT, below).
    // Its head noun must be the exports: "12% of the country's exports", "10 percent of its export
    // volume"; not "40% of the profits for export promotion".
    // "40 percent of it for export": a share of the output before it (SHARE_EXPORTED, below).
    if (!EXPORTS_HEAD.test(ofWhat) || OUTPUT_FIRST.test(ofWhat) || /^(?:it|which|this|that|them)\b/i.test(ofWhat)) continue;
    out.push(shareRow(ctx, m, 'share_of_exports', ofWhat.replace(/^the\s+/i, '')));
  }
  for (const m of allMatches(SHARE_OF_OUTPUT, text)) {
    const value = Number(m[1]);
    if (!(value > 0 && value <= 100)) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const q = qualifierBefore(text.slice(0, start));
    const lead = start - (q?.length ?? 0);
    const before = text.slice(Math.max(0, lead - 40), lead);
    // ("40 percent of its output of diesel, jet fuel and petrochemical feedstock earmarked for export": past what the output is of.)
    const of = OUTPUT_OF_WHAT.exec(text.slice(end, end + 80))?.[0].length ?? 0;
    const after = text.slice(end + of, end + of + 60);
    if (!(EXPORT_VERB_BEFORE.test(before) || (SELL_VERB_BEFORE.test(before) && ABROAD_AFTER.test(after)) || EXPORTED_AFTER.test(after))) continue;
    out.push(shareRow(ctx, m, 'export_share_of_output', m[2]!.trim().toLowerCase(), q));
  }
  const output = out.find((p) => p.row.metric === 'production' || p.row.metric === 'capacity');
  if (output) {
    // "1 million tonnes a year by 2032, half of it for export": a share in words.
    for (const m of allMatches(WORD_SHARE_EXPORTED, text)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (start < output.evidence.end - ctx.sentence.start || !EXPORTED_AFTER.test(text.slice(end, end + 60))) continue;
      const value = WORD_SHARES.get(m[1]!.toLowerCase().replace(/[\s-]+/g, ' '))!;
      out.push(shareRow(ctx, m, 'export_share_of_output', output.row.commodity ?? 'output', null, value));
    }
    for (const m of allMatches(SHARE_EXPORTED, text)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const value = Number(m[1]);
      if (!(value > 0 && value <= 100) || start < output.evidence.end - ctx.sentence.start) continue;
      if (/^\s+of\s/i.test(text.slice(end, end + 4)) || !EXPORTED_AFTER.test(text.slice(end, end + 60))) continue;
      if (out.some((p) => p.row.unit === 'percent' && p.evidence.start - ctx.sentence.start <= start && start < p.evidence.end - ctx.sentence.start)) continue;
      out.push(shareRow(ctx, m, 'export_share_of_output', output.row.commodity ?? 'output'));
    }
  }
  return out;
}

/**
 * A percent share matched at `m` (its figure in group 1, unless `value` is given: a share in words),
 * with the qualifier before it (`q`, when the caller has read it; null for none).
 */
function shareRow(
  ctx: SentenceContext,
  m: RegExpMatchArray,
  metric: ProjectionMetric,
  ofWhat: string,
  q = qualifierBefore(ctx.sentence.text.slice(0, m.index ?? 0)),
  value = Number(m[1]),
): FactMention<Projection> {
  const text = ctx.sentence.text;
  const start = m.index ?? 0;
  const qualifier: Qualifier = q?.qualifier ?? 'exact';
  const s = q ? start - q.length : start;
  const e = start + m[0].length;
  return row(ctx, s, e, {
    metric,
    commodity: null,
    value,
    ...boundsOf(qualifier, value),
    unit: 'percent',
    per: null,
    horizon: horizonNear(text, s, e),
    qualifier,
    of_what: ofWhat,
  });
}

function boundsOf(qualifier: Qualifier, value: number): { value_low: number | null; value_high: number | null } {
  const b = bounds(qualifier, value);
  return { value_low: b.low, value_high: b.high };
}

type Figures = Omit<Projection, 'projection_id' | 'article_id' | 'project' | 'evidence_id' | 'quote'>;

function row(ctx: SentenceContext, start: number, end: number, figures: Figures): FactMention<Projection> {
  const { article, sentence } = ctx;
  const evidence = evidenceFor(article, sentence, start, end);
  return {
    row: {
      projection_id: factId('p', article, sentence, start, end),
      article_id: article.article_id,
      project: projectFor(ctx, start, end)?.name ?? null,
      ...figures,
      evidence_id: evidence.evidence_id,
      quote: sentence.text,
    },
    evidence,
    position: ctx.position,
    headline: ctx.headline,
  };
}
