/**
 * Holds the whole pipeline to the facts a careful analyst takes from the seed articles
 * (test/fixtures/seeds.gold.json, a copy of shared/gold/seeds.gold.json). Nothing in pipeline/
 * knows these articles: this test is the only place their facts appear.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline, type RunResult } from '../pipeline/run.ts';
import { readCsv } from '../pipeline/io/csv.ts';
import { silentLogger } from '../pipeline/env.ts';
import type { Commitment, Deal, Evidence, Job, Projection, RunTables } from '../pipeline/tables.ts';

interface GoldCommitment {
  id: string; file: string; funder: string; recipient: string; project: string | null; amount: number | null;
  currency: string | null; qualifier: string | null; amount_high: number | null; instrument: string; status: string;
  part_of: string | null; required: boolean; quote: string; also_in?: string[]; stake_percent?: number;
}
interface GoldJob { id: string; file: string; count: number; qualifier: string; location: string; kind: string | null; total_of?: string[]; required: boolean; quote: string }
interface GoldProjection { id: string; file: string; metric: string; value: number; unit: string; per: string | null; horizon: string; qualifier: string; required: boolean; quote: string; also_in?: string[] }
interface GoldProject { file: string; name: string; aliases: string[]; kind: string; location: string; cost: number; currency: string; developer: string; quote: string }
interface Gold {
  articles: { file: string; title: string; published: string | null; dateline: string | null }[];
  commitments: GoldCommitment[];
  projects: GoldProject[];
  jobs: GoldJob[];
  projections: GoldProjection[];
  aggregates: { total_pledged_gross_usd: number; approved_usd: number; jobs_total: number; export_share_percent_stated: number; implied_pakistan_exports_usd: number };
}

const gold = JSON.parse(await readFile(new URL('./fixtures/seeds.gold.json', import.meta.url), 'utf8')) as Gold;

/** The gold names metrics in words; the projections table uses a fixed vocabulary. */
const METRIC_WORDS: Record<string, string[]> = {
  'export revenue': ['export_value', 'revenue'],
  "share of Pakistan's exports": ['share_of_exports'],
  'copper output': ['production'],
  'free cash flow': ['free_cash_flow'],
  'gold reserves added': ['reserves'],
  'US equipment and services exports': ['export_value', 'investment_unlocked'],
};

let result: RunResult;
let tables: RunTables;

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'pledgebook-gold-'));
  result = await runPipeline(
    {
      input: 'data/articles',
      out,
      referenceDir: 'data/reference',
      correctionsPath: join(out, 'no-corrections.csv'),
      countFrom: 'pledged',
      maxArticleBytes: 5 * 1024 * 1024,
      workers: 0,
      cache: false,
      pdf: false,
      reports: false,
    },
    { now: () => new Date('2026-01-01T00:00:00Z'), log: silentLogger },
  );
  tables = result.tables;
});

function fileOf(articleId: string): string {
  const article = tables.articles.find((a) => a.article_id === articleId);
  return article ? article.source_file.split('/').pop()! : '';
}
function evidenceSentences(evidenceIds: string): string[] {
  const ids = new Set(evidenceIds.split(';').map((s) => s.trim()));
  return tables.evidence.filter((e: Evidence) => ids.has(e.evidence_id)).map((e) => e.sentence);
}
const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
/** The gold names an organisation as the article does; the tables use the reference's canonical name. */
const canonicalName = new Map<string, string>();
for (const org of await readCsv('data/reference/organizations.csv')) {
  for (const alias of [org.name!, ...(org.aliases ?? '').split(';')]) if (alias) canonicalName.set(norm(alias), norm(org.name));
}
const canonical = (name: string) => canonicalName.get(name) ?? name;
/** "International Finance Corporation; Asian Development Bank" matches in any order. */
function sameParties(actual: string | null, expected: string): boolean {
  const a = norm(actual).split(/\s*;\s*/).map(canonical).sort();
  const e = norm(expected).split(/\s*;\s*/).map(canonical).sort();
  return a.length === e.length && a.every((x, i) => x === e[i]);
}

