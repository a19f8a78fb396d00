/** Text as exceljs writes it into XML, shared by the row writer and the row formula templates. */

const NEEDS_ENCODING = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;

/** exceljs's `xmlEncode`: the five entities, and control characters XML cannot hold dropped. */
export function xmlEncode(text: string): string {
  const found = NEEDS_ENCODING.exec(text);
  if (!found) return text;
  let out = '';
  let last = 0;
  for (let i = found.index; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let escape: string;
    if (code === 34) escape = '&quot;';
    else if (code === 38) escape = '&amp;';
    else if (code === 39) escape = '&apos;';
    else if (code === 60) escape = '&lt;';
    else if (code === 62) escape = '&gt;';
    else if (code === 127 || (code <= 31 && (code <= 8 || (code >= 11 && code !== 13)))) escape = '';
    else continue;
    if (last !== i) out += text.substring(last, i);
    last = i + 1;
    out += escape;
  }
  return last !== text.length ? out + text.substring(last) : out;
}
