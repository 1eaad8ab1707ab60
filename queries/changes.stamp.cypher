// Records what a write transaction changed in the change log that the API's subscriptions
// (eventChanged, relationChanged) poll, so they see writes from any process or machine: the
// next value of the graph's change sequence, and one ChangeLog node holding it with the ids of
// the events and relations changed. The sequence node is locked (the SET of _lock) before its
// value is read, and Neo4j holds the lock until commit: writers take values in commit order,
// without gaps. Run last in its transaction, to hold the lock only for the commit; a write that
// changed nothing takes no value (and no lock). Entries 10,000 values old are pruned, 100 at a time.
UNWIND CASE WHEN size($eventIds) + size($relationIds) > 0 THEN [1] ELSE [] END AS changed
MERGE (s:ChangeSequence {id: 'graph'})
SET s._lock = true
WITH s
SET s.value = coalesce(s.value, 0) + 1
REMOVE s._lock
WITH s.value AS seq
CREATE (:ChangeLog {seq: seq, eventIds: $eventIds, relationIds: $relationIds, at: datetime.realtime()})
WITH seq
CALL (seq) {
  MATCH (old:ChangeLog)
  WHERE old.seq <= seq - 10000
  WITH old LIMIT 100
  DELETE old
  RETURN count(*) AS pruned
}
RETURN seq, pruned
