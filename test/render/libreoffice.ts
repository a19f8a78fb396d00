/**
 * A real spreadsheet engine for the workbook tests: LibreOffice headless, with a private profile
 * told to recalculate every formula on load (by default it trusts cached results in .xlsx).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? null;

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Opens `input` in LibreOffice, recalculates, and saves it as xlsx; returns the new file's path. */
export async function recalculateWithLibreOffice(input: string, timeoutMs = 120_000): Promise<string> {
  if (!SOFFICE) throw new Error('LibreOffice is not installed');
  const work = await mkdtemp(join(tmpdir(), 'pledgebook-lo-'));
  const profile = join(work, 'profile');
  await mkdir(join(profile, 'user'), { recursive: true });
  await writeFile(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const out = join(work, 'out');
  await new Promise<void>((resolve, reject) => {
    execFile(
      SOFFICE!,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--calc', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, input],
      { timeout: timeoutMs, killSignal: 'SIGKILL' },
      (error, _stdout, stderr) => (error ? reject(new Error(`soffice failed: ${error.message} ${stderr}`)) : resolve()),
    );
  });
  const converted = join(out, basename(input).replace(/\.[^.]+$/, '.xlsx'));
  if (!existsSync(converted)) throw new Error(`soffice wrote nothing for ${input}`);
  return converted;
}

/**
 * Numeric values of one sheet's cells, read from the xlsx XML itself: exceljs turns some number
 * formats LibreOffice rewrites (`\B`, `\M`) into dates, so it cannot be trusted to read them back.
 */
export async function numericCells(xlsx: string, sheetIndex: number): Promise<Map<string, number>> {
  const xml = await new Promise<string>((resolve, reject) => {
    execFile('unzip', ['-p', xlsx, `xl/worksheets/sheet${sheetIndex}.xml`], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
  });
  const out = new Map<string, number>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>([\s\S]*?)<\/c>/g)) {
    const attrs = m[2]!;
    if (/t="(s|str|inlineStr|b|e)"/.test(attrs)) continue;
    const v = /<v>([^<]*)<\/v>/.exec(m[3]!);
    if (v) out.set(m[1]!, Number(v[1]));
  }
  return out;
}

/** Every value of one sheet's cells (numbers, text, booleans), read from the xlsx XML itself. */
export async function sheetValues(xlsx: string, sheetIndex: number): Promise<Map<string, number | string | boolean>> {
  const xml = await new Promise<string>((resolve, reject) => {
    execFile('unzip', ['-p', xlsx, `xl/worksheets/sheet${sheetIndex}.xml`], { maxBuffer: 256 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
  });
  const shared = await new Promise<string>((resolve) => {
    execFile('unzip', ['-p', xlsx, 'xl/sharedStrings.xml'], { maxBuffer: 256 * 1024 * 1024 }, (error, stdout) => resolve(error ? '' : stdout));
  });
  const strings = [...shared.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...m[1]!.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => unescapeXml(t[1]!)).join(''));
  const out = new Map<string, number | string | boolean>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const type = /t="([a-zA-Z]+)"/.exec(m[2]!)?.[1] ?? 'n';
    const body = m[3] ?? '';
    const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
    if (type === 'inlineStr') {
      out.set(m[1]!, unescapeXml(/<t[^>]*>([^<]*)<\/t>/.exec(body)?.[1] ?? ''));
    } else if (v === undefined) {
      continue;
    } else if (type === 's') {
      out.set(m[1]!, strings[Number(v)] ?? '');
    } else if (type === 'str' || type === 'e') {
      out.set(m[1]!, unescapeXml(v));
    } else if (type === 'b') {
      out.set(m[1]!, v === '1');
    } else {
      out.set(m[1]!, Number(v));
    }
  }
  return out;
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
