/**
 * Builds benchmark corpora of any size by recombining real sentences: those of the articles in
 * data/articles and those the test suite writes, with entity names, amounts, currencies and places
 * drawn from the reference tables, so the density of figures is like real news. Deterministic for
 * a given seed, so two runs measure the same text.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCsv } from '../../pipeline/io/csv.ts';
import { MAY_HOLD_NUMBER } from '../../pipeline/extract/numbers.ts';

/** mulberry32: a small, fast, seedable PRNG (Math.random cannot be seeded). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SentencePool {
  /** Sentences that can hold a figure (a digit or a number word: what extraction looks at). */
  sentences: string[];
  /** Sentences that cannot: context, quotes, background. */
  plain: string[];
  /** Share of sentences with a figure in the real articles of data/articles, measured, not assumed. */
  figureShare: number;
  countries: string[];
  capitals: string[];
  organizations: string[];
}

async function listFiles(dir: string, ext: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Sentences of the seed articles (split on line breaks and sentence ends) and string literals of the tests that read like sentences. */
export async function loadSentencePool(root: string): Promise<SentencePool> {
  const sentences = new Set<string>();
  let realSentences = 0;
  let realWithFigures = 0;
  for (const file of await listFiles(join(root, 'data/articles'), /\.(txt|md)$/)) {
    const text = await readFile(file, 'utf8');
    for (const line of text.split(/\n+/)) {
      for (const s of line.split(/(?<=[.!?][”"]?)\s+(?=[A-Z“"])/)) {
        if (s.split(' ').length < 6) continue;
        sentences.add(s.trim());
        realSentences++;
        if (MAY_HOLD_NUMBER.test(s)) realWithFigures++;
      }
    }
  }
  for (const file of await listFiles(join(root, 'test'), /\.test\.ts$/)) {
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.){40,400})\1/g)) {
      const s = match[2]!.replace(/\\(['"`\\])/g, '$1');
      // A sentence: words and spaces, a capital first, no code.
      if (/^[A-Z“"]/.test(s) && s.split(' ').length >= 6 && !/[{}<>=;]|\$\{/.test(s)) sentences.add(s);
    }
  }
  const countries = parseCsv(await readFile(join(root, 'data/reference/countries.csv'), 'utf8'));
  const organizations = parseCsv(await readFile(join(root, 'data/reference/organizations.csv'), 'utf8'));
  const all = [...sentences];
  return {
    sentences: all.filter((s) => MAY_HOLD_NUMBER.test(s)),
    plain: all.filter((s) => !MAY_HOLD_NUMBER.test(s)),
    figureShare: realSentences > 0 ? realWithFigures / realSentences : 0.5,
    countries: countries.map((c) => c.name!).filter(Boolean),
    capitals: countries.flatMap((c) => (c.capitals ?? '').split(';').filter(Boolean)),
    organizations: organizations.map((o) => o.name!).filter(Boolean),
  };
}

const CURRENCY_FORMS = [
  (n: string, s: string) => `$${n} ${s}`,
  (n: string, s: string) => `US$${n} ${s}`,
  (n: string, s: string) => `€${n} ${s}`,
  (n: string, s: string) => `Rs${n} ${s}`,
  (n: string, s: string) => `${n} ${s} euros`,
  (n: string, s: string) => `£${n}${s === 'million' ? 'm' : 'bn'}`,
  (n: string, s: string) => `${n} ${s} yuan`,
  (n: string, s: string) => `AED ${n} ${s}`,
];

/** Replace names and amounts in a sentence with others drawn from the reference tables. */
export function vary(sentence: string, pool: SentencePool, random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let out = sentence.replace(/(?:US\$|\$|€|£|Rs\.?\s?)\d[\d,.]*\s?(?:billion|million|bn|m)\b/g, () => {
    const n = (1 + Math.floor(random() * 950) / 10).toString();
    return pick(CURRENCY_FORMS)(n, random() < 0.5 ? 'million' : 'billion');
  });
  out = out.replace(/\b\d{1,3}(?:,\d{3})+\b/g, () => (Math.floor(random() * 90) + 1).toLocaleString('en-US') + ',000');
  for (const name of ['Pakistan', 'Azerbaijan', 'United States']) {
    if (out.includes(name)) out = out.replaceAll(name, pick(pool.countries));
  }
  return out;
}

export function makeArticle(pool: SentencePool, random: () => number, index: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // Figures as dense as in the real articles: most sentences of a news story hold no number.
  const sentence = () => (random() < pool.figureShare || pool.plain.length === 0 ? vary(pick(pool.sentences), pool, random) : vary(pick(pool.plain), pool, random));
  const body = Array.from({ length: 8 + Math.floor(random() * 18) }, sentence);
  const title = vary(pick(pool.sentences), pool, random).replace(/[.]$/, '');
  const day = 1 + (index % 28);
  const month = ['January', 'March', 'May', 'July', 'September', 'November'][index % 6];
  const paragraphs: string[] = [];
  for (let i = 0; i < body.length; i += 3) paragraphs.push(body.slice(i, i + 3).join(' '));
  paragraphs[0] = `${pick(pool.capitals).toUpperCase()}: ${paragraphs[0]}`;
  return `${title}\n\nUpdated ${day} ${month} 2025\n\n${paragraphs.join('\n\n')}\n`;
}

/** Writes a corpus of `size` articles under `dir` (100 per folder, as a desk's archive would be); returns its bytes. */
export async function writeCorpus(root: string, dir: string, size: number, seed = 20261125): Promise<number> {
  const pool = await loadSentencePool(root);
  const random = rng(seed);
  let bytes = 0;
  for (let i = 0; i < size; i++) {
    const sub = join(dir, String(Math.floor(i / 100)).padStart(4, '0'));
    if (i % 100 === 0) await mkdir(sub, { recursive: true });
    const text = makeArticle(pool, random, i);
    bytes += Buffer.byteLength(text);
    await writeFile(join(sub, `article-${String(i).padStart(6, '0')}.txt`), text);
  }
  return bytes;
}
