// Dated offices: one HOLDS_OFFICE edge per person, title and country (or organisation),
// widened to the first and last dates it was seen, with the articles that say so.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
CALL (p, row) {
  OPTIONAL MATCH (c:Country {code: row.country})
  OPTIONAL MATCH (o:Organization {id: row.organization})
  WITH p, row, coalesce(o, c) AS holder
  WHERE holder IS NOT NULL
  WITH p, row, holder, CASE WHEN row.seen IS NULL THEN null ELSE date(row.seen) END AS seen
  MERGE (p)-[h:HOLDS_OFFICE {title: row.title}]->(holder)
  ON CREATE SET h.titleOriginal = row.titleOriginal, h.firstSeen = seen, h.lastSeen = seen, h.sources = [row.articleId]
  ON MATCH SET
    h.firstSeen = CASE WHEN seen IS NOT NULL AND (h.firstSeen IS NULL OR seen < h.firstSeen) THEN seen ELSE h.firstSeen END,
    h.lastSeen = CASE WHEN seen IS NOT NULL AND (h.lastSeen IS NULL OR seen > h.lastSeen) THEN seen ELSE h.lastSeen END,
    h.sources = CASE WHEN row.articleId IN h.sources THEN h.sources ELSE h.sources + row.articleId END
}
RETURN count(p) AS written
