// Every node and relationship with all its properties, keyed by the key of its label (id, code,
// key or seq): what the writer wrote, for tests that compare two writes of the same articles
// property by property (test/helpers/graphDump.ts drops the clock's values). The change log and
// the ingest lock are bookkeeping, not content, as in graph.counts.
CALL () {
  MATCH (n) WHERE NOT n:ChangeLog AND NOT n:ChangeSequence AND NOT n:IngestLock
  RETURN 'node' AS kind, labels(n) AS labels, null AS type, null AS from, null AS to, properties(n) AS props
  UNION ALL
  MATCH (a)-[r]->(b)
  WHERE NOT a:ChangeLog AND NOT a:ChangeSequence AND NOT a:IngestLock
  RETURN 'relationship' AS kind, null AS labels, type(r) AS type,
         coalesce(a.id, a.code, a.key, toString(a.seq)) AS from, coalesce(b.id, b.code, b.key, toString(b.seq)) AS to, properties(r) AS props
}
RETURN kind, labels, type, from, to, props
