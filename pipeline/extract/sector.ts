/**
 * Sector of a fact from keywords: the keyword nearest the figure in its sentence, else the
 * project's kind ("copper-gold mine" → mining), else null.
 */
import { freezeRows, memoTable } from './memo.ts';
import { eachMatch } from './matches.ts';

const SECTORS: readonly [string, RegExp][] = [
  ['mining', /\b(?:min(?:e|es|ing|eral|erals)|copper|gold|lithium|iron ore|coal mine|nickel|cobalt|rare earths?|bauxite)\b/gi],
  ['oil and gas', /\b(?:oil|gas|lng|petroleum|refiner(?:y|ies)|pipelines?|crude|upstream|downstream|petrochemicals?)\b/gi],
  ['renewables', /\b(?:solar|wind (?:farms?|power|energy|parks?|turbines?)|renewables?|hydro(?:power|electric)?|geothermal|green hydrogen)\b/gi],
  ['power', /\b(?:power (?:plant|station|project|grid|sector)|electricity|grid|transmission lines?|nuclear)\b/gi],
  ['energy', /\b(?:energy)\b/gi],
  ['transport', /\b(?:rail(?:way|ways|road)?|metro|airports?|ports?|seaports?|shipping|roads?|highways?|motorways?|logistics|aviation|airlines?)\b/gi],
  ['infrastructure', /\b(?:infrastructure|bridges?|dams?|construction)\b/gi],
  ['agriculture', /\b(?:agricultur(?:e|al)|(?<!(?:wind|solar|fish|server|tank) )farm(?:s|ing)?|irrigation|fertili[sz]ers?|food security|livestock|fisheries|rice|wheat)\b/gi],
  ['digital', /\b(?:digital|technology|tech|fintech|data cent(?:re|er)s?|telecom(?:s|munications)?|5g|semiconductors?|software|artificial intelligence|ai|cyber ?security)\b/gi],
  ['defence', /\b(?:defen[cs]e|military|arms|weapons|fighter jets?|warships?)\b/gi],
  ['health', /\b(?:health(?:care)?|hospitals?|vaccines?|pharmaceuticals?|medical)\b/gi],
  ['finance', /\b(?:banking|financial sector|capital markets?|insurance|balance of payments|budget support|central bank)\b/gi],
  ['manufacturing', /\b(?:manufactur(?:ing|er|ers)|factor(?:y|ies)|industrial (?:zone|park|estate)|textiles?|steel|cement|automotive|car plant)\b/gi],
  ['real estate', /\b(?:real estate|property|housing|residential|hotels?|commercial towers?)\b/gi],
  ['water', /\b(?:water supply|desalination|wastewater|sanitation|water treatment)\b/gi],
  ['tourism', /\b(?:tourism|tourist|resorts?)\b/gi],
];

interface SectorWord {
  sector: string;
  start: number;
  end: number;
}

// Every figure of a sentence looks for the nearest keyword among the same ones: they are found
// once per text (in the order of SECTORS, then of the text, which decides ties) and shared.
const wordMemo = memoTable<readonly SectorWord[]>();

function sectorWords(text: string): readonly SectorWord[] {
  const known = wordMemo.get(text);
  if (known) return known;
  const words: SectorWord[] = [];
  for (const [sector, pattern] of SECTORS) {
    eachMatch(pattern, text, (m) => words.push({ sector, start: m.index, end: m.index + m[0].length }));
  }
  return wordMemo.set(text, freezeRows(words));
}

/** The sector named nearest to [start, end) in `text`; with no span, the first named. */
export function sectorOf(text: string, start = 0, end = start): string | null {
  let best: { sector: string; distance: number } | null = null;
  for (const { sector, start: s, end: e } of sectorWords(text)) {
    const distance = e <= start ? start - e : s >= end ? s - end : 0;
    if (!best || distance < best.distance) best = { sector, distance };
  }
  return best?.sector ?? null;
}

/** Sector from the sentence around a figure, else from the project's kind. */
export function sectorFor(sentence: string, start: number, end: number, projectKind: string | null): string | null {
  return sectorOf(sentence, start, end) ?? (projectKind ? sectorOf(projectKind) : null);
}
