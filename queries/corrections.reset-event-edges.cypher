// Sets the countries, participants, topics, place and relations of events to exactly the given
// ones (a split-off event's, or a kept event's as they were before a merge now reverted), with
// the event's date copied onto the edges as the writer does.
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
CALL (e) {
  MATCH (e)-[x:INVOLVES|DISCUSSED|HELD_IN|PART_OF]->()
  DELETE x
}
CALL (e) {
  MATCH ()-[x:PARTICIPATED_IN]->(e)
  DELETE x
}
CALL (e, row) {
  UNWIND row.countries AS c
  MATCH (k:Country {code: c.code})
  CREATE (e)-[:INVOLVES {side: c.side, country: c.code, sortDate: e.sortDate, undated: CASE WHEN e.sortDate IS NULL THEN true END}]->(k)
}
CALL (e, row) {
  UNWIND row.participants AS p
  MATCH (x:Person {id: p.personId})
  CREATE (x)-[:PARTICIPATED_IN {role: p.role, side: p.side, country: p.country}]->(e)
}
CALL (e, row) {
  UNWIND row.topics AS topicId
  MATCH (t:Topic {id: topicId})
  CREATE (e)-[:DISCUSSED {topic: topicId, sortDate: e.sortDate}]->(t)
}
CALL (e, row) {
  MATCH (pl:Place {id: row.placeId})
  CREATE (e)-[:HELD_IN]->(pl)
}
CALL (e, row) {
  UNWIND row.relationIds AS relationId
  MERGE (r:Relation {id: relationId})
  ON CREATE SET r.eventCount = 0
  CREATE (e)-[:PART_OF {relation: relationId, sortDate: e.sortDate}]->(r)
  WITH r, split(relationId, '-') AS pair
  MATCH (ca:Country {code: pair[0]}), (cb:Country {code: pair[1]})
  MERGE (r)-[:BETWEEN]->(ca)
  MERGE (r)-[:BETWEEN]->(cb)
}
RETURN e.id AS id
