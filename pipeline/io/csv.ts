/**
 * Tables on disk: UTF-8 CSV with a header row, one file per table. `null` is an empty cell;
 * booleans are `true`/`false`; numbers are written in full (no exponent for ordinary amounts).
 */
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import type { Cell } from '../tables.ts';
import { writeChunksSafely } from './atomic.ts';

export function formatCell(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    // Number.toString gives "1e+21" only past 1e21; amounts stay plain below that.
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}

/** Serialise rows to CSV text in the given column order. */
export function toCsv<Row extends object>(rows: readonly Row[], columns: readonly (keyof Row & string)[]): string {
  return csvHeader(columns) + csvRows(rows, columns);
}

const NEEDS_QUOTES = /[",\n\r]/;

/**
 * One CSV field, RFC 4180: quoted only when it holds a comma, a quote or a line break, quotes
 * doubled. The same bytes csv-stringify writes with its defaults (a test holds the two equal);
 * written by hand because tables of hundreds of thousands of rows spent seconds in its option
 * handling per cell.
 */
function csvHeader(columns: readonly string[]): string {
  return columns.map(csvField).join(',') + '\n';
}

export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV text a few thousand rows at a time, so a large table never becomes one giant string. */
function* csvChunks<Row extends object>(rows: readonly Row[], columns: readonly (keyof Row & string)[], header = true, size = 2000): Generator<string> {
  if (header) yield csvHeader(columns);
  for (let i = 0; i < rows.length; i += size) {
    let chunk = '';
    const end = Math.min(rows.length, i + size);
    for (let r = i; r < end; r++) {
      const row = rows[r]!;
      let line = '';
      for (let c = 0; c < columns.length; c++) {
        if (c > 0) line += ',';
        line += csvField(formatCell(row[columns[c]!] as Cell | undefined));
      }
      chunk += line + '\n';
    }
    yield chunk;
  }
}

/**
 * Rows as CSV text without the header: what a worker formats for articles.csv and sentences.csv,
 * so the main thread (and a re-run from the cache) only appends text.
 */
export function csvRows<Row extends object>(rows: readonly Row[], columns: readonly (keyof Row & string)[]): string {
  return [...csvChunks(rows, columns, false)].join('');
}

export async function writeCsv<Row extends object>(
  path: string,
  rows: readonly Row[],
  columns: readonly (keyof Row & string)[],
): Promise<void> {
  await writeChunksSafely(path, csvByteChunks(rows, columns));
}

/** ASCII characters that make a field quoted (NEEDS_QUOTES, which csvField asks): 1. */
const QUOTED_ASCII = Uint8Array.from({ length: 128 }, (_, code) => (NEEDS_QUOTES.test(String.fromCharCode(code)) ? 1 : 0));

/** Texts longer than this are tested by NEEDS_QUOTES and encoded by Buffer#write (native calls) rather than a loop here. */
const SHORT_TEXT = 128;

/** Bytes of CSV gathered before each write. */
const CSV_CHUNK_BYTES = 1 << 20;

/**
 * The bytes toCsv's text would encode to, a buffer at a time, written field by field into one
 * buffer reused for every chunk (writeChunksSafely writes each before asking for the next). Rows
 * built as strings are ropes of many small pieces, which V8 flattens (a copy) before it can encode
 * them: on the 40,000-article tables that copy and the encoding cost more than formatting the
 * fields. A short field of plain ASCII that needs no quotes, and every number, is copied in byte by
 * byte; any other field is formatted by csvField and encoded whole.
 */
export function* csvByteChunks<Row extends object>(
  rows: readonly Row[],
  columns: readonly (keyof Row & string)[],
  chunkBytes = CSV_CHUNK_BYTES,
): Generator<Uint8Array> {
  const header = csvHeader(columns);
  let buffer = Buffer.allocUnsafe(Math.max(chunkBytes, header.length * 3));
  let used = buffer.write(header, 0, 'utf8');
  const last = columns.length - 1;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c <= last; c++) {
      const value = row[columns[c]!] as Cell | undefined;
      const text = typeof value === 'string' ? value : formatCell(value);
      const length = text.length;
      // Room for the text as UTF-8 quoted with every quote doubled (6 bytes a unit at most), and the separator.
      if (used + length * 6 + 3 > buffer.length) {
        if (used > 0) yield buffer.subarray(0, used);
        used = 0;
        if (length * 6 + 3 > buffer.length) buffer = Buffer.allocUnsafe(length * 6 + 3);
      }
      let i = 0;
      if (length <= SHORT_TEXT) {
        for (; i < length; i++) {
          const code = text.charCodeAt(i);
          if (code > 127 || QUOTED_ASCII[code] === 1) break;
          buffer[used + i] = code;
        }
      }
      // What was copied of the text lies past `used`: written over.
      if (i === length) used += length;
      else used += buffer.write(length > SHORT_TEXT && !NEEDS_QUOTES.test(text) ? text : csvField(text), used, 'utf8');
      buffer[used++] = c === last ? 10 : 44;
    }
  }
  if (used > 0) yield buffer.subarray(0, used);
}

