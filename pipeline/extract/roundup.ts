/**
 * A roundup of unrelated deals: "AFRICA DEALS-Kenya's KCB gets $50 mln IFC loan; MTN Ghana to invest 1.2 bln cedis",
 * "Tata Power Signs $250 Million ADB Loan; Mitsui to Buy 26% of Sunvolt: India Deals", "In brief: ...". Its items are
 * each about someone and somewhere else: none lends another its receiver, and the dateline's country is not theirs.
 * Known by the column's own name in the headline (a semicolon alone also joins two tellings of one deal), or a
 * newsletter's ("Semafor Africa: ...", "Five Things to Start Your Day: ...", "The Big Deal: ...").
 */
const ROUNDUP_TITLE = /\b(?:DEALS|BRIEFS?|[Dd]eals\s+of\s+the\s+day|[Ii]n\s+brief|[Bb]riefs|[Rr]ound-?up)\b|\bDeals\s*$|^\W*(?:Semafor\s+\w+|Five\s+Things\b[^:]{0,40}|The\s+Big\s+Deal|Morning\s+Brief(?:ing)?|Daily\s+Brief(?:ing)?|Week\s+in\s+Review)\s*:/;

export function isRoundupTitle(title: string | null): boolean {
  return title !== null && ROUNDUP_TITLE.test(title);
}
