/**
 * Row types of every table pledgebook writes, declared once.
 *
 * These columns are a contract: the CSV files in `<out>/tables/`, the workbook, the brief and the
 * tests all read them. Rows are flat (string, number, boolean or null) so that a row is the same
 * thing in a CSV line, an arquero table and a spreadsheet row. Lists of ids are `;`-separated
 * strings. `null` means "unknown" and is written as an empty cell: never guess a value.
 */

/** A cell value. */
export type Cell = string | number | boolean | null;

// ---------------------------------------------------------------------------------------------
// Vocabularies
// ---------------------------------------------------------------------------------------------

export const QUALIFIERS = ['exact', 'about', 'nearly', 'over', 'at_least', 'up_to', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const FUNDER_TYPES = [
  'government',
  'development_bank',
  'export_credit_agency',
  'sovereign_fund',
  'state_company',
  'company',
  'bank',
  'other',
] as const;
export type FunderType = (typeof FUNDER_TYPES)[number];

export const INSTRUMENTS = [
  'investment',
  'loan',
  'financing',
  'export_credit',
  'grant',
  'equity',
  'deposit',
  'debt_package',
  'guarantee',
  'trade',
  'other',
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** Statuses, from the weakest to the firmest; `cancelled` and `other` stand apart. */
export const STATUSES = [
  'intended',
  'proposed',
  'under_discussion',
  'expected',
  'pledged',
  'agreed',
  'approved',
  'signed',
  'disbursed',
  'cancelled',
  'other',
] as const;
export type Status = (typeof STATUSES)[number];

/** Status tiers used by totals: firm money, announced money, and money that may come. */
export const STATUS_TIERS = {
  firm: ['approved', 'signed', 'disbursed'],
  announced: ['pledged', 'agreed'],
  prospective: ['intended', 'proposed', 'under_discussion', 'expected'],
} as const satisfies Record<string, readonly Status[]>;
export type StatusTier = keyof typeof STATUS_TIERS | 'none';

export const JOB_KINDS = ['direct', 'indirect', 'construction', 'operations', 'total', 'unspecified'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const PROJECTION_METRICS = [
  'production',
  'capacity',
  'export_value',
  'revenue',
  'free_cash_flow',
  'share_of_exports',
  'export_share_of_output',
  'reserves',
  'investment_unlocked',
  'other',
] as const;
export type ProjectionMetric = (typeof PROJECTION_METRICS)[number];

export const PERIODS = ['year', 'day', 'month', 'total'] as const;
export type Period = (typeof PERIODS)[number];

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

// ---------------------------------------------------------------------------------------------
// Stage 1: ingest
// ---------------------------------------------------------------------------------------------

/** One article. A file may hold several (`part` 1, 2, ...). */
export interface Article {
  /** Stable id: a hash of source file, position in the file and text. */
  article_id: string;
  /** Path of the input file, relative to the input folder (or the manifest's row). */
  source_file: string;
  /** Position of the article within its file, from 1. */
  part: number;
  title: string | null;
  /** ISO date (YYYY-MM-DD) when the article states one; a relative stamp ("7 sec ago") gives none. */
  published: string | null;
  /** Dateline city as written, e.g. "KARACHI". */
  dateline: string | null;
  outlet: string | null;
  url: string | null;
  /** Length of `text` in UTF-16 code units (the unit of every offset). */
  chars: number;
  text_sha256: string;
  /** The cleaned article text (page furniture removed); offsets in other tables point into it. */
  text: string;
}

export interface Sentence {
  article_id: string;
  /** `${article_id}-s${n}`, n from 1. */
  sentence_id: string;
  /** Character offsets into the article's cleaned text; `text === article.text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

/** An input that could not be read; the run goes on without it. */
export interface Rejected {
  file: string;
  /** Line of a CSV manifest, or null for a whole file. */
  line: number | null;
  reason: string;
}

// ---------------------------------------------------------------------------------------------
// Stage 2: extract
// ---------------------------------------------------------------------------------------------

export interface Evidence {
  evidence_id: string;
  article_id: string;
  sentence_id: string;
  /** Character offsets of the figure (or the fact's key phrase) in the article's cleaned text. */
  start: number;
  end: number;
  /** The figure as written, e.g. "over $2 billion". */
  surface: string;
  /** The verbatim sentence. */
  sentence: string;
}

export interface Commitment {
  commitment_id: string;
  article_id: string;
  funder: string | null;
  funder_type: FunderType | null;
  funder_country: string | null;
  recipient: string | null;
  recipient_country: string | null;
  /**
   * Where `recipient` was read: 'sentence' (the deal's own sentences, its neighbours or the whole it belongs to),
   * 'article' (they name none: the receiver of the article's other rows, see extract/articleRecipient.ts), null
   * when `recipient` is empty.
   */
  recipient_source: FieldSource | null;
  project: string | null;
  /** Point value in the original currency (plain number); the low end for `over`, the high end for `up_to`. */
  amount: number | null;
  amount_low: number | null;
  amount_high: number | null;
  /** ISO 4217 code. */
  currency: string | null;
  qualifier: Qualifier | null;
  instrument: Instrument | null;
  status: Status | null;
  sector: string | null;
  /** Percent of equity, for stakes ("a 15 percent stake"). */
  stake_percent: number | null;
  /** commitment_id of a larger deal it belongs to. */
  part_of: string | null;
  /** One or more evidence ids, `;`-separated. */
  evidence_id: string;
  /** The verbatim sentence of the first evidence. */
  quote: string;
}

/**
 * Where a field was read: the fact's own sentences ('sentence'), or, when they name none, the article around them
 * ('article': a job's country, a commitment's recipient; see extract/jobCountry.ts and extract/articleRecipient.ts),
 * or a reviewer's line in data/corrections.csv ('correction'; see stages/correct.ts).
 */
export const FIELD_SOURCES = ['sentence', 'article', 'correction'] as const;
export type FieldSource = (typeof FIELD_SOURCES)[number];

export interface Job {
  job_id: string;
  article_id: string;
  project: string | null;
  count: number | null;
  count_low: number | null;
  count_high: number | null;
  qualifier: Qualifier | null;
  location: string | null;
  country: string | null;
  /**
   * Where `country` was read: 'sentence' (the job's own sentence names the place), 'article' (the sentence names
   * none: the country the article's money goes to, else its dateline's, see extract/jobCountry.ts), null when
   * `country` is empty.
   */
  country_source: FieldSource | null;
  kind: JobKind | null;
  /** job_ids this row is the stated total of, `;`-separated. */
  total_of: string | null;
  evidence_id: string;
  quote: string;
}

export interface Projection {
  projection_id: string;
  article_id: string;
  project: string | null;
  metric: ProjectionMetric;
  commodity: string | null;
  value: number | null;
  value_low: number | null;
  value_high: number | null;
  /** ISO currency code, or t, oz, bbl, MW, GW, km, percent, ... */
  unit: string | null;
  per: Period | null;
  horizon: string | null;
  qualifier: Qualifier | null;
  /** For a share: what it is a share of, e.g. "Pakistan's exports". */
  of_what: string | null;
  evidence_id: string;
  quote: string;
}

export interface Project {
  project_id: string;
  article_id: string;
  name: string;
  /** Other spellings the articles use, `;`-separated. */
  aliases: string | null;
  kind: string | null;
  location: string | null;
  country: string | null;
  cost: number | null;
  currency: string | null;
  developer: string | null;
  evidence_id: string;
  quote: string;
}

/** Everything the extract stage produces. */
export interface ExtractedTables {
  commitments: Commitment[];
  jobs: Job[];
  projections: Projection[];
  projects: Project[];
  evidence: Evidence[];
}

// ---------------------------------------------------------------------------------------------
// Corrections (applied after extraction, before reconciliation)
// ---------------------------------------------------------------------------------------------

export const CORRECTABLE_TABLES = ['commitments', 'jobs', 'projections', 'projects'] as const;
export type CorrectableTable = (typeof CORRECTABLE_TABLES)[number];

/** A row of `data/corrections.csv`. `column` = `_drop` removes the row. */
export interface Correction {
  table: CorrectableTable;
  row_id: string;
  column: string;
  value: string;
  note: string;
}

// ---------------------------------------------------------------------------------------------
// Stage 3: reconcile
// ---------------------------------------------------------------------------------------------

/** A deal after deduplication, nesting and currency conversion. */
export interface Deal extends Commitment {
  /** Every article that reports the deal, `;`-separated (the first is `article_id`). */
  article_ids: string;
  /** The commitment_ids merged into this deal, `;`-separated. */
  merged_ids: string;
  source_count: number;
  /** Earliest article date reporting the deal. */
  first_reported: string | null;
  /** Date of the article that gave the (latest, firmest) status. */
  status_date: string | null;
  tier: StatusTier;
  /** True when other deals are `part_of` this one. */
  is_umbrella: boolean;
  /** Why `part_of` is set, in words. */
  link_reason: string | null;
  amount_usd: number | null;
  amount_usd_low: number | null;
  amount_usd_high: number | null;
  fx_rate: number | null;
  fx_date: string | null;
  counts_toward_total: boolean;
}

export interface Check {
  check_id: string;
  kind: string;
  severity: Severity;
  passed: boolean;
  message: string;
  /** Ids of the rows concerned, `;`-separated. */
  row_ids: string;
}

export interface FxRate {
  currency: string;
  date: string;
  usd_per_unit: number;
  source: string;
}

export interface CountryExports {
  country: string;
  year: number;
  exports_usd: number;
  source: string;
}

// ---------------------------------------------------------------------------------------------
// Stage 4: aggregate
// ---------------------------------------------------------------------------------------------

export interface Aggregate {
  metric: string;
  /** What the rows are grouped by ("all", "funder", "status_tier", ...). */
  dimension: string;
  key: string;
  /** Low bound; equals `value` for exact figures. */
  value_low: number | null;
  value: number | null;
  /** High bound; null when open ("at least"). */
  value_high: number | null;
  unit: string;
  /** Ids of the rows summed, `;`-separated. */
  rows: string;
  /** How the figure was derived, in words. */
  explanation: string;
}

// ---------------------------------------------------------------------------------------------
// The whole run
// ---------------------------------------------------------------------------------------------

/** An article without its text: what the stages after extraction hold (the text is in articles.csv). */
export type ArticleFacts = Omit<Article, 'text'>;

/**
 * The tables of a finished run as the stages after extraction hold them: facts, not texts. The
 * articles' text and their sentences are written to `<out>/tables/` as they are read and never
 * held whole, since in a large corpus they are most of the memory (`DiskTables` is what is on disk).
 */
export interface RunTables {
  articles: ArticleFacts[];
  rejected: Rejected[];
  evidence: Evidence[];
  commitments: Commitment[];
  deals: Deal[];
  jobs: Job[];
  projections: Projection[];
  projects: Project[];
  corrections: Correction[];
  checks: Check[];
  aggregates: Aggregate[];
}

/**
 * The tables the workbook shows: a run's, less the extracted commitments (the deals stand for
 * them) and the corrections applied (the Review sheet is where new ones are written).
 */
export type WorkbookTables = Omit<RunTables, 'commitments' | 'corrections'>;

/**
 * The workbook's tables as a run can give them once reconciled: the aggregates may still be in the
 * making (a promise), since the first table sheet, the deals, needs none of them.
 */
export type WorkbookInput = Omit<WorkbookTables, 'aggregates'> & { aggregates: Aggregate[] | Promise<Aggregate[]> };

/**
 * Column order of each table on disk, checked by the compiler against the row types above: a
 * column added to a row type must be added here too.
 */
type Columns<Row> = readonly (keyof Row & string)[];
type AllColumns<Row> = [keyof Row] extends [Columns<Row>[number]] ? Columns<Row> : never;
function columns<Row>() {
  return <const C extends Columns<Row>>(cols: C & ([keyof Row] extends [C[number]] ? unknown : never)) => cols;
}

const ARTICLE_COLUMNS = columns<Article>()(['article_id', 'source_file', 'part', 'title', 'published', 'dateline', 'outlet', 'url', 'chars', 'text_sha256', 'text']);
const SENTENCE_COLUMNS = columns<Sentence>()(['article_id', 'sentence_id', 'start', 'end', 'text']);
const REJECTED_COLUMNS = columns<Rejected>()(['file', 'line', 'reason']);
const EVIDENCE_COLUMNS = columns<Evidence>()(['evidence_id', 'article_id', 'sentence_id', 'start', 'end', 'surface', 'sentence']);
const COMMITMENT_COLUMNS = columns<Commitment>()([
  'commitment_id', 'article_id', 'funder', 'funder_type', 'funder_country', 'recipient', 'recipient_country', 'recipient_source', 'project',
  'amount', 'amount_low', 'amount_high', 'currency', 'qualifier', 'instrument', 'status', 'sector', 'stake_percent',
  'part_of', 'evidence_id', 'quote',
]);
const DEAL_COLUMNS = columns<Deal>()([
  ...COMMITMENT_COLUMNS.filter((c) => c !== 'evidence_id' && c !== 'quote'),
  'article_ids', 'merged_ids', 'source_count', 'first_reported', 'status_date', 'tier', 'is_umbrella', 'link_reason',
  'amount_usd', 'amount_usd_low', 'amount_usd_high', 'fx_rate', 'fx_date', 'counts_toward_total', 'evidence_id', 'quote',
] as const);
const JOB_COLUMNS = columns<Job>()([
  'job_id', 'article_id', 'project', 'count', 'count_low', 'count_high', 'qualifier', 'location', 'country', 'country_source',
  'kind', 'total_of', 'evidence_id', 'quote',
]);
const PROJECTION_COLUMNS = columns<Projection>()([
  'projection_id', 'article_id', 'project', 'metric', 'commodity', 'value', 'value_low', 'value_high', 'unit', 'per',
  'horizon', 'qualifier', 'of_what', 'evidence_id', 'quote',
]);
const PROJECT_COLUMNS = columns<Project>()([
  'project_id', 'article_id', 'name', 'aliases', 'kind', 'location', 'country', 'cost', 'currency', 'developer',
  'evidence_id', 'quote',
]);
const CORRECTION_COLUMNS = columns<Correction>()(['table', 'row_id', 'column', 'value', 'note']);
const CHECK_COLUMNS = columns<Check>()(['check_id', 'kind', 'severity', 'passed', 'message', 'row_ids']);
const AGGREGATE_COLUMNS = columns<Aggregate>()(['metric', 'dimension', 'key', 'value_low', 'value', 'value_high', 'unit', 'rows', 'explanation']);

/** Every table as written to `<out>/tables/`. */
export type DiskTables = Omit<RunTables, 'articles'> & { articles: Article[]; sentences: Sentence[] };

export const TABLE_COLUMNS: { readonly [T in keyof DiskTables]: AllColumns<DiskTables[T][number]> } = {
  articles: ARTICLE_COLUMNS,
  sentences: SENTENCE_COLUMNS,
  rejected: REJECTED_COLUMNS,
  evidence: EVIDENCE_COLUMNS,
  commitments: COMMITMENT_COLUMNS,
  deals: DEAL_COLUMNS,
  jobs: JOB_COLUMNS,
  projections: PROJECTION_COLUMNS,
  projects: PROJECT_COLUMNS,
  corrections: CORRECTION_COLUMNS,
  checks: CHECK_COLUMNS,
  aggregates: AGGREGATE_COLUMNS,
};

/** Tables in the order the stages make them. */
export const TABLE_NAMES = Object.keys(TABLE_COLUMNS) as (keyof DiskTables)[];
