/**
 * Writing rows straight into a sheet of exceljs's streaming WorkbookWriter, for the large table
 * sheets: the row XML comes from rowXml.ts, and this file reaches the writer's parts that a
 * committed exceljs Row would use (the workbook's style registry, the sheet's hyperlink list, its
 * output stream) so the file is the same as exceljs would write. They are internals of exceljs
 * 4.4, so `directSheet` checks each one and returns null when any is missing: the caller then
 * writes through exceljs's own rows.
 *
 * It also gives the writer back-pressure. exceljs's sheet streams accept every write, so a sheet
 * written in one go is held whole in memory (200 MB of XML at 10,000 articles) until the zip
 * reads it; `drained` waits until the zip has taken what was written.
 */
import type ExcelJS from 'exceljs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { DeflateRaw } from 'node:zlib';

interface WriterInternals {
  styles?: { addStyleModel?(style: Partial<ExcelJS.Style>, type?: ExcelJS.ValueType): number; weakMap?: WeakMap<object, number> };
}

/** exceljs's StreamBuf, a sheet's stream: what it holds, and what it is piped to. */
interface SheetStream {
  write(data: Buffer): unknown;
  pipes?: Writable[];
  batch?: boolean;
  corked?: boolean;
  buffers?: unknown[];
  _flush?(): void;
}

interface SheetInternals {
  stream?: SheetStream;
  startedData?: boolean;
  _writeColumns?(): void;
  _writeOpenSheetData?(): void;
  _rows?: unknown[] | null;
  _sheetRelsWriter?: { hyperlinksProxy?: { push(link: { address: string; target: string; tooltip?: string }): void } };
}

export interface DirectSheet {
  /**
   * The style id exceljs gives a cell with this style object and value type. exceljs remembers an
   * object's id by identity (its `weakMap`, checked to exist), so asking again for the same object
   * gives the same id whatever the type.
   */
  styleId(style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType): number;
  /** The style id of a row with no style of its own. */
  readonly rowStyleId: number;
  /** Records a hyperlink the way a committed hyperlink cell does. */
  hyperlink(address: string, target: string, tooltip?: string): void;
  /**
   * Appends rows' XML (UTF-8) to the sheet's data, after its column list and `<sheetData>`.
   * True when the buffer was handed on as it is (the caller must not write it again), false when
   * its bytes were copied. A buffer handed on straight to the entry's deflate is given back with
   * `release` once the deflate has read it (then it may be written again); one handed on anywhere
   * else is never given back.
   */
  write(xml: Buffer, release?: () => void): boolean;
  /** Resolves once the zip has read what was written so far. */
  drained(): Promise<void>;
}

/**
 * Whether a stream asks its writers to wait for 'drain'. Node's own streams say so as
 * `writableNeedDrain`; the zip's entry streams come from the readable-stream package (2.x and
 * 3.x), which has no such getter (reading it gives undefined, so nothing ever waited and a whole
 * sheet was held in memory) but keeps the same flag in its state.
 */
export function needsDrain(pipe: Writable): boolean {
  const state = (pipe as unknown as { _writableState?: { needDrain?: boolean } })._writableState;
  return pipe.writableNeedDrain ?? state?.needDrain ?? false;
}

/**
 * What a sheet stream is piped to (the stream the zip reads the sheet's entry from), when a batch
 * of rows can be handed to it as it is. exceljs's StreamBuf copies what it is given into 64 kB
 * buffers of its own and passes each on as a write of its own, so the entry's deflate got 64 kB at
 * a time and needed the main thread between pieces, which it was busy making rows: the two mostly
 * took turns. Handed on whole, a batch is deflated in one go on the thread pool while the next
 * batch is made (with `ZIP_CHUNK_BYTES`, workbook.ts). Null when the stream is not piped, is
 * corked, or is not as expected: its bytes are then copied into it, as exceljs writes them.
 */
function pipeOf(stream: SheetStream): Writable | null {
  const pipes = stream.pipes;
  if (stream.batch !== true || stream.corked || !Array.isArray(pipes) || pipes.length !== 1) return null;
  if (!Array.isArray(stream.buffers) || typeof stream._flush !== 'function' || typeof pipes[0]!.write !== 'function') return null;
  return pipes[0]!;
}

