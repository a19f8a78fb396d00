/**
 * Every message pledgebook shows a user (terminal lines, rejected-input reasons, check messages,
 * workbook and brief notes) is written here, so wording stays consistent and can be reviewed in one
 * place. Each area has its own section; a message is a function of the values it names.
 * Messages name the file, the line and the offending value wherever there is one.
 */

// --- run and CLI -------------------------------------------------------------------------------
export const run = {
  stageDone: (name: string, rows: number, ms: number) => `${name.padEnd(12)} ${String(rows).padStart(7)} rows  ${(ms / 1000).toFixed(2)} s`,
  inputMissing: (path: string) => `cannot run: input ${path} does not exist`,
  lockHeld: (out: string) =>
    `cannot run: another pledgebook run is writing to ${out} (its lock is held); wait for it to finish, or remove ${out}/.pledgebook.lock if no run is active`,
  finished: (out: string, rejected: number) =>
    rejected === 0 ? `done: outputs in ${out}` : `done with ${rejected} rejected input(s): see ${out}/tables/rejected.csv`,
  couldNotRun: (reason: string) => `cannot run: ${reason}`,
  rejectedLine: (file: string, line: number | null, reason: string) =>
    `rejected ${file}${line === null ? '' : `, line ${line}`}: ${reason}`,
} as const;

export const cli = {
  notANumber: (option: string, value: string) => `${option} takes a whole number of 0 or more, not "${value}"`,
} as const;

export const reports = {
  noBrowser: () =>
    'brief.pdf not written: no Chromium/Chrome found. Install one (Debian: apt-get install chromium) or set PLEDGEBOOK_BROWSER to its path; brief.html and the workbook were written.',
  pdfFailed: (reason: string) => `brief.pdf not written: the browser failed (${reason}); brief.html and the workbook were written`,
  chartFailed: (reason: string) => `workbook chart image not made: ${reason}`,
} as const;

// --- ingest ------------------------------------------------------------------------------------
export const ingest = {
  tooLarge: (bytes: number, limit: number) =>
    `too large: ${bytes} bytes, over the limit of ${limit} bytes (raise it with --max-article-bytes)`,
  empty: () => 'empty: the file holds no text',
  emptyAfterCleaning: () => 'empty: nothing is left once page furniture (share buttons, stamps, captions) is removed',
  binary: (what: string) => `binary file (${what}), not article text`,
  encodingUnclear: (guess: string | null, confidence: number | null) =>
    guess === null
      ? 'not UTF-8 and encoding unclear: convert the file to UTF-8'
      : `not UTF-8 and encoding unclear (best guess ${guess} at ${confidence}% confidence): convert the file to UTF-8`,
  cannotRead: (code: string) => `cannot read the file (${code})`,
  unsupportedType: (ext: string) =>
    `unsupported file type "${ext}": pledgebook reads .txt, .md, .html and .htm`,
  htmlNoText: () => 'HTML page holds no readable article text',
  manifestUnparsable: (line: number | null, detail: string) =>
    `manifest cannot be parsed${line === null ? '' : ` (line ${line})`}: ${detail}`,
  manifestNoColumn: (columns: readonly string[]) =>
    `manifest needs a "path" or a "text" column; its header has ${columns.length === 0 ? 'no columns' : columns.map((c) => `"${c}"`).join(', ')}`,
  manifestBadRow: (detail: string) => `manifest row cannot be parsed: ${detail}`,
  manifestNoPathOrText: () => 'manifest row has neither a "path" nor a "text" value',
  manifestBothPathAndText: (path: string) => `manifest row has both a "path" (${path}) and a "text"; give one`,
  manifestBadField: (field: string, value: string, detail: string) => `manifest field "${field}" = "${value}": ${detail}`,
  pathOutside: (path: string) => `path "${path}" points outside the manifest's folder; only files inside it are read`,
  fileMissing: (path: string) => `file "${path}" does not exist`,
  notAFile: (path: string) => `"${path}" is not a regular file`,
} as const;

// --- extract -----------------------------------------------------------------------------------

// --- corrections, reconcile, aggregate ---------------------------------------------------------

// --- render ------------------------------------------------------------------------------------
