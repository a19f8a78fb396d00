/**
 * Runs the unseen cases through the real ingest and extract stages and compares them with the
 * analyst's rows: which expected commitments were found (same amount and currency, or the same
 * stake), which of their fields are right, which extracted rows nobody expected.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { ingest } from '../../pipeline/stages/ingest.ts';
import { extractArticle, type ExtractReference } from '../../pipeline/stages/extract.ts';
import type { Commitment, ExtractedTables, Job, Projection } from '../../pipeline/tables.ts';
import type { ExpectedCommitment, ExpectedJob, ExpectedProjection, OneOf, UnseenCase } from './unseen.cases.ts';

export function extractCase(c: UnseenCase, ref: ExtractReference): ExtractedTables {
  const { articles, sentences, rejected } = ingest(
    [{ file: `${c.name}.txt`, line: null, bytes: null, text: c.text, format: 'txt', meta: {} }],
    { maxArticleBytes: 1 << 20 },
  );
  if (rejected.length > 0 || articles.length === 0) throw new Error(`ingest: ${JSON.stringify(rejected)} (${articles.length} articles)`);
  if (articles.length === 1) return extractArticle(articles[0]!, sentences, ref);
  // (A file holding two stories back to back, as the seeds' second file does, is split by ingest: the case's rows are
  // both articles' rows.)
  const each = articles.map((a) => extractArticle(a, sentences.filter((s) => s.article_id === a.article_id), ref));
  return {
    commitments: each.flatMap((t) => t.commitments),
    jobs: each.flatMap((t) => t.jobs),
    projections: each.flatMap((t) => t.projections),
    projects: each.flatMap((t) => t.projects),
    evidence: each.flatMap((t) => t.evidence),
  };
}

const accepts = <T>(want: T | readonly T[], got: T) => (Array.isArray(want) ? (want as readonly T[]).includes(got) : want === got);
/** A name as the writer or the table may type it: "People’s" is "People's", and "Co." is "Co" (each of a list's names). */
const typed = (name: string | null) => (name === null ? null : name.replace(/’/g, "'").split('; ').map((n) => n.replace(/\.$/, '')).join('; '));
/** A country as writers type it: the reference's "Türkiye" is the writer's "Turkey", its "Gambia" the writer's "The Gambia", its "Czechia" the writer's "Czech Republic". */
const COUNTRY_SPELLINGS: Readonly<Record<string, string>> = { Turkey: 'Türkiye', 'The Gambia': 'Gambia', 'Czech Republic': 'Czechia' };
const sameCountry = (got: string | null, want: string | null) =>
  got === null || want === null ? got === want : (COUNTRY_SPELLINGS[got] ?? got) === (COUNTRY_SPELLINGS[want] ?? want) || canonical(got) === canonical(want);
/**
 * The reference's name for an organisation a writer typed by one of its aliases ("KfW" is the table's "KfW
 * Development Bank"): writers cannot know which of an organisation's names the table uses, and a name the reference
 * resolves names the same party. Read from the reference file itself, not from the extractor's lookup.
 */
// (Countries too: the writer's "Côte d'Ivoire" is the reference's "Ivory Coast".)
const CANONICAL: ReadonlyMap<string, string> = new Map(
  ['organizations.csv', 'countries.csv'].flatMap((file) =>
    (parse(readFileSync(new URL(`../../data/reference/${file}`, import.meta.url), 'utf8'), { columns: true }) as { name: string; aliases: string }[]).flatMap((r) =>
      [r.name, ...r.aliases.split(';')].filter((n) => n !== '').map((n): [string, string] => [n, r.name]),
    ),
  ),
);
const canonical = (name: string | null) => (name === null ? null : name.split('; ').map((n) => CANONICAL.get(n) ?? n).join('; '));
const acceptsName = (want: OneOf<string | null>, got: string | null) =>
  (Array.isArray(want) ? (want as readonly (string | null)[]) : [want as string | null]).some((w) => typed(w) === typed(got) || canonical(typed(w)) === canonical(typed(got)));
const near = (a: number | null, b: number | null | undefined) => (a === null || b === null || b === undefined ? a === (b ?? null) : Math.abs(a - b) <= Math.abs(b) * 1e-9);

function pointOf(c: Commitment): number | null {
  return c.amount ?? c.amount_low ?? c.amount_high;
}