function findCommitment(g: GoldCommitment): Commitment | undefined {
  return tables.commitments.find(
    (c) =>
      fileOf(c.article_id) === g.file &&
      (g.amount === null ? c.amount === null && sameParties(c.funder, g.funder) : c.amount === g.amount && c.currency === g.currency),
  );
}

describe('articles', () => {
  test('three articles with the gold titles, dates and datelines', () => {
    expect(tables.articles.map((a) => ({ file: a.source_file.split('/').pop(), title: a.title, published: a.published, dateline: a.dateline }))).toEqual(
      gold.articles,
    );
  });
});

describe('commitments', () => {
  for (const g of gold.commitments.filter((c) => c.required)) {
    test(`${g.id}: ${g.funder} → ${g.recipient}, ${g.amount} ${g.currency}`, () => {
      const c = findCommitment(g);
      expect(c, `no commitment of ${g.amount} ${g.currency} in ${g.file}`).toBeDefined();
      expect({
        qualifier: c!.qualifier, instrument: c!.instrument, status: c!.status,
        funderMatches: sameParties(c!.funder, g.funder), recipient: c!.recipient,
        amount_high: g.qualifier === 'over' ? c!.amount_high : g.amount_high,
      }).toEqual({
        qualifier: g.qualifier, instrument: g.instrument, status: g.status,
        funderMatches: true, recipient: g.recipient, amount_high: g.amount_high,
      });
      const sentences = evidenceSentences(c!.evidence_id);
      expect(sentences).toContain(g.quote);
      for (const other of g.also_in ?? []) expect(sentences, 'told twice, one row with both pieces of evidence').toContain(other);
    });
  }

  test('no commitment beyond the gold (optional ones allowed)', () => {
    const allowed = gold.commitments.map((g) => findCommitment(g)?.commitment_id).filter(Boolean);
    const extra = tables.commitments.filter((c) => !allowed.includes(c.commitment_id));
    expect(extra.map((c) => `${c.funder}: ${c.amount} ${c.currency} — ${c.quote}`)).toEqual([]);
  });

  test('a part is linked to its whole', () => {
    const deal = (g: GoldCommitment): Deal | undefined =>
      tables.deals.find((d) => d.merged_ids.split(';').includes(findCommitment(g)?.commitment_id ?? '-'));
    for (const g of gold.commitments.filter((c) => c.part_of && !c.part_of.endsWith('?'))) {
      const part = deal(g);
      const whole = deal(gold.commitments.find((c) => c.id === g.part_of)!);
      expect(part?.part_of).toBe(whole?.commitment_id);
      expect(whole?.is_umbrella).toBe(true);
    }
  });
});

describe('jobs', () => {
  function findJob(g: GoldJob): Job | undefined {
    return tables.jobs.find((j) => fileOf(j.article_id) === g.file && j.count === g.count);
  }
  for (const g of gold.jobs.filter((j) => j.required)) {
    test(`${g.id}: ${g.count} jobs in ${g.location}`, () => {
      const j = findJob(g);
      expect(j, `no job row of ${g.count}`).toBeDefined();
      expect(j!.qualifier).toBe(g.qualifier);
      // The gold writes "Balochistan, Pakistan" where the table has location Balochistan, country Pakistan.
      expect([j!.location, `${j!.location}, ${j!.country}`]).toContain(g.location);
      if (g.kind) expect(j!.kind).toBe(g.kind);
      expect(evidenceSentences(j!.evidence_id)).toContain(g.quote);
      if (g.total_of) {
        const parts = g.total_of.map((id) => findJob(gold.jobs.find((x) => x.id === id)!)!.job_id).sort();
        expect((j!.total_of ?? '').split(';').sort()).toEqual(parts);
      }
    });
  }
  test('no job rows beyond the gold', () => {
    expect(tables.jobs.filter((j) => !gold.jobs.some((g) => findJob(g)?.job_id === j.job_id)).map((j) => j.quote)).toEqual([]);
  });
});

