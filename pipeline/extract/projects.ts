/**
 * Project mentions in one sentence: every named project (found by the entities engineer's
 * findProjectMentions, through hooks) with what the sentence says of it (kind, location,
 * developer) and its cost when a cost figure sits in the sentence ("the $7 billion X project").
 */
import type { Project } from '../tables.ts';
import { evidenceFor } from './evidence.ts';
import { factId } from './ids.ts';
import type { SentenceContext } from './context.ts';
import type { FactMention } from './mergeMentions.ts';

export function projectsIn(ctx: SentenceContext): FactMention<Project>[] {
  const { article, sentence } = ctx;
  const costs = ctx.money.filter((m) => m.role.role === 'cost');
  return ctx.projects.map((mention) => {
    const described = ctx.hooks.describeProject(sentence.text, mention);
    // The cost figure nearest this name, if no other project is nearer to it.
    const cost = costs
      .map((c) => ({ c, d: Math.min(Math.abs(c.money.end - mention.start), Math.abs(mention.end - c.money.start)) }))
      .filter(({ c, d }) => ctx.projects.every((other) => other === mention || Math.min(Math.abs(c.money.end - other.start), Math.abs(other.end - c.money.start)) >= d))
      .sort((a, b) => a.d - b.d)[0]?.c;
    const start = cost ? Math.min(cost.money.start, mention.start) : mention.start;
    const end = cost ? Math.max(cost.money.end, mention.end) : mention.end;
    const evidence = evidenceFor(article, sentence, start, end);
    return {
      row: {
        project_id: factId('pr', article, sentence, mention.start, mention.end),
        article_id: article.article_id,
        name: mention.name,
        aliases: null,
        kind: mention.kind,
        location: described.location,
        country: described.country,
        cost: cost?.money.value ?? null,
        currency: cost ? cost.money.currency : null,
        developer: described.developer,
        evidence_id: evidence.evidence_id,
        quote: sentence.text,
      },
      evidence,
      position: ctx.position,
      headline: ctx.headline,
    };
  });
}
