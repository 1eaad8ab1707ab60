// Node and relationship counts by label and type: ingest summaries and idempotence tests.
// The change log of live updates (ChangeSequence, ChangeLog) and the ingest lock (IngestLock)
// are bookkeeping, not content: a write that changes nothing in the graph may still record
// that it ran, so they are not counted.
CALL () {
  MATCH (n) WHERE NOT n:ChangeLog AND NOT n:ChangeSequence AND NOT n:IngestLock
  UNWIND labels(n) AS label RETURN label AS name, count(*) AS count, 'node' AS kind
  UNION ALL
  MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count, 'relationship' AS kind
}
RETURN kind, name, count
ORDER BY kind, name