function matches(e: ExpectedCommitment, c: Commitment): boolean {
  if (e.amount === null && e.low === undefined) return e.stake !== undefined && c.stake_percent === e.stake && pointOf(c) === null;
  const want = e.amount ?? e.low ?? null;
  return near(pointOf(c), want) && c.currency === e.currency;
}

export const FIELDS = ['funder', 'funder_country', 'recipient', 'qualifier', 'instrument', 'status', 'stake', 'evidence', 'bounds'] as const;
export type Field = (typeof FIELDS)[number];

/** The fields of a found row that differ from the analyst's, as `field: got (want)`. */
export function wrongFields(e: ExpectedCommitment, c: Commitment): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  const check = (f: Field, ok: boolean, got: unknown, want: unknown) => {
    if (!ok) out[f] = `${JSON.stringify(got)} (want ${JSON.stringify(want)})`;
  };
  check('funder', acceptsName(e.funder, c.funder), c.funder, e.funder);
  if (e.funder_country !== undefined) check('funder_country', sameCountry(c.funder_country, e.funder_country), c.funder_country, e.funder_country);
  check('recipient', acceptsName(e.recipient, c.recipient), c.recipient, e.recipient);
  check('qualifier', c.qualifier === e.qualifier, c.qualifier, e.qualifier);
  check('instrument', accepts(e.instrument, c.instrument), c.instrument, e.instrument);
  check('status', c.status !== null && accepts(e.status, c.status), c.status, e.status);
  if (e.stake !== undefined) check('stake', c.stake_percent === e.stake, c.stake_percent, e.stake);
  if (e.evidence !== undefined) check('evidence', c.evidence_id.split(';').length === e.evidence, c.evidence_id.split(';').length, e.evidence);
  if (e.qualifier === 'range') check('bounds', near(c.amount_low, e.low) && near(c.amount_high, e.high), [c.amount_low, c.amount_high], [e.low, e.high]);
  return out;
}

export interface CaseScore {
  name: string;
  expected: number;
  found: number;
  /** Found rows whose every checked field is right. */
  right: number;
  /** Found rows with funder, recipient, amount and status all right. */
  partiesRight: number;
  /** Extracted rows neither expected nor ignored. */
  extra: Commitment[];
  /** Extracted rows on a figure that must not be a commitment. */
  forbidden: Commitment[];
  missing: ExpectedCommitment[];
  wrong: { expected: ExpectedCommitment; got: Commitment; fields: Partial<Record<Field, string>> }[];
  fieldErrors: Partial<Record<Field, number>>;
}

export function scoreCommitments(c: UnseenCase, rows: readonly Commitment[]): CaseScore {
  const used = new Set<Commitment>();
  const score: CaseScore = { name: c.name, expected: c.commitments.length, found: 0, right: 0, partiesRight: 0, extra: [], forbidden: [], missing: [], wrong: [], fieldErrors: {} };
  for (const e of c.commitments) {
    const candidates = rows.filter((r) => !used.has(r) && matches(e, r));
    // Among rows on the same figure, the one with the fewest wrong fields answers for it.
    const best = candidates.sort((a, b) => Object.keys(wrongFields(e, a)).length - Object.keys(wrongFields(e, b)).length)[0];
    if (!best) {
      score.missing.push(e);
      continue;
    }
    used.add(best);
    score.found++;
    const fields = wrongFields(e, best);
    if (Object.keys(fields).length === 0) score.right++;
    else score.wrong.push({ expected: e, got: best, fields });
    if (!fields.funder && !fields.recipient && !fields.status) score.partiesRight++;
    for (const f of Object.keys(fields) as Field[]) score.fieldErrors[f] = (score.fieldErrors[f] ?? 0) + 1;
  }
  for (const r of rows) {
    if (used.has(r)) continue;
    const p = pointOf(r);
    if (p !== null && (c.ignore ?? []).some((x) => near(p, x))) continue;
    if (p !== null && (c.not ?? []).some((x) => near(p, x))) score.forbidden.push(r);
    score.extra.push(r);
  }
  return score;
}

export interface Totals {
  expected: number;
  found: number;
  right: number;
  partiesRight: number;
  extracted: number;
  extra: number;
  forbidden: number;
  precision: number;
  recall: number;
  fieldErrors: Partial<Record<Field, number>>;
}

