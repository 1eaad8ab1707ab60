// Recomputes the counts and date span of the given relations from their events, so they stay
// right as events arrive, merge or are re-derived; a relation left without events is removed.
UNWIND $ids AS id
MATCH (r:Relation {id: id})
CALL (r) {
  OPTIONAL MATCH (e:Event)-[:PART_OF]->(r)
  RETURN count(e) AS n,
         count(CASE WHEN e.status = 'occurred' THEN 1 END) AS occurred,
         min(e.sortDate) AS first,
         max(e.sortDate) AS last
}
SET r.eventCount = n, r.occurredCount = occurred, r.firstDate = first, r.lastDate = last
WITH r, n
CALL (r, n) {
  WITH r WHERE n = 0
  DETACH DELETE r
}
RETURN count(*) AS refreshed
