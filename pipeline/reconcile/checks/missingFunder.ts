/** A commitment with no funder cannot be attributed: flag it so a reader can supply one with a correction. */
import type { Check, Commitment } from '../../tables.ts';
import * as messages from '../../messages.ts';
import { makeCheck } from '../checkId.ts';

export function checkMissingFunders(rows: readonly Commitment[]): Check[] {
  return rows
    .filter((r) => r.funder === null)
    .map((r) => makeCheck('missing_funder', 'warning', false, messages.reconcile.missingFunder(r.commitment_id, r.quote), [r.commitment_id]));
}
