/** Text to match literally inside a regular expression: "S.A." as /S\.A\./. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
