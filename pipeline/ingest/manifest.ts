/**
 * CSV manifests: one row per article, with `path` (a file beside the manifest) or `text` (the
 * article inline), and optional `title`, `published`, `url`, `outlet`. This is a boundary where
 * people type by hand, so every row is validated (zod) and a bad row is rejected with its line,
 * while the rows around it still run. Parsing is pure; `io/inputs.ts` reads the files rows name.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import * as messages from '../messages.ts';
import type { Rejected } from '../tables.ts';
import { isoDateOf } from './dates.ts';

export interface ManifestRow {
  /** Line of the row in the manifest (the line where the record ends, as csv-parse counts). */
  line: number;
  path: string | null;
  text: string | null;
  meta: { title?: string; published?: string; url?: string; outlet?: string };
}

const optionalCell = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const RowSchema = z.object({
  path: optionalCell,
  // Inline text keeps its own spacing; only an all-blank cell counts as missing.
  text: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? undefined : v)),
  title: optionalCell,
  published: optionalCell,
  url: optionalCell,
  outlet: optionalCell,
});

interface CsvIssue {
  code?: string;
  lines?: number;
  message: string;
}

interface Parsed {
  records: { record: Record<string, string>; line: number }[];
  issues: CsvIssue[];
  columns: string[];
}

function parseOnce(text: string): Parsed {
  const issues: CsvIssue[] = [];
  let columns: string[] = [];
  const out = parse(text, {
    columns: (header: string[]) => {
      columns = header.map((h) => String(h).trim().toLowerCase());
      return columns;
    },
    bom: true,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      if (err) issues.push({ code: err.code, lines: typeof err.lines === "number" ? err.lines : undefined, message: err.message });
      return undefined;
    },
  }) as unknown as { record: Record<string, string>; info: { lines: number } }[];
  return { records: out.map((r) => ({ record: r.record, line: r.info.lines })), issues, columns };
}

export interface ParsedManifest {
  rows: ManifestRow[];
  rejected: Rejected[];
}

/** Parse a manifest's text. `file` is the manifest's display name, used in rejected rows. */
export function parseManifest(text: string, file: string): ParsedManifest {
  const rejected: Rejected[] = [];
  const records: { record: Record<string, string>; line: number }[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  const header = lines[0] ?? '';

  // An unclosed quote swallows every line after it. Reject the row it opens on, then parse again
  // from the next line (under the same header), so one stray quote costs one row, not the rest of the file.
  let chunk = text;
  let offset = 0; // original line of the chunk's line 1 (its header) minus 1, past the header
  let columns: string[] | null = null;
  for (let attempt = 0; attempt <= lines.length; attempt++) {
    let parsed: Parsed;
    try {
      parsed = parseOnce(chunk);
    } catch (err) {
      const e = err as CsvIssue;
      const line = e.lines === undefined ? null : e.lines + offset;
      return { rows: [], rejected: [{ file, line, reason: messages.ingest.manifestUnparsable(line, e.message) }] };
    }
    columns ??= parsed.columns;
    const at = (line: number) => (line <= 1 ? line : line + offset);
    for (const r of parsed.records) records.push({ record: r.record, line: at(r.line) });
    const seen = new Set<number>();
    let unclosed = false;
    let lastGood = 1;
    for (const r of parsed.records) lastGood = Math.max(lastGood, r.line);
    for (const issue of parsed.issues) {
      if (issue.code === 'CSV_QUOTE_NOT_CLOSED') {
        // A quote left open in the header: there are no columns to read rows by.
        if (attempt === 0 && parsed.columns.length === 0) {
          return { rows: [], rejected: [{ file, line: 1, reason: messages.ingest.manifestUnparsable(1, issue.message) }] };
        }
        unclosed = true;
        continue;
      }
      const line = issue.lines === undefined ? null : at(issue.lines);
      if (issue.lines !== undefined) lastGood = Math.max(lastGood, issue.lines);
      if (line !== null && seen.has(line)) continue;
      if (line !== null) seen.add(line);
      rejected.push({ file, line, reason: messages.ingest.manifestBadRow(issue.message) });
    }
    if (!unclosed) break;
    const badLine = lastGood + 1; // in chunk lines
    rejected.push({
      file,
      line: at(badLine),
      reason: messages.ingest.manifestBadRow(`a quote opened on line ${at(badLine)} is never closed`),
    });
    const chunkLines = chunk.split(/\r\n|\n|\r/);
    if (badLine >= chunkLines.length) break;
    offset = at(badLine) - 1;
    chunk = [header, ...chunkLines.slice(badLine)].join('\n');
  }

  if (columns === null || (!columns.includes('path') && !columns.includes('text'))) {
    return { rows: [], rejected: [{ file, line: 1, reason: messages.ingest.manifestNoColumn(columns ?? []) }] };
  }

  const rows: ManifestRow[] = [];
  for (const { record, line } of records) {
    const checked = RowSchema.safeParse(record);
    if (!checked.success) {
      rejected.push({ file, line, reason: messages.ingest.manifestBadRow(checked.error.issues.map((i) => i.message).join('; ')) });
      continue;
    }
    const v = checked.data;
    const fail = (reason: string) => rejected.push({ file, line, reason });
    if (v.path === undefined && v.text === undefined) {
      fail(messages.ingest.manifestNoPathOrText());
      continue;
    }
    if (v.path !== undefined && v.text !== undefined) {
      fail(messages.ingest.manifestBothPathAndText(v.path));
      continue;
    }
    const meta: ManifestRow['meta'] = {};
    if (v.title !== undefined) meta.title = v.title;
    if (v.outlet !== undefined) meta.outlet = v.outlet;
    if (v.published !== undefined) {
      const date = isoDateOf(v.published);
      if (date === null) {
        fail(messages.ingest.manifestBadField('published', v.published, 'not a date with day, month and year (use YYYY-MM-DD)'));
        continue;
      }
      meta.published = date;
    }
    if (v.url !== undefined) {
      if (!/^https?:\/\/\S+$/i.test(v.url)) {
        fail(messages.ingest.manifestBadField('url', v.url, 'not an http(s) address'));
        continue;
      }
      meta.url = v.url;
    }
    rows.push({ line, path: v.path ?? null, text: v.text ?? null, meta });
  }
  rejected.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { rows, rejected };
}
