// Relation figures recomputed from scratch from the events, for checking the maintained
// values (tests and `diplograph db check`).
MATCH (r:Relation)
OPTIONAL MATCH (e:Event)-[:PART_OF]->(r)
WITH r, count(e) AS n, min(e.sortDate) AS first, max(e.sortDate) AS last
RETURN r.id AS id, r.eventCount AS eventCount, n AS recomputedCount,
       r.firstDate AS firstDate, first AS recomputedFirst, r.lastDate AS lastDate, last AS recomputedLast
ORDER BY id