export function totals(scores: readonly CaseScore[]): Totals {
  const sum = (f: (s: CaseScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const expected = sum((s) => s.expected);
  const found = sum((s) => s.found);
  const extra = sum((s) => s.extra.length);
  const fieldErrors: Partial<Record<Field, number>> = {};
  for (const s of scores) for (const [f, n] of Object.entries(s.fieldErrors)) fieldErrors[f as Field] = (fieldErrors[f as Field] ?? 0) + n;
  return {
    expected,
    found,
    right: sum((s) => s.right),
    partiesRight: sum((s) => s.partiesRight),
    extracted: found + extra,
    extra,
    forbidden: sum((s) => s.forbidden.length),
    precision: found / Math.max(1, found + extra),
    recall: found / Math.max(1, expected),
    fieldErrors,
  };
}

/** Expected jobs not found (by count, kind, country and parts). */
export function jobProblems(want: readonly ExpectedJob[], got: readonly Job[], notJobs: readonly number[] = []): string[] {
  const out: string[] = [];
  for (const w of want) {
    const j = got.find((g) => g.count === w.count);
    if (!j) {
      out.push(`missing ${w.count} jobs`);
      continue;
    }
    if (!accepts(w.kind, j.kind)) out.push(`${w.count} jobs: kind ${j.kind} (want ${JSON.stringify(w.kind)})`);
    if (w.country !== undefined && !sameCountry(j.country, w.country)) out.push(`${w.count} jobs: country ${j.country} (want ${w.country})`);
    if (w.total_of) {
      const parts = (j.total_of ?? '').split(';').map((id) => got.find((g) => g.job_id === id)?.count).sort();
      if (JSON.stringify(parts) !== JSON.stringify([...w.total_of].sort())) out.push(`${w.count} jobs: total of ${JSON.stringify(parts)} (want ${JSON.stringify(w.total_of)})`);
    }
  }
  for (const n of notJobs) if (got.some((g) => g.count === n)) out.push(`${n} is not a job count`);
  return out;
}

/**
 * A writer's unit word, as the table writes it (quantities.ts): the writers were shown the row types, never the table's
 * symbols, and write "tonnes", "barrels" or "cubic metres" where the table has "t", "bbl" or "m3".
 */
const UNIT_SYMBOLS: Readonly<Record<string, string>> = {
  tonnes: 't', tonne: 't', tons: 't', ton: 't', 'metric tons': 't', 'metric tonnes': 't', mt: 't',
  barrels: 'bbl', barrel: 'bbl', bpd: 'bbl', 'b/d': 'bbl', 'barrels per day': 'bbl',
  ounces: 'oz', ounce: 'oz', 'troy ounces': 'oz',
  'cubic metres': 'm3', 'cubic meters': 'm3', 'm³': 'm3',
  megawatts: 'MW', gigawatts: 'GW', 'megawatt hours': 'MWh', 'gigawatt hours': 'GWh', kilometres: 'km', kilometers: 'km',
};
/** A horizon as a writer types it: "2030" for the table's "by 2030", "2029" for "from 2029". */
const bareHorizon = (h: string | null | undefined) => (h === null || h === undefined ? null : h.replace(/^(?:by|from|in|until|through|to)\s+/i, ''));
const tableUnit = (unit: string) => UNIT_SYMBOLS[unit.toLowerCase()] ?? unit;

export function projectionProblems(want: readonly ExpectedProjection[], got: readonly Projection[]): string[] {
  const out: string[] = [];
  for (const w of want) {
    const p = got.find((g) => near(g.value ?? g.value_low ?? g.value_high, w.value) && g.unit === tableUnit(w.unit));
    if (!p) {
      out.push(`missing ${w.metric} ${w.value} ${w.unit}`);
      continue;
    }
    if (p.metric !== w.metric) out.push(`${w.value} ${w.unit}: metric ${p.metric} (want ${w.metric})`);
    if (w.per !== undefined && p.per !== w.per) out.push(`${w.value} ${w.unit}: per ${p.per} (want ${w.per})`);
    if (w.horizon !== undefined && bareHorizon(p.horizon) !== bareHorizon(w.horizon)) out.push(`${w.value} ${w.unit}: horizon ${p.horizon} (want ${w.horizon})`);
  }
  return out;
}