/**
 * The entry's deflate, when the pass-through between the sheet stream and it (archiver wraps a
 * stream it is given in one) holds nothing: bytes written to the deflate then come after all that
 * went before, as through the pass-through. Null when it holds something or is not as expected
 * (readable-stream 2.x: `pipes` is the one destination, or an array).
 *
 * Why: a batch handed on through the pass-through can never be known to be read, so each batch
 * needed a new buffer, and V8 counts memory held by buffers: every 64 MB more of it since the last
 * full collection starts another one. At 100,000 articles (2 GB of XML) that was a full marking of
 * an 830 MB heap every 2-3 s of the render stage (measured with --trace-incremental-marking:
 * "external memory pressure"). The deflate says when it has read a write (its callback), so the
 * batch's buffer is then used again.
 */
function deflateAfter(pipe: Writable): Writable | null {
  return heldBy(pipe) === 0 ? deflateBehind(pipe) : null;
}

/** The deflate a pass-through is piped to, or null. */
function deflateBehind(pipe: Writable): Writable | null {
  const pipes = (pipe as unknown as PassThroughInternals)._readableState?.pipes;
  const destination = Array.isArray(pipes) ? (pipes.length === 1 ? pipes[0] : null) : pipes;
  return destination instanceof DeflateRaw ? destination : null;
}

interface PassThroughInternals {
  _readableState?: { length?: number; pipes?: unknown };
  _writableState?: { length?: number };
}

/** Bytes a pass-through holds, on either side (Infinity when it does not say). */
function heldBy(pipe: Writable): number {
  const internals = pipe as unknown as PassThroughInternals;
  const readable = internals._readableState?.length;
  const writable = internals._writableState?.length;
  return typeof readable === 'number' && typeof writable === 'number' ? readable + writable : Infinity;
}

/** Event-loop turns `drained` waits at most for a pass-through to empty. */
const MAX_WAIT_TURNS = 10_000;

/** Direct access to a streaming sheet whose rows so far are all committed, or null. */
export function directSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ExcelJS.Worksheet): DirectSheet | null {
  const styles = (workbook as unknown as WriterInternals).styles;
  const internals = sheet as unknown as SheetInternals;
  const links = internals._sheetRelsWriter?.hyperlinksProxy;
  const stream = internals.stream;
  if (
    !styles?.addStyleModel || !(styles.weakMap instanceof WeakMap) || !links || !stream || typeof stream.write !== 'function' ||
    typeof internals._writeColumns !== 'function' || typeof internals._writeOpenSheetData !== 'function' ||
    !Array.isArray(internals._rows) || internals._rows.some(Boolean)
  ) {
    return null;
  }
  const addStyle = styles.addStyleModel.bind(styles);
  // The deflate written to straight, if any: its back-pressure is waited for too.
  let deflate: Writable | null = null;
  return {
    styleId: (style, type) => addStyle(style, type),
    // A Row's style is a fresh {} (so never found by identity): its id depends on content only.
    rowStyleId: addStyle({}),
    hyperlink: (address, target, tooltip) => links.push({ address, target, tooltip }),
    write(xml, release) {
      if (!internals.startedData) {
        internals._writeColumns!();
        internals._writeOpenSheetData!();
        internals.startedData = true;
      }
      const pipe = pipeOf(stream);
      if (pipe) {
        // What the sheet stream holds goes first (its own flush), then these bytes, in order.
        stream._flush!();
        const straight = deflateAfter(pipe);
        if (straight) {
          deflate = straight;
          // Called once the deflate has read the bytes (not on an error: the workbook fails then).
          straight.write(xml, (error?: Error | null) => {
            if (!error) release?.();
          });
        } else {
          pipe.write(xml);
        }
        return true;
      }
      stream.write(xml);
      return false;
    },
    async drained() {
      for (const pipe of [...(stream.pipes ?? []), ...(deflate ? [deflate] : [])]) {
        if (needsDrain(pipe)) await once(pipe, 'drain');
      }
      // Until the pass-through has handed all it holds to the deflate, the next batch would have
      // to go through it (and its buffer could never be given back): wait for that, as it is
      // waiting for the deflate. Bounded, so a stream that never moves cannot hang the run (the
      // next batch then goes through the pass-through, as before).
      const pipe = pipeOf(stream);
      const next = pipe ? deflateBehind(pipe) : null;
      for (let turn = 0; pipe && next && heldBy(pipe) > 0 && turn < MAX_WAIT_TURNS; turn++) {
        if (needsDrain(next)) await once(next, 'drain');
        else await new Promise<void>((resolve) => setImmediate(resolve));
      }
    },
  };
}
