/**
 * Reads the entity reference (data/reference/countries.csv, organizations.csv, places.csv) and
 * checks every row with zod. All problems are gathered before failing, each naming the file, line
 * and value, so a user fixing a hand-edited file sees every mistake at once.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { FUNDER_TYPES } from '../tables.ts';
import type { CountryRef, EntityReference, OrganizationRef, PlaceRef } from '../extract/entities.ts';
import { extractEntities as msg } from '../messages.ts';

const list = z.string().transform((s) =>
  s
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x.length > 0),
);
const name = z.string().trim().min(1, 'empty');
const optional = z.string().trim().transform((s) => (s === '' ? null : s));

const countryRow = z.object({
  name,
  iso2: z.string().trim().regex(/^[A-Z]{2}$/, 'two capital letters'),
  iso3: z.string().trim().regex(/^[A-Z]{3}$/, 'three capital letters'),
  demonyms: list,
  capitals: list,
  aliases: list,
  currency: z
    .string()
    .trim()
    .regex(/^([A-Z]{3})?$/, 'an ISO 4217 code or empty')
    .transform((s) => (s === '' ? null : s)),
});
const organizationRow = z.object({ name, aliases: list, type: z.enum(FUNDER_TYPES), country: optional });
const placeRow = z.object({ name, country: name, kind: name, source: z.string().trim().optional() });

type Row = { record: Record<string, string>; line: number };

async function readRows(dir: string, file: string, columns: readonly string[], problems: string[]): Promise<Row[]> {
  const path = join(dir, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    problems.push(msg.referenceFileMissing(path, (e as Error).message));
    return [];
  }
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, bom: true, info: true, relax_column_count: false }) as typeof records;
  } catch (e) {
    problems.push(msg.referenceFileMissing(path, (e as Error).message));
    return [];
  }
  const header = Object.keys(records[0]?.record ?? {});
  const missing = records.length > 0 ? columns.filter((c) => !header.includes(c)) : [];
  if (missing.length > 0) {
    problems.push(msg.referenceColumnsMissing(path, missing));
    return [];
  }
  return records.map((r) => ({ record: r.record, line: r.info.lines }));
}

function validate<S extends z.ZodType>(schema: S, rows: readonly Row[], path: string, problems: string[]): { value: z.infer<S>; line: number }[] {
  const out: { value: z.infer<S>; line: number }[] = [];
  for (const { record, line } of rows) {
    const parsed = schema.safeParse(record);
    if (parsed.success) out.push({ value: parsed.data, line });
    else
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        problems.push(msg.referenceRowInvalid(path, line, column, record[column] ?? '', issue.message));
      }
  }
  return out;
}

/** Load and check the three reference files in `dir`; throws one error listing every problem. */
export async function loadEntityReference(dir: string): Promise<EntityReference> {
  const problems: string[] = [];
  const files = { countries: join(dir, 'countries.csv'), organizations: join(dir, 'organizations.csv'), places: join(dir, 'places.csv') };
  const countries: CountryRef[] = validate(
    countryRow,
    await readRows(dir, 'countries.csv', Object.keys(countryRow.shape), problems),
    files.countries,
    problems,
  ).map((r) => r.value);
  const names = new Set(countries.map((c) => c.name));
  const organizations: OrganizationRef[] = [];
  for (const { value, line } of validate(organizationRow, await readRows(dir, 'organizations.csv', ['name', 'aliases', 'type', 'country'], problems), files.organizations, problems)) {
    if (value.country !== null && !names.has(value.country)) problems.push(msg.referenceUnknownCountry(files.organizations, line, value.country));
    else organizations.push(value);
  }
  const places: PlaceRef[] = [];
  for (const { value, line } of validate(placeRow, await readRows(dir, 'places.csv', ['name', 'country', 'kind'], problems), files.places, problems)) {
    if (!names.has(value.country)) problems.push(msg.referenceUnknownCountry(files.places, line, value.country));
    else places.push(value.source ? value : { name: value.name, country: value.country, kind: value.kind });
  }
  if (problems.length > 0) throw new Error(msg.referenceInvalid(problems));
  return { countries, organizations, places };
}
