/**
 * Checks are rows too: their id must survive a re-run so a reviewer's notes about a check still
 * point at it. The id is the check's kind plus a hash of the rows it concerns (and, when one set
 * of rows can raise several checks of one kind, a discriminator such as the column corrected).
 */
import { createHash } from 'node:crypto';
import type { Check, Severity } from '../tables.ts';

export function checkId(kind: string, rowIds: readonly string[], discriminator = ''): string {
  const digest = createHash('sha256').update(`${kind}\u0000${rowIds.join(';')}\u0000${discriminator}`).digest('hex');
  return `${kind}-${digest.slice(0, 12)}`;
}

export function makeCheck(
  kind: string,
  severity: Severity,
  passed: boolean,
  message: string,
  rowIds: readonly string[],
  discriminator = '',
): Check {
  return { check_id: checkId(kind, rowIds, discriminator), kind, severity, passed, message, row_ids: rowIds.join(';') };
}
