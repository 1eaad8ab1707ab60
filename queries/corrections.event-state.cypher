// The state of one event that corrections change and record as "before": its own fields, its
// place, its participants and countries (with sides), topics and relations, and whether an
// analyst rejected it (then it is a RejectedEvent and these edges are kept in its correction).
OPTIONAL MATCH (live:Event {id: $id})
OPTIONAL MATCH (gone:RejectedEvent {id: $id})
WITH coalesce(live, gone) AS e, gone IS NOT NULL AS rejected
WHERE e IS NOT NULL
RETURN e.id AS id, rejected, e.type AS type, e.status AS status, e.date AS date, e.datePrecision AS datePrecision,
       e.plover AS plover, e.ploverMode AS ploverMode, e.cameo AS cameo,
       COLLECT { MATCH (e)-[:HELD_IN]->(pl:Place) RETURN pl.id ORDER BY pl.id }[0] AS placeId,
       COLLECT { MATCH (p:Person)-[pi:PARTICIPATED_IN]->(e)
                 RETURN {personId: p.id, role: pi.role, side: pi.side, country: pi.country} ORDER BY p.id } AS participants,
       COLLECT { MATCH (e)-[i:INVOLVES]->(c:Country) RETURN {code: c.code, side: i.side} ORDER BY c.code } AS countries,
       COLLECT { MATCH (e)-[:DISCUSSED]->(t:Topic) RETURN t.id ORDER BY t.id } AS topics,
       COLLECT { MATCH (e)-[:PART_OF]->(r:Relation) RETURN r.id ORDER BY r.id } AS relationIds,
       COLLECT { MATCH (e)-[:DURING]->(v:Event) RETURN v.id } AS duringIds,
       COUNT { (:Event)-[:DURING]->(e) } AS partCount
