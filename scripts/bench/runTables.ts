/**
 * A synthetic finished run of any size, for measuring the render step alone: articles, sentences,
 * evidence, deals (with umbrellas and parts, several currencies, every status and qualifier),
 * jobs with stated totals, projections and checks, then the real aggregate stage over them, so
 * the workbook and brief see aggregates shaped exactly like a real run's. Deterministic for a seed.
 */
import { aggregate } from '../../pipeline/stages/aggregate.ts';
import { countDeals } from '../../pipeline/reconcile/counting.ts';
import type { Article, Check, Deal, Evidence, Job, Projection, RunTables, Sentence, Status } from '../../pipeline/tables.ts';
import { QUALIFIERS, STATUSES } from '../../pipeline/tables.ts';
import { rng } from './corpus.ts';

const COUNTRIES = ['Kenya', 'Chile', 'Viet Nam', 'Morocco', 'Peru', 'Ghana', 'Indonesia', 'Egypt', 'Brazil', 'Poland'];
const FUNDER_STEMS = ['Northern Development Bank', 'Atlantic Export Credit Agency', 'Gulf Sovereign Fund', 'Pacific Infrastructure Partners', 'Alpine Mining Holdings'];
const INSTRUMENTS = ['loan', 'investment', 'equity', 'grant', 'export_credit'] as const;
const SECTORS = ['mining', 'ports', 'energy', 'rail', null] as const;

export function syntheticRun(articleCount: number, seed = 7): RunTables {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const articles: Article[] = [];
  const sentences: Sentence[] = [];
  const evidence: Evidence[] = [];
  const raw: Deal[] = [];
  const jobs: Job[] = [];
  const projections: Projection[] = [];
  const checks: Check[] = [];
  let evidenceN = 0;
  const addEvidence = (a: Article, s: Sentence, surface: string): string => {
    const id = `e${++evidenceN}`;
    evidence.push({ evidence_id: id, article_id: a.article_id, sentence_id: s.sentence_id, start: s.start, end: s.start + surface.length, surface, sentence: s.text });
    return id;
  };
  for (let i = 0; i < articleCount; i++) {
    const recipient = pick(COUNTRIES);
    const funder = `${pick(FUNDER_STEMS)} ${1 + Math.floor(random() * 400)}`;
    const amount = Math.round(1 + random() * 2000) * 1e6;
    const text = `${funder} will lend $${amount / 1e6} million to ${recipient} for a new terminal. The project will create ${100 + i % 900} jobs. Officials said exports could rise by ${1 + (i % 9)} percent.`;
    const a: Article = {
      article_id: `a${i}`, source_file: `synthetic/${i}.txt`, part: 1, title: `${funder} backs ${recipient} terminal`,
      published: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, dateline: null,
      outlet: 'Synthetic Wire', url: `https://news.example.org/${i}`, chars: text.length, text_sha256: String(i), text,
    };
    articles.push(a);
    const parts = text.split('. ');
    let at = 0;
    parts.forEach((t, n) => {
      sentences.push({ article_id: a.article_id, sentence_id: `${a.article_id}-s${n + 1}`, start: at, end: at + t.length, text: t });
      at += t.length + 2;
    });
    const s = sentences[sentences.length - parts.length]!;
    // About one deal per two articles, each with three evidence rows (articles repeat deals).
    if (i % 2 === 0) {
      const ev = [0, 1, 2].map(() => addEvidence(a, s, `$${amount / 1e6} million`)).join(';');
      const status = pick(STATUSES.filter((x) => x !== 'other')) as Status;
      const qualifier = pick(QUALIFIERS);
      const currency = i % 5 === 0 ? 'EUR' : 'USD';
      const fx = currency === 'EUR' ? 1.08 : 1;
      const whole = i % 10 === 2 ? raw[raw.length - 1] : undefined;
      raw.push({
        commitment_id: `c${i}`, article_id: a.article_id, funder, funder_type: 'development_bank', funder_country: pick(COUNTRIES),
        recipient, recipient_country: recipient, recipient_source: 'sentence', project: `${recipient} terminal ${i}`,
        amount: qualifier === 'up_to' ? null : amount, amount_low: qualifier === 'up_to' ? null : amount,
        amount_high: qualifier === 'over' || qualifier === 'at_least' ? null : amount * (qualifier === 'range' ? 1.5 : 1),
        currency, qualifier, instrument: pick(INSTRUMENTS), status, sector: pick(SECTORS), stake_percent: null,
        part_of: whole && whole.amount !== null && amount < whole.amount ? whole.commitment_id : null,
        article_ids: a.article_id, merged_ids: `c${i}`, source_count: 1, first_reported: a.published, status_date: a.published,
        tier: 'none', is_umbrella: false, link_reason: null,
        amount_usd: qualifier === 'up_to' ? null : amount * fx, amount_usd_low: qualifier === 'up_to' ? null : amount * fx,
        amount_usd_high: qualifier === 'over' || qualifier === 'at_least' ? null : amount * fx * (qualifier === 'range' ? 1.5 : 1),
        fx_rate: fx, fx_date: a.published, counts_toward_total: false, evidence_id: ev, quote: s.text,
      });
    }
    const jobSentence = sentences[sentences.length - parts.length + 1]!;
    if (i % 2 === 1) jobs.push({
      job_id: `j${i}`, article_id: a.article_id, project: `${recipient} terminal ${i}`, count: 100 + (i % 900), count_low: null, count_high: null,
      qualifier: 'exact', location: null, country: recipient, country_source: 'sentence', kind: 'unspecified', total_of: null,
      evidence_id: addEvidence(a, jobSentence, `${100 + (i % 900)} jobs`), quote: jobSentence.text,
    });
    if (i % 4 === 0) {
      const p = sentences[sentences.length - 1]!;
      projections.push({
        projection_id: `p${i}`, article_id: a.article_id, project: `${recipient} terminal ${i}`, metric: 'export_value', commodity: null,
        value: 1 + (i % 9), value_low: null, value_high: null, unit: 'percent', per: 'year', horizon: '2030', qualifier: 'exact', of_what: null,
        evidence_id: addEvidence(a, p, `${1 + (i % 9)} percent`), quote: p.text,
      });
    }
    if (i % 20 === 0) {
      checks.push({ check_id: `k${i}`, kind: 'missing_funder', severity: i % 40 === 0 ? 'warning' : 'info', passed: i % 40 !== 0, message: `article ${a.source_file}: check ${i}`, row_ids: `c${i}` });
    }
  }
  const umbrellas = new Set(raw.map((d) => d.part_of).filter((x): x is string => x !== null));
  const deals = countDeals(raw.map((d) => ({ ...d, is_umbrella: umbrellas.has(d.commitment_id) })), 'pledged');
  const aggregates = aggregate({ deals, jobs, projections, countryExports: [], articles });
  return {
    articles, rejected: [], evidence, commitments: [], deals, jobs, projections, projects: [], corrections: [], checks, aggregates,
  };
}
