// What changed after a poller's cursor: the graph's change sequence value (head) and the ids
// of the events and relations stamped in (after, upTo], where upTo is at most $span values past
// the cursor (a bulk ingest is read a slice at a time), from the changeSeq indexes of
// schema/010-change-feed.cypher. A head below the cursor means the sequence started again (the
// graph was wiped): the slice then starts from 0. Stamps above upTo are left for the next poll.
OPTIONAL MATCH (s:ChangeSequence {id: 'graph'})
WITH coalesce(s.value, 0) AS head
WITH head, CASE WHEN head < $after THEN 0 ELSE $after END AS after
WITH head, after, CASE WHEN head < after + $span THEN head ELSE after + $span END AS upTo
CALL (after, upTo) {
  MATCH (e:Event)
  WHERE e.changeSeq > after AND e.changeSeq <= upTo
  RETURN collect(e.id) AS eventIds
}
CALL (after, upTo) {
  MATCH (r:Relation)
  WHERE r.changeSeq > after AND r.changeSeq <= upTo
  RETURN collect(r.id) AS relationIds
}
RETURN head, after, upTo, eventIds, relationIds