/** Parse CSV text into records of strings keyed by header (no type conversion: validate with zod). */
export function parseCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, skip_empty_lines: true, bom: true, relax_column_count: false }) as Record<
    string,
    string
  >[];
}

export async function readCsv(path: string): Promise<Record<string, string>[]> {
  return parseCsv(await readFile(path, 'utf8'));
}

/** A CSV table written as its rows arrive, in order; renamed into place only by `close`. */
export interface CsvAppender {
  /** Rows already formatted by csvRows with this table's columns. */
  append(csvRows: string): void;
  /**
   * null while the rows given and not yet written are fewer than the appender's high-water mark;
   * otherwise a promise that resolves once the file has caught up. A caller that gives rows faster
   * than the disk takes them (a re-run reading its cache) waits on it, so what it holds stays bounded.
   */
  room(): Promise<void> | null;
  /** Finish the file and rename it into place. */
  close(): Promise<void>;
  /** Give up: the temporary file is removed and the previous table, if any, stays whole. */
  abort(reason: unknown): Promise<void>;
}

/**
 * Characters of rows an appender holds before `room` asks its caller to wait. Without a bound, a
 * re-run of 100,000 articles from the cache (read far faster than written) held every article's
 * text until the end of extraction, and then joined it into one string to write: a peak of
 * 3,870 MB against 1,821 MB for the run that filled the cache.
 */
export const APPENDER_HIGH_WATER_CHARS = 8 * 1024 * 1024;

/**
 * For tables that are never held whole (articles and sentences of a large corpus: their text is
 * most of a run's memory). Rows arrive as text; the file is written by writeChunksSafely.
 */
export function csvAppender(path: string, columns: readonly string[], highWaterChars = APPENDER_HIGH_WATER_CHARS): CsvAppender {
  const queue: string[] = [csvHeader(columns)];
  // Characters in `queue` (the header aside: it is written first anyway).
  let queued = 0;
  let wake: (() => void) | null = null;
  let ended = false;
  let failure: { reason: unknown } | null = null;
  let writeFailed = false;
  const waiting: (() => void)[] = [];
  const release = () => {
    for (const resolve of waiting.splice(0)) resolve();
  };
  async function* chunks(): AsyncGenerator<string> {
    for (;;) {
      if (failure) throw failure.reason;
      if (queue.length > 0) {
        const text = queue.splice(0, queue.length).join('');
        queued = 0;
        yield text;
        // Resumed once that text is written: the rows queued meanwhile are all that is held.
        if (queued < highWaterChars) release();
      } else if (ended) return;
      else {
        release();
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  }
  const written = writeChunksSafely(path, chunks());
  // Failures are reported by close/abort; until then the promise must not be an unhandled
  // rejection, nor keep a caller waiting for room.
  written.catch(() => {
    writeFailed = true;
    release();
  });
  const poke = () => {
    wake?.();
    wake = null;
  };
  return {
    append(text) {
      if (text === '') return;
      queue.push(text);
      queued += text.length;
      poke();
    },
    room() {
      if (queued < highWaterChars || failure || writeFailed || ended) return null;
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    async close() {
      ended = true;
      poke();
      await written;
    },
    async abort(reason) {
      failure = { reason };
      release();
      poke();
      await written.catch(() => {});
    },
  };
}
