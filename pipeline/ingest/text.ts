/**
 * Text normalisation shared by every format: one newline convention and one Unicode form, so the
 * same article saved on Windows or macOS gets the same text, hash and id. Quotes, dashes and
 * apostrophes stay as written (sentences are quoted verbatim).
 */

/** CRLF/CR → LF, NFC, no BOM, no trailing spaces on any line. */
export function normalizeText(text: string): string {
  return trimLineEnds(
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      .normalize('NFC'),
  );
}

const isTrailingSpace = (code: number) => code === 32 || code === 9 || code === 0xa0 || code === 0x200b;

/**
 * `text.replace(/[ \t\u00A0\u200B]+$/gm, '')` (lines end at \n only, the others are gone by now),
 * as one walk over the text: the regex is tried at every space between two words of every line.
 */
export function trimLineEnds(text: string): string {
  let out = '';
  // Where the text not yet copied to `out` starts: past 0 once a line end was trimmed.
  let from = 0;
  for (let end = 0; end <= text.length; end++) {
    if (end < text.length && text.charCodeAt(end) !== 10) continue;
    let cut = end;
    while (cut > from && isTrailingSpace(text.charCodeAt(cut - 1))) cut--;
    if (cut !== end) {
      out += text.slice(from, cut);
      from = end;
    }
  }
  return from > 0 ? out + text.slice(from) : text;
}

/** Markdown → plain lines: heading marks, emphasis, links and images removed; bullets kept. */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const raw of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) continue; // horizontal rule
    if (/^\s*<!--.*-->\s*$/.test(raw)) continue;
    const line = raw
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s*>\s?/, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)/g, '$1')
      .replace(/`([^`]+)`/g, '$1');
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definition
    out.push(line);
  }
  return out.join('\n');
}
