// Data migration for schema/005-edge-indexes.cypher: copies the country code, relation id or
// topic id and the event's date onto the INVOLVES, PART_OF and DISCUSSED edges of a graph
// written before the writer did it, in transactions of 10,000 edges (an auto-commit query:
// `migrate` runs it once, recorded by a Migration node, so later start-ups skip the scan of
// every edge).
OPTIONAL MATCH (done:Migration {id: 'edge-keys'})
WITH done WHERE done IS NULL
MATCH (e:Event)-[x:INVOLVES|PART_OF|DISCUSSED]->(n)
WHERE x.country IS NULL AND x.relation IS NULL AND x.topic IS NULL
CALL (e, x, n) {
  SET x.country = CASE WHEN type(x) = 'INVOLVES' THEN n.code END,
      x.relation = CASE WHEN type(x) = 'PART_OF' THEN n.id END,
      x.topic = CASE WHEN type(x) = 'DISCUSSED' THEN n.id END,
      x.sortDate = e.sortDate,
      x.undated = CASE WHEN type(x) = 'INVOLVES' AND e.sortDate IS NULL THEN true END
} IN TRANSACTIONS OF 10000 ROWS
WITH count(*) AS edges
MERGE (m:Migration {id: 'edge-keys'})
ON CREATE SET m.appliedAt = datetime(), m.edges = edges
RETURN edges
