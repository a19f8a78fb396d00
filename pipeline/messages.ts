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
} as const;

// --- ingest ------------------------------------------------------------------------------------

// --- extract -----------------------------------------------------------------------------------

// --- corrections, reconcile, aggregate ---------------------------------------------------------

// --- render ------------------------------------------------------------------------------------
