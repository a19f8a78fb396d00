/**
 * mentionsOf and canonicalMentionsOf gather the mentions of every sentence in one loop: they must
 * give what `contexts.flatMap(find)` (then `.map(withCanonicalProject)`) gave, in the same order,
 * with a mention left as it is when its project is already canonical.
 */
import { describe, expect, it } from 'vitest';
import { canonicalMentionsOf, mentionsOf } from '../../pipeline/extract/article.ts';
import { NO_ENTITIES, type SentenceContext } from '../../pipeline/extract/context.ts';
import type { FactMention } from '../../pipeline/extract/mergeMentions.ts';
import { NO_RATES } from '../../pipeline/extract/sizes.ts';

type Row = { id: string; project: string | null };

function context(position: number): SentenceContext {
  return {
    article: { article_id: 'a', source_file: 'x', part: 1, title: null, published: null, dateline: null, outlet: null, url: null, chars: 0, text_sha256: 'f'.repeat(64), text: '' },
    sentence: { article_id: 'a', sentence_id: `a-s${position}`, start: position * 10, end: position * 10 + 9, text: `sentence ${position}` },
    position,
    headline: false,
    previous: [],
    following: [],
    next: null,
    earlier: [],
    money: [],
    projects: [],
    articleProject: null,
    hooks: NO_ENTITIES,
    rates: NO_RATES,
  };
}

function mention(id: string, project: string | null, position: number): FactMention<Row> {
  return {
    row: { id, project },
    evidence: { evidence_id: `e${id}`, article_id: 'a', sentence_id: `a-s${position}`, start: position * 10, end: position * 10 + 3, surface: 'x', sentence: `sentence ${position}` },
    position,
    headline: false,
  };
}

// Mentions by sentence position: none, one, several.
const BY_POSITION: Record<number, [string, string | null][]> = {
  0: [],
  1: [['1', 'Lakevew']],
  2: [['2', null], ['3', 'Lakeview'], ['4', 'Kipeto project']],
  3: [],
  4: [['5', 'Other']],
};
const find = (ctx: SentenceContext) => (BY_POSITION[ctx.position] ?? []).map(([id, project]) => mention(id, project, ctx.position));
const canonical = (name: string | null) => (name === 'Lakevew' ? 'Lakeview' : name === 'Kipeto project' ? 'Kipeto' : name);

describe('mentionsOf', () => {
  const cases: [string, number[], string[]][] = [
    ['no sentence', [], []],
    ['sentences without mentions', [0, 3], []],
    ['in sentence order', [1, 2, 4], ['1', '2', '3', '4', '5']],
    ['in the order of the contexts given', [4, 1], ['5', '1']],
  ];
  it.each(cases)('%s', (_name, positions, ids) => {
    const contexts = positions.map(context);
    expect(mentionsOf(contexts, find).map((m) => m.row.id)).toEqual(ids);
    expect(mentionsOf(contexts, find)).toEqual(contexts.flatMap(find));
  });
});

describe('canonicalMentionsOf', () => {
  const cases: [string, number[], [string, string | null][]][] = [
    ['no sentence', [], []],
    ['projects made canonical, in order', [1, 2, 4], [['1', 'Lakeview'], ['2', null], ['3', 'Lakeview'], ['4', 'Kipeto'], ['5', 'Other']]],
  ];
  it.each(cases)('%s', (_name, positions, rows) => {
    const contexts = positions.map(context);
    const got = canonicalMentionsOf(contexts, find, canonical);
    expect(got.map((m) => [m.row.id, m.row.project])).toEqual(rows);
    const viaFlatMap = contexts.flatMap(find).map((m) => {
      const project = canonical(m.row.project);
      return project === m.row.project ? m : { ...m, row: { ...m.row, project } };
    });
    expect(got).toEqual(viaFlatMap);
  });

  it('leaves a mention whose project is already canonical as it is', () => {
    const m = mention('9', 'Lakeview', 0);
    const got = canonicalMentionsOf([context(0)], () => [m], canonical);
    expect(got[0]).toBe(m);
  });
});
