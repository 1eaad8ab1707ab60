import type { OfficeEdgeRow, OfficeRow } from '../../src/graph/catalog/ingestQueries.js';

/**
 * A batch's office sightings folded into one row per HOLDS_OFFICE edge (person, title and
 * country or organisation), in the order each edge is first seen: the earliest and latest
 * dates seen (nulls ignored), the title as first written, and the articles in order without
 * repeats. offices.upsert gives from it the edge that applying the sightings one by one gives.
 */
export function officeEdges(rows: readonly OfficeRow[]): OfficeEdgeRow[] {
  const edges = new Map<string, OfficeEdgeRow & { articleIds: string[] }>();
  for (const row of rows) {
    const key = `${row.personId}\u0000${row.title}\u0000${row.country ?? ''}\u0000${row.organization ?? ''}`;
    const edge = edges.get(key);
    if (!edge) {
      edges.set(key, {
        personId: row.personId,
        title: row.title,
        titleOriginal: row.titleOriginal,
        country: row.country,
        organization: row.organization,
        firstSeen: row.seen,
        lastSeen: row.seen,
        articleIds: [row.articleId],
      });
      continue;
    }
    if (row.seen !== null && (edge.firstSeen === null || row.seen < edge.firstSeen)) edge.firstSeen = row.seen;
    if (row.seen !== null && (edge.lastSeen === null || row.seen > edge.lastSeen)) edge.lastSeen = row.seen;
    if (!edge.articleIds.includes(row.articleId)) edge.articleIds.push(row.articleId);
  }
  return [...edges.values()];
}
