/**
 * The order of firmness used to merge and count deals. STATUSES in tables.ts lists them from the
 * weakest (`intended`) to the firmest (`disbursed`); `cancelled` and `other` stand outside the
 * order: they are never "at or above" anything, so they never count toward a total.
 */
import { STATUSES, STATUS_TIERS, type Status, type StatusTier } from '../tables.ts';

export const STATUS_ORDER: readonly Status[] = STATUSES.filter((s) => s !== 'cancelled' && s !== 'other');

/** Rank in STATUS_ORDER, or -1 for null, cancelled and other. */
export function statusRank(status: Status | null): number {
  return status === null ? -1 : STATUS_ORDER.indexOf(status);
}

/** True when `status` is `floor` or firmer (cancelled, other and null never are). */
export function isAtOrAbove(status: Status | null, floor: Status): boolean {
  const rank = statusRank(status);
  const floorRank = statusRank(floor);
  return rank >= 0 && floorRank >= 0 && rank >= floorRank;
}

export function tierOf(status: Status | null): StatusTier {
  if (status === null) return 'none';
  for (const [tier, statuses] of Object.entries(STATUS_TIERS) as [keyof typeof STATUS_TIERS, readonly Status[]][]) {
    if (statuses.includes(status)) return tier;
  }
  return 'none';
}