describe('projections', () => {
  function findProjection(g: GoldProjection): Projection | undefined {
    return tables.projections.find((p) => fileOf(p.article_id) === g.file && p.value === g.value && p.unit === g.unit);
  }
  for (const g of gold.projections.filter((p) => p.required)) {
    test(`${g.id}: ${g.metric} ${g.value} ${g.unit}`, () => {
      const p = findProjection(g);
      expect(p, `no projection of ${g.value} ${g.unit}`).toBeDefined();
      expect(METRIC_WORDS[g.metric]).toContain(p!.metric);
      expect({ qualifier: p!.qualifier, per: p!.per }).toEqual({ qualifier: g.qualifier, per: g.per });
      expect(norm(p!.horizon)).toContain(norm(g.horizon).replace(/ \(.*\)$/, ''));
      const sentences = evidenceSentences(p!.evidence_id);
      expect(sentences).toContain(g.quote);
      for (const other of g.also_in ?? []) expect(sentences).toContain(other);
    });
  }
  test('no projection rows beyond the gold (optional ones allowed)', () => {
    const known = gold.projections.map((g) => findProjection(g)?.projection_id);
    expect(tables.projections.filter((p) => !known.includes(p.projection_id)).map((p) => `${p.metric} ${p.value} ${p.unit}`)).toEqual([]);
  });
});

describe('projects', () => {
  test.each(gold.projects)('$name', (g) => {
    const p = tables.projects.find((x) => fileOf(x.article_id) === g.file && x.name === g.name);
    expect(p).toBeDefined();
    expect({ cost: p!.cost, currency: p!.currency, developer: p!.developer }).toEqual({ cost: g.cost, currency: g.currency, developer: g.developer });
    for (const alias of g.aliases) expect(p!.aliases ?? '').toContain(alias);
    expect(p!.location ?? '').toContain('Balochistan');
  });
});

describe('must not extract', () => {
  test('years, dates, model and event names are never figures', () => {
    const values = [
      ...tables.commitments.flatMap((c) => [c.amount, c.amount_low, c.amount_high]),
      ...tables.jobs.map((j) => j.count),
      ...tables.projections.map((p) => p.value),
    ];
    for (const bad of [1991, 2022, 2024, 2025, 7, 8, 17, 29, 3]) expect(values).not.toContain(bad);
  });
  test('a project cost and a projected export are not money pledged', () => {
    expect(tables.commitments.map((c) => c.amount)).not.toContain(7e9);
    expect(tables.commitments.filter((c) => c.amount === 2e9 && c.qualifier === 'up_to')).toEqual([]);
  });
});

describe('aggregates', () => {
  const agg = (metric: string, dimension: string, key: string) =>
    tables.aggregates.find((a) => a.metric === metric && a.dimension === dimension && a.key === key);
  test('gross total counts every amount-bearing deal once', () => {
    expect(agg('total_pledged', 'all', 'gross')?.value_low).toBeCloseTo(gold.aggregates.total_pledged_gross_usd, -3);
  });
  test('net total does not add a part to its whole', () => {
    const net = agg('total_pledged', 'all', 'net')!;
    expect(net.value_low).toBeLessThan(gold.aggregates.total_pledged_gross_usd - 1.25e9 + 1);
  });
  test('firm (approved) total', () => {
    expect(agg('total_pledged', 'status_tier', 'firm')?.value_low).toBeCloseTo(gold.aggregates.approved_usd, -3);
  });
  test('jobs are counted once: a stated total or its parts', () => {
    expect(agg('jobs', 'all', 'total')?.value).toBe(gold.aggregates.jobs_total);
  });
  test('export share and the base it implies', () => {
    const share = tables.aggregates.find((a) => a.metric === 'export_share');
    const base = tables.aggregates.find((a) => a.metric.startsWith('export_base'));
    expect(share?.value).toBeCloseTo(gold.aggregates.export_share_percent_stated, 0);
    expect(Math.abs((base?.value ?? 0) / gold.aggregates.implied_pakistan_exports_usd - 1)).toBeLessThan(0.02);
  });
});
