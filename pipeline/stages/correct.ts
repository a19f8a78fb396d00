/**
 * Stage 3: corrections. A reviewer's corrections (data/corrections.csv) are applied to the
 * extracted tables on every run, after extraction and before reconciliation, so a fix survives
 * re-running the pipeline: row ids are made from content, so they stay the same from run to run.
 *
 * A correction sets one column of one row, or removes the row (`column` = `_drop`). One that names
 * a row no longer extracted (the article changed), an unknown column or an invalid value is not
 * applied and becomes a check: a stale correction never stops a run. When several corrections set
 * the same cell, the last one in the file wins. Applying the same corrections twice gives the same
 * tables.
 *
 * A corrected field that has a source column (a commitment's `recipient`, a job's `country`) says it
 * came from a correction, so the brief no longer calls a reviewer's receiver "read from the article";
 * a correction of the source column itself, before or after, wins.
 */
import { CORRECTABLE_TABLES, type Cell, type Check, type CorrectableTable, type Correction, type ExtractedTables } from '../tables.ts';
import * as messages from '../messages.ts';
import { makeCheck } from '../reconcile/checkId.ts';
import { CORRECTABLE_COLUMNS, ID_COLUMN, parseCorrectionValue } from '../reconcile/correctionColumns.ts';

export const DROP = '_drop';

/** The columns whose value says where another column was read (see FIELD_SOURCES). */
const SOURCE_COLUMN: Partial<Record<CorrectableTable, Record<string, string>>> = {
  commitments: { recipient: 'recipient_source' },
  jobs: { country: 'country_source' },
};

function correctionCheck(c: Correction, kind: string, severity: 'warning' | 'error', message: string): Check {
  return makeCheck(kind, severity, false, message, [c.row_id], `${c.table}\u0000${c.column}\u0000${c.value}`);
}

export function applyCorrections(
  tables: ExtractedTables,
  corrections: readonly Correction[],
): { tables: ExtractedTables; applied: Correction[]; checks: Check[] } {
  // The input tables are never touched: a row a correction sets is copied on its first change, and
  // every other row is the input's own (rows are never changed after extraction, so sharing them
  // is safe; copying every row of a large corpus cost memory and time for the few corrected).
  const copies = new Map<object, Record<string, Cell>>();
  // Rows by id, made for a table when a correction first names it: the first row of an id, as a
  // search from the top would find.
  const byId = new Map<CorrectableTable, Map<unknown, Record<string, Cell>>>();
  const rowOf = (table: CorrectableTable, id: string): Record<string, Cell> | undefined => {
    let index = byId.get(table);
    if (!index) {
      index = new Map();
      for (const r of tables[table] as unknown as Record<string, Cell>[]) if (!index.has(r[ID_COLUMN[table]])) index.set(r[ID_COLUMN[table]], r);
      byId.set(table, index);
    }
    return index.get(id);
  };
  const dropped = new Set<string>();
  // Rows whose source column a correction set itself: a later correction of the field leaves it.
  const sourceSet = new Set<Record<string, Cell>>();
  const applied: Correction[] = [];
  const checks: Check[] = [];

  for (const c of corrections) {
    if (!(CORRECTABLE_TABLES as readonly string[]).includes(c.table)) {
      checks.push(correctionCheck(c, 'correction_invalid', 'error', messages.reconcile.correctionUnknownTable(c.table, c.row_id)));
      continue;
    }
    const original = rowOf(c.table, c.row_id);
    if (!original || dropped.has(`${c.table}\u0000${c.row_id}`)) {
      checks.push(correctionCheck(c, 'correction_stale', 'warning', messages.reconcile.correctionStale(c.table, c.row_id, c.column)));
      continue;
    }
    if (c.column === DROP) {
      dropped.add(`${c.table}\u0000${c.row_id}`);
      applied.push(c);
      continue;
    }
    const spec = CORRECTABLE_COLUMNS[c.table][c.column];
    if (!spec) {
      checks.push(correctionCheck(c, 'correction_invalid', 'error', messages.reconcile.correctionUnknownColumn(c.table, c.row_id, c.column)));
      continue;
    }
    const parsed = parseCorrectionValue(spec, c.value);
    if (!parsed.ok) {
      checks.push(
        correctionCheck(c, 'correction_invalid', 'error', messages.reconcile.correctionInvalidValue(c.table, c.row_id, c.column, c.value, parsed.expected)),
      );
      continue;
    }
    let row = copies.get(original);
    if (!row) copies.set(original, (row = { ...original }));
    row[c.column] = parsed.value;
    const sourceColumn = SOURCE_COLUMN[c.table]?.[c.column];
    if (sourceColumn !== undefined && !sourceSet.has(row)) row[sourceColumn] = parsed.value === null ? null : 'correction';
    if (Object.values(SOURCE_COLUMN[c.table] ?? {}).includes(c.column)) sourceSet.add(row);
    applied.push(c);
  }

  const keep = (table: CorrectableTable) => {
    const out: Record<string, Cell>[] = [];
    for (const r of tables[table] as unknown as Record<string, Cell>[]) {
      if (dropped.size > 0 && dropped.has(`${table}\u0000${String(r[ID_COLUMN[table]])}`)) continue;
      out.push(copies.get(r) ?? r);
    }
    return out;
  };
  return {
    tables: {
      ...tables,
      commitments: keep('commitments') as unknown as ExtractedTables['commitments'],
      jobs: keep('jobs') as unknown as ExtractedTables['jobs'],
      projections: keep('projections') as unknown as ExtractedTables['projections'],
      projects: keep('projects') as unknown as ExtractedTables['projects'],
      evidence: [...tables.evidence],
    },
    applied,
    checks,
  };
}
