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

/**
 * Runs `make` with the parts it gives the writer's zip held back, and returns its value with a
 * `release` that hands them to the zip then, in the order they were given. The zip writes its parts
 * one after another, each to its end, so a part given early but written late (the Summary, first
 * among the sheets but written once the chart image is drawn) would stop every part after it.
 * Holding it lets the sheets after it be written first; the order of parts in a zip is free (the
 * workbook part lists the sheets in their own order). With a writer not as expected, nothing is
 * held and `release` does nothing: the file is the same, written in order.
 */
export function withPartsHeld<T>(writer: ExcelJS.stream.xlsx.WorkbookWriter, make: () => T): { value: T; release(): void } {
  const zip = (writer as unknown as WriterInternals).zip;
  if (!zip || typeof zip.append !== 'function') return { value: make(), release: () => {} };
  const append = zip.append;
  const held: [unknown, { name?: string }][] = [];
  zip.append = (source, data) => {
    held.push([source, data]);
    return zip;
  };
  let value: T;
  try {
    value = make();
  } finally {
    zip.append = append;
  }
  return {
    value,
    release: () => {
      for (const [source, data] of held.splice(0)) append.call(zip, source, data);
    },
  };
}
