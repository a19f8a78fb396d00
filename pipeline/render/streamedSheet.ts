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
   * its bytes were copied.
   */
  write(xml: Buffer): boolean;
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
  return {
    styleId: (style, type) => addStyle(style, type),
    // A Row's style is a fresh {} (so never found by identity): its id depends on content only.
    rowStyleId: addStyle({}),
    hyperlink: (address, target, tooltip) => links.push({ address, target, tooltip }),
    write(xml) {
      if (!internals.startedData) {
        internals._writeColumns!();
        internals._writeOpenSheetData!();
        internals.startedData = true;
      }
      const pipe = pipeOf(stream);
      if (pipe) {
        // What the sheet stream holds goes first (its own flush), then these bytes, in order.
        stream._flush!();
        pipe.write(xml);
        return true;
      }
      stream.write(xml);
      return false;
    },
    async drained() {
      for (const pipe of stream.pipes ?? []) {
        if (needsDrain(pipe)) await once(pipe, 'drain');
      }
    },
  };
}
