/**
 * Character-code tests for ASCII letters and digits: the hot loops of extraction read characters
 * by code (a regex per character costs several times as much), and ask these same questions.
 */

/** A-Z or a-z. */
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A-Z, a-z or 0-9. */
export const isAsciiLetterOrDigit = (c: number): boolean => isAsciiLetter(c) || (c >= 48 && c <= 57);
