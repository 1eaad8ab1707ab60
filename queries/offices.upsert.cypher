// Dated offices: one HOLDS_OFFICE edge per person, title and country (or organisation),
// widened to the first and last dates it was seen, with the articles that say so. One row per
// edge and batch (ingest/writer/officeEdges.ts folds a batch's sightings of one office):
// the edge's `sources` list, which grows with every article showing the office, is then read
// and written once per batch rather than once per article.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
CALL (p, row) {
  OPTIONAL MATCH (c:Country {code: row.country})
  OPTIONAL MATCH (o:Organization {id: row.organization})
  WITH p, row, coalesce(o, c) AS holder
  WHERE holder IS NOT NULL
  WITH p, row, holder,
       CASE WHEN row.firstSeen IS NULL THEN null ELSE date(row.firstSeen) END AS first,
       CASE WHEN row.lastSeen IS NULL THEN null ELSE date(row.lastSeen) END AS last
  MERGE (p)-[h:HOLDS_OFFICE {title: row.title}]->(holder)
  ON CREATE SET h.titleOriginal = row.titleOriginal, h.firstSeen = first, h.lastSeen = last, h.sources = row.articleIds
  ON MATCH SET
    h.firstSeen = CASE WHEN first IS NOT NULL AND (h.firstSeen IS NULL OR first < h.firstSeen) THEN first ELSE h.firstSeen END,
    h.lastSeen = CASE WHEN last IS NOT NULL AND (h.lastSeen IS NULL OR last > h.lastSeen) THEN last ELSE h.lastSeen END,
    h.sources = h.sources + [id IN row.articleIds WHERE NOT id IN h.sources]
}
RETURN count(p) AS written
