/**
 * What a correction may write into each column: its type and vocabulary, taken from tables.ts so
 * that a value the pipeline could never produce cannot be typed in by hand either. Ids and the
 * article a row comes from are not correctable: they are what makes the correction find its row.
 */
import {
  FIELD_SOURCES,
  FUNDER_TYPES,
  INSTRUMENTS,
  JOB_KINDS,
  PERIODS,
  PROJECTION_METRICS,
  QUALIFIERS,
  STATUSES,
  type Cell,
  type CorrectableTable,
} from '../tables.ts';

export type ColumnSpec =
  | { kind: 'text'; nullable: boolean }
  | { kind: 'number'; nullable: boolean }
  | { kind: 'currency'; nullable: boolean }
  | { kind: 'enum'; values: readonly string[]; nullable: boolean };

const text: ColumnSpec = { kind: 'text', nullable: true };
const requiredText: ColumnSpec = { kind: 'text', nullable: false };
const number: ColumnSpec = { kind: 'number', nullable: true };
const currency: ColumnSpec = { kind: 'currency', nullable: true };
const oneOf = (values: readonly string[], nullable = true): ColumnSpec => ({ kind: 'enum', values, nullable });

export const ID_COLUMN: Record<CorrectableTable, string> = {
  commitments: 'commitment_id',
  jobs: 'job_id',
  projections: 'projection_id',
  projects: 'project_id',
};

export const CORRECTABLE_COLUMNS: Record<CorrectableTable, Record<string, ColumnSpec>> = {
  commitments: {
    funder: text, funder_type: oneOf(FUNDER_TYPES), funder_country: text, recipient: text, recipient_country: text, recipient_source: oneOf(FIELD_SOURCES),
    project: text, amount: number, amount_low: number, amount_high: number, currency, qualifier: oneOf(QUALIFIERS),
    instrument: oneOf(INSTRUMENTS), status: oneOf(STATUSES), sector: text, stake_percent: number, part_of: text,
    evidence_id: requiredText, quote: requiredText,
  },
  jobs: {
    project: text, count: number, count_low: number, count_high: number, qualifier: oneOf(QUALIFIERS), location: text,
    country: text, country_source: oneOf(FIELD_SOURCES), kind: oneOf(JOB_KINDS), total_of: text, evidence_id: requiredText, quote: requiredText,
  },
  projections: {
    project: text, metric: oneOf(PROJECTION_METRICS, false), commodity: text, value: number, value_low: number,
    value_high: number, unit: text, per: oneOf(PERIODS), horizon: text, qualifier: oneOf(QUALIFIERS), of_what: text,
    evidence_id: requiredText, quote: requiredText,
  },
  projects: {
    name: requiredText, aliases: text, kind: text, location: text, country: text, cost: number, currency,
    developer: text, evidence_id: requiredText, quote: requiredText,
  },
};

/** Parse a typed-in value for a column: the cell, or what was expected instead. */
export function parseCorrectionValue(spec: ColumnSpec, raw: string): { ok: true; value: Cell } | { ok: false; expected: string } {
  const value = raw.trim();
  const expected =
    spec.kind === 'number'
      ? 'a number, e.g. 1250000000'
      : spec.kind === 'currency'
        ? 'a three-letter ISO currency code, e.g. EUR'
        : spec.kind === 'enum'
          ? `one of ${spec.values.join(', ')}`
          : 'some text';
  if (value === '') return spec.nullable ? { ok: true, value: null } : { ok: false, expected: `${expected} (this column cannot be empty)` };
  switch (spec.kind) {
    case 'text':
      return { ok: true, value };
    case 'number': {
      // Thousands separators are how people type large figures; words ("billion") are not accepted.
      const n = Number(value.replace(/[,_\s]/g, ''));
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, expected };
    }
    case 'currency':
      return /^[A-Za-z]{3}$/.test(value) ? { ok: true, value: value.toUpperCase() } : { ok: false, expected };
    case 'enum':
      return spec.values.includes(value) ? { ok: true, value } : { ok: false, expected };
  }
}
