// Reverts the rejection of events: each is an Event again, with the edges it had when it was
// rejected (from its correction's "before"), the dates copied onto them as the writer does.
UNWIND $rows AS row
MATCH (e:RejectedEvent {id: row.id})
REMOVE e:RejectedEvent
SET e:Event
WITH e, row
CALL (e, row) {
  UNWIND row.countries AS c
  MATCH (k:Country {code: c.code})
  MERGE (e)-[i:INVOLVES]->(k)
  SET i.side = c.side, i.country = c.code, i.sortDate = e.sortDate, i.undated = CASE WHEN e.sortDate IS NULL THEN true END
}
CALL (e, row) {
  UNWIND row.participants AS p
  MATCH (x:Person {id: p.personId})
  MERGE (x)-[pi:PARTICIPATED_IN]->(e)
  SET pi.role = p.role, pi.side = p.side, pi.country = p.country
}
CALL (e, row) {
  UNWIND row.topics AS topicId
  MATCH (t:Topic {id: topicId})
  MERGE (e)-[d:DISCUSSED]->(t)
  SET d.topic = topicId, d.sortDate = e.sortDate
}
CALL (e, row) {
  MATCH (pl:Place {id: row.placeId})
  MERGE (e)-[:HELD_IN]->(pl)
}
CALL (e, row) {
  UNWIND row.relationIds AS relationId
  MERGE (r:Relation {id: relationId})
  ON CREATE SET r.eventCount = 0
  MERGE (e)-[po:PART_OF]->(r)
  SET po.relation = relationId, po.sortDate = e.sortDate
  WITH r, split(relationId, '-') AS pair
  MATCH (ca:Country {code: pair[0]}), (cb:Country {code: pair[1]})
  MERGE (r)-[:BETWEEN]->(ca)
  MERGE (r)-[:BETWEEN]->(cb)
}
RETURN e.id AS id
