/**
 * Money whose funder and recipient are of one country: a state company investing at home, a
 * government backing its own company. pledgebook tracks money across borders, and such a row is
 * most often a domestic deal told beside a foreign one (or a funder's country read wrong). It is
 * kept and counted as extracted; the check names it, so a reader who tracks cross-border money
 * only can drop it with a correction (`_drop`, README "How to correct a value").
 */
import type { Check, Deal } from '../../tables.ts';
import * as messages from '../../messages.ts';
import { makeCheck } from '../checkId.ts';

export function checkDomesticMoney(deals: readonly Deal[]): Check[] {
  return deals
    .filter((d) => d.funder_country !== null && d.funder_country === d.recipient_country)
    .map((d) => makeCheck('domestic_money', 'warning', false, messages.reconcile.domesticMoney(d.commitment_id, d.funder ?? d.funder_country!, d.recipient ?? d.recipient_country!, d.funder_country!), [d.commitment_id]));
}
