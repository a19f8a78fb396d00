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

interface SheetInternals {
  stream?: { write(data: Buffer): unknown; pipes?: Writable[] };
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
  /** Appends rows' XML (UTF-8) to the sheet's data, after its column list and `<sheetData>`; the bytes are copied. */
  write(xml: Buffer): void;
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
      stream.write(xml);
    },
    async drained() {
      for (const pipe of stream.pipes ?? []) {
        if (needsDrain(pipe)) await once(pipe, 'drain');
      }
    },
  };
}
