// Rejects events that are not events: each becomes a RejectedEvent, which no query of the API,
// the exports or the figures reads, and loses its edges to countries, persons, topics, places,
// relations and other events (its correction keeps them, for a revert). Its REPORTED_IN edges
// stay: the articles still say what they say, and the writer drops their reports of it.
// The events linked to it by DURING are returned: their standing as encounters changes.
UNWIND $ids AS id
MATCH (e:Event {id: id})
WITH e, COLLECT { MATCH (e)-[:DURING]-(x:Event) RETURN DISTINCT x.id } AS linkedIds
CALL (e) {
  MATCH (e)-[x:INVOLVES|PART_OF|DISCUSSED|HELD_IN|DURING]-()
  DELETE x
}
CALL (e) {
  MATCH ()-[x:PARTICIPATED_IN]->(e)
  DELETE x
}
REMOVE e:Event
SET e:RejectedEvent
RETURN e.id AS id, linkedIds
