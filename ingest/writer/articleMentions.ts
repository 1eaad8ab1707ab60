import type { ArticleMentionsRow, MentionRows } from '../../src/graph/catalog/ingestQueries.js';

const KINDS = ['persons', 'countries', 'organizations', 'places', 'topics'] as const;

/**
 * A batch's mentions regrouped by article, in the order articles first appear, each kind's
 * mentions in their order: mentions.upsert then looks each article up once, not once per
 * mention. The edges written are the same.
 */
export function articleMentions(mentions: MentionRows): ArticleMentionsRow[] {
  const byArticle = new Map<string, ArticleMentionsRow>();
  for (const kind of KINDS) {
    for (const { articleId, id, count } of mentions[kind]) {
      let row = byArticle.get(articleId);
      if (!row) {
        row = { articleId, persons: [], countries: [], organizations: [], places: [], topics: [] };
        byArticle.set(articleId, row);
      }
      row[kind].push({ id, count });
    }
  }
  return [...byArticle.values()];
}
