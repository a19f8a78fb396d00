/**
 * The recalculate-on-open flag for a workbook written by exceljs's streaming WorkbookWriter. The
 * in-memory writer takes `calcProperties.fullCalcOnLoad`; the streaming writer builds its
 * workbook part with empty calculation properties and no way to pass them. The flag is one
 * attribute of that part's `<calcPr>`, so the part is given it as the zip takes it: the writer's
 * zip is wrapped to put the attribute in, exactly as the in-memory writer writes it. This reaches
 * into exceljs 4.4 (its `zip` and the part's name), so it checks what it uses and does nothing
 * when the writer looks different (the file is then as exceljs writes it, without the flag).
 */
import type ExcelJS from 'exceljs';

const WORKBOOK_PART = '/xl/workbook.xml';
const CALC_PROPERTIES = '<calcPr calcId="171027"/>';
const FULL_CALC_ON_LOAD = '<calcPr calcId="171027" fullCalcOnLoad="1"/>';

interface WriterInternals {
  zip?: { append?(source: unknown, data: { name?: string }): unknown };
}

/** The workbook part's XML with the flag, or unchanged when it has no plain `<calcPr>`. */
export function withFullCalcOnLoad(xml: string): string {
  return xml.includes(CALC_PROPERTIES) ? xml.replace(CALC_PROPERTIES, FULL_CALC_ON_LOAD) : xml;
}

/** Makes the writer's workbook part ask for a full recalculation when opened; false when it cannot. */
export function recalculateOnOpen(writer: ExcelJS.stream.xlsx.WorkbookWriter): boolean {
  const zip = (writer as unknown as WriterInternals).zip;
  if (!zip || typeof zip.append !== 'function') return false;
  const append = zip.append.bind(zip);
  // The zip is this writer's own (made for this workbook alone), so wrapping it touches nothing else.
  zip.append = (source, data) =>
    append(data?.name === WORKBOOK_PART && typeof source === 'string' ? withFullCalcOnLoad(source) : source, data);
  return true;
}
