// What changed after a poller's cursor: the graph's change sequence value (head) and the first
// $span change log entries above $after, in sequence order, from the ChangeLog seq index of
// schema/010-change-feed.cypher. A head below the cursor means the sequence started again (the
// graph was wiped): the entries then start from 0. The poller takes only the entries that
// follow its cursor without a gap (a concurrent commit may be visible in part while it is read).
OPTIONAL MATCH (s:ChangeSequence {id: 'graph'})
WITH coalesce(s.value, 0) AS head
WITH head, CASE WHEN head < $after THEN 0 ELSE $after END AS after
OPTIONAL MATCH (c:ChangeLog)
WHERE c.seq > after
WITH head, after, c
ORDER BY c.seq
LIMIT $span
RETURN head, after, collect(c {.seq, .eventIds, .relationIds, at: toString(c.at)}) AS changes
