/**
 * Never throws on text: the whole pipeline, on a corpus of random and mutated articles, finishes
 * with every input either read into articles or named in `rejected`, and every fact row pointing
 * at evidence that slices back out of its article.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../pipeline/run.ts';
import { readCsv } from '../pipeline/io/csv.ts';
import { silentLogger } from '../pipeline/env.ts';

const seeds = await Promise.all(
  (await readdir('data/articles')).sort().map((name) => readFile(join('data/articles', name))),
);

/** Ways a real article gets damaged on its way to us: cut, spliced, re-encoded, sprinkled with odd characters. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 60 }) }),
  fc.record({ kind: fc.constant('rtl' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('numbers' as const), at: fc.nat(), n: fc.double({ noNaN: false }) }),
);

function mutate(bytes: Buffer, steps: readonly unknown[]): Buffer {
  let out = Buffer.from(bytes);
  for (const step of steps as { kind: string; at: number; byte?: number; text?: string; n?: number }[]) {
    const at = out.length === 0 ? 0 : step.at % out.length;
    switch (step.kind) {
      case 'truncate':
        out = out.subarray(0, at);
        break;
      case 'flip':
        if (out.length > 0) out[at] = step.byte!;
        break;
      case 'insert':
        out = Buffer.concat([out.subarray(0, at), Buffer.from(step.text!), out.subarray(at)]);
        break;
      case 'rtl':
        out = Buffer.concat([out.subarray(0, at), Buffer.from('\u202e\u0627\u0644\u0635\u0646\u062f\u0648\u0642 ٣٫٥ مليار دولار\u202c'), out.subarray(at)]);
        break;
      case 'numbers':
        out = Buffer.concat([out.subarray(0, at), Buffer.from(` $${step.n} billion, ${step.n}% of 1e308 jobs `), out.subarray(at)]);
        break;
    }
  }
  return out;
}

describe('the pipeline on random and mutated articles', () => {
  test('every input is either extracted or rejected, and all evidence slices back out of its article', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ seed: fc.nat(), steps: fc.array(mutation, { maxLength: 4 }) }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.string({ unit: 'grapheme', maxLength: 300 }), { maxLength: 3 }),
        async (mutated, randomTexts) => {
          const input = await mkdtemp(join(tmpdir(), 'pledgebook-prop-in-'));
          const names: string[] = [];
          for (const [i, m] of mutated.entries()) {
            const name = `mutated-${i}.txt`;
            await writeFile(join(input, name), mutate(seeds[m.seed % seeds.length]!, m.steps));
            names.push(name);
          }
          for (const [i, text] of randomTexts.entries()) {
            const name = `random-${i}.md`;
            await writeFile(join(input, name), text);
            names.push(name);
          }
          const out = await mkdtemp(join(tmpdir(), 'pledgebook-prop-out-'));
          const { tables } = await runPipeline(
            {
              input, out, referenceDir: 'data/reference', correctionsPath: join(out, 'none.csv'), countFrom: 'pledged',
              maxArticleBytes: 1 << 20, workers: 0, cache: false, pdf: false, reports: false,
            },
            { now: () => new Date('2026-01-01T00:00:00Z'), log: silentLogger },
          );
          const seen = new Set([...tables.articles.map((a) => a.source_file), ...tables.rejected.map((r) => r.file)]);
          expect(names.filter((n) => !seen.has(n))).toEqual([]);
          // The run holds facts, not texts: each article's text is read back from articles.csv.
          const written = await readCsv(join(out, 'tables', 'articles.csv'));
          expect(written.map((a) => a.article_id)).toEqual(tables.articles.map((a) => a.article_id));
          const text = new Map(written.map((a) => [a.article_id!, a.text!]));
          for (const e of tables.evidence) {
            expect(text.get(e.article_id)!.slice(e.start, e.end)).toBe(e.surface);
            expect(text.get(e.article_id)!).toContain(e.sentence);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
