// Stamps the events and relations a write transaction changed with the next value of the
// graph's change sequence; the API's subscriptions (eventChanged, relationChanged) poll for
// stamps above the last one they saw, so they see writes from any process or machine.
// The sequence node is locked (the SET of _lock) before its value is read, and Neo4j holds
// the lock until commit: writers take values in commit order, so a poller never sees a value
// while a smaller one is still uncommitted. Run last in its transaction, to hold the lock only
// for the commit; a write that changed nothing takes no value (and no lock).
UNWIND CASE WHEN size($eventIds) + size($relationIds) > 0 THEN [1] ELSE [] END AS changed
MERGE (s:ChangeSequence {id: 'graph'})
SET s._lock = true
WITH s
SET s.value = coalesce(s.value, 0) + 1
REMOVE s._lock
WITH s.value AS seq
CALL (seq) {
  UNWIND $eventIds AS id
  MATCH (e:Event {id: id})
  SET e.changeSeq = seq
  RETURN count(e) AS events
}
CALL (seq) {
  UNWIND $relationIds AS id
  MATCH (r:Relation {id: id})
  SET r.changeSeq = seq
  RETURN count(r) AS relations
}
RETURN seq, events, relations
