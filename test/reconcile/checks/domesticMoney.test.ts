import { describe, expect, it } from 'vitest';
import { checkDomesticMoney } from '../../../pipeline/reconcile/checks/domesticMoney.ts';
import { deal } from '../rows.ts';

describe('money whose funder and recipient are of one country (checkDomesticMoney)', () => {
  it('flags a state company investing at home and a government backing its own company, and no cross-border or unplaced deal', () => {
    const deals = [
      deal('home', { funder: 'OCP', funder_country: 'Morocco', recipient: 'Morocco', recipient_country: 'Morocco' }),
      deal('own', { funder: 'Germany', funder_country: 'Germany', recipient: 'Siemens Energy', recipient_country: 'Germany' }),
      deal('abroad', { funder: 'Masdar', funder_country: 'United Arab Emirates', recipient: 'Spain', recipient_country: 'Spain' }),
      deal('lender', { funder: 'World Bank', funder_country: null, recipient: 'Kenya', recipient_country: 'Kenya' }),
      deal('unknown', { funder: 'Gulf Energy Development', funder_country: 'Thailand', recipient: null, recipient_country: null }),
    ];
    expect(checkDomesticMoney(deals).map((c) => [c.kind, c.severity, c.passed, c.row_ids, c.message])).toEqual([
      ['domestic_money', 'warning', false, 'home', 'deal home: its funder (OCP) and recipient (Morocco) are both of Morocco, so it is domestic money, not cross-border; counted as extracted, drop it with a correction if you track cross-border money only'],
      ['domestic_money', 'warning', false, 'own', 'deal own: its funder (Germany) and recipient (Siemens Energy) are both of Germany, so it is domestic money, not cross-border; counted as extracted, drop it with a correction if you track cross-border money only'],
    ]);
  });
});
