// Node and relationship counts by label and type: ingest summaries and idempotence tests.
CALL () {
  MATCH (n) UNWIND labels(n) AS label RETURN label AS name, count(*) AS count, 'node' AS kind
  UNION ALL
  MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count, 'relationship' AS kind
}
RETURN kind, name, count
ORDER BY kind, name
