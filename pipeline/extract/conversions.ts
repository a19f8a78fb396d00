/**
 * A figure's conversion into another currency, told right after it: in brackets ("140.7 billion
 * yen ($950 million)") or between commas ("1.5 billion yuan, about $210 million, to widen"). The
 * conversion is no money of its own but the figure's `converted` (a dollar headline merges with
 * it), and the words after it are the figure's: "will pay 4 billion dirhams ($1.1 billion) for a
 * 24.9% stake" is classified, and its stake and instrument read, as if the figure ran to the
 * conversion's closing bracket or comma.
 */
import type { MoneyMention } from './money.ts';

/** Between a figure and its bracketed conversion: "(", "(about", "(equivalent to". */
const BRACKET_OPEN = /^\s*\(\s*(?:about|around|roughly|some|approximately|nearly|or|equivalent to|worth)?\s*$/i;
/** After a bracketed conversion, its closing bracket (a few characters allowed: "$1 billion )"). */
const BRACKET_CLOSE = /^[^()]{0,2}\)/;
const SECOND_AFTER_SLASH = /^\s*\/\s*[^()]{1,30}\)/;
/** Between a figure and its conversion told between commas: ", about", ", or about". */
const COMMA_OPEN = /^,\s*(?:or\s+)?$/;
/** After a conversion told between commas, the comma that closes it (none at the sentence's end). */
const COMMA_CLOSE = /^\s*,/;

/** The role's reason of a figure that converts the figure before it (article.ts). */
export const CONVERSION_REASON = 'a conversion of the figure before';

export interface Conversion {
  money: MoneyMention;
  /** Where the text resumes past the conversion: after its closing bracket or comma. */
  end: number;
}

/**
 * The conversion of `figure` that `next` is, if it is one. Told between commas, it must be in
 * another currency and told as an estimate ("about", "or"): a list, "$1.5bn, $1.2bn and $1.3bn",
 * shares one currency and states each sum.
 */
export function conversionOf(text: string, figure: MoneyMention, next: MoneyMention | undefined): Conversion | null {
  if (!next) return null;
  const between = text.slice(figure.end, next.start);
  const rest = text.slice(next.end);
  if (BRACKET_OPEN.test(between)) {
    const close = BRACKET_CLOSE.exec(rest);
    // ("(60.2 million euro/$69.8 million)": a second conversion after a slash before the bracket closes; the caller
    // reads that one as a conversion too and the words after the bracket as the figure's.)
    if (!close && SECOND_AFTER_SLASH.test(rest)) return { money: next, end: next.end };
    return close ? { money: next, end: next.end + close[0].length } : null;
  }
  if (
    COMMA_OPEN.test(between) &&
    figure.currency !== null &&
    next.currency !== null &&
    figure.currency !== next.currency &&
    (next.qualifier === 'about' || /^or\b/.test(between.slice(1).trim()))
  ) {
    return { money: next, end: next.end + (COMMA_CLOSE.exec(rest)?.[0].length ?? 0) };
  }
  return null;
}
