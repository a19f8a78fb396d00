/**
 * Small pieces the workbook's formulas are built from: column letters, whole-column ranges, and
 * the one rule every sum uses, "how much does a figure with this qualifier add to low, value and
 * high" (pipeline/aggregate/bounds.ts), written as spreadsheet formulas of the row's own cells.
 */

/** 1 -> A, 27 -> AA. */
export function columnLetter(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

/** Letters of `keys` laid out from column A in order. */
export function lettersOf(keys: readonly string[]): Map<string, string> {
  return new Map(keys.map((k, i) => [k, columnLetter(i + 1)]));
}

/** `Sheet!$X$2:$X$<last>`: the data rows of one column (at least row 2, so an empty table still gives a valid range). */
export function columnRange(sheet: string, letter: string, rows: number): string {
  return `${sheet}!$${letter}$2:$${letter}$${Math.max(rows + 1, 2)}`;
}

/** A same-sheet range, for formulas inside the table sheet itself. */
export function localRange(letter: string, rows: number): string {
  return `$${letter}$2:$${letter}$${Math.max(rows + 1, 2)}`;
}

/** `OR(X2="a",X2="b")`: the cell is one of `words`. */
export function isOneOf(cell: string, words: readonly string[]): string {
  return words.length === 0 ? 'FALSE' : `OR(${words.map((w) => `${cell}="${w}"`).join(',')})`;
}

/** Cells of one row holding a figure: its point value and bounds, and its qualifier. */
export interface FigureCells {
  point: string;
  low: string;
  high: string;
  qualifier: string;
}

/** The figure's single value: the point, else the middle of low and high, else either bound; "" when none. */
export function pointFormula(c: Omit<FigureCells, 'point' | 'qualifier'> & { stated: string }): string {
  return `IF(${c.stated}<>"",${c.stated},IF(AND(${c.low}<>"",${c.high}<>""),(${c.low}+${c.high})/2,IF(${c.low}<>"",${c.low},IF(${c.high}<>"",${c.high},""))))`;
}

const OPEN = ['over', 'at_least'];

/**
 * What the figure adds to the low, central and high sums, and whether it leaves the high end
 * open: bounds.ts `contribution()`, cell by cell. "" when the row has no figure.
 */
export function contributionFormulas(c: FigureCells): { low: string; value: string; high: string; open: string } {
  const open = isOneOf(c.qualifier, OPEN);
  return {
    low: `IF(${c.point}="","",IF(${isOneOf(c.qualifier, [...OPEN, 'range'])},IF(${c.low}<>"",${c.low},${c.point}),IF(${c.qualifier}="up_to",0,${c.point})))`,
    value: `IF(${c.point}="","",IF(${c.qualifier}="up_to",0,${c.point}))`,
    high: `IF(${c.point}="","",IF(${open},0,IF(${isOneOf(c.qualifier, ['up_to', 'range'])},IF(${c.high}<>"",${c.high},${c.point}),${c.point})))`,
    open: `IF(${c.point}="",0,IF(${open},1,0))`,
  };
}

/**
 * Cell addresses of one sheet's row formulas: the column letter of a named column (an error names
 * the sheet and column when the layout lacks it), its whole data range, and a cell in a row.
 */
export function sheetColumns(letters: ReadonlyMap<string, string>, sheet: string, rows: number) {
  const L = (key: string) => {
    const letter = letters.get(key);
    if (!letter) throw new Error(`workbook: no column ${key} in ${sheet}`);
    return letter;
  };
  return { L, range: (key: string) => localRange(L(key), rows), at: (key: string, r: number | string) => `${L(key)}${r}` };
}

