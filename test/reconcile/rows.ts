// Small hand-made rows for reconcile, correct and aggregate tests (sentences of our own making).
import type { Article, Commitment, Deal, FxRate, Job, Projection } from '../../pipeline/tables.ts';

export function article(id: string, published: string | null): Article {
  return { article_id: id, source_file: `${id}.txt`, part: 1, title: null, published, dateline: null, outlet: null, url: null, chars: 0, text_sha256: '', text: '' };
}

export function commitment(id: string, articleId: string, fields: Partial<Commitment>): Commitment {
  return {
    commitment_id: id, article_id: articleId, funder: null, funder_type: null, funder_country: null, recipient: null,
    recipient_country: null, recipient_source: fields.recipient ? 'sentence' : null, project: null, amount: null, amount_low: null, amount_high: null, currency: 'USD',
    qualifier: 'exact', instrument: null, status: null, sector: null, stake_percent: null, part_of: null,
    evidence_id: `${id}-e1`, quote: `quote of ${id}`, ...fields,
  };
}

export function job(id: string, articleId: string, fields: Partial<Job>): Job {
  return {
    job_id: id, article_id: articleId, project: null, count: null, count_low: null, count_high: null, qualifier: 'exact',
    location: null, country: null, country_source: null, kind: null, total_of: null, evidence_id: `${id}-e1`, quote: `quote of ${id}`, ...fields,
  };
}

export function projection(id: string, articleId: string, fields: Partial<Projection>): Projection {
  return {
    projection_id: id, article_id: articleId, project: null, metric: 'other', commodity: null, value: null, value_low: null,
    value_high: null, unit: null, per: null, horizon: null, qualifier: 'exact', of_what: null, evidence_id: `${id}-e1`,
    quote: `quote of ${id}`, ...fields,
  };
}

export function deal(id: string, fields: Partial<Deal>): Deal {
  return {
    ...commitment(id, 'a1', {}), article_ids: 'a1', merged_ids: id, source_count: 1, first_reported: null, status_date: null,
    tier: 'none', is_umbrella: false, link_reason: null, amount_usd: null, amount_usd_low: null, amount_usd_high: null,
    fx_rate: null, fx_date: null, counts_toward_total: false, ...fields,
  };
}

export const RATES: FxRate[] = [
  { currency: 'INR', date: '2023-01-01', usd_per_unit: 0.012, source: 'test 2023 average' },
  { currency: 'INR', date: '2024-01-01', usd_per_unit: 0.0125, source: 'test 2024 average' },
  { currency: 'EUR', date: '2023-01-01', usd_per_unit: 1.08, source: 'test 2023 average' },
  { currency: 'EUR', date: '2024-01-01', usd_per_unit: 1.1, source: 'test 2024 average' },
];

export const emptyExtracted = { commitments: [], jobs: [], projections: [], projects: [], evidence: [] };
