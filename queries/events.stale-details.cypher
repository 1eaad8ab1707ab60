// The events whose stored details (Event.detailsJson) a write made stale: the events it wrote
// or detached an article from, and every event of the persons, places and topics whose shown
// properties (names, aliases, country, labels) it changed. A renamed person's every event is
// refreshed: their name is in each one's details.
CALL () {
  UNWIND $eventIds AS id
  MATCH (e:Event {id: id})
  RETURN e
  UNION
  UNWIND $personIds AS id
  MATCH (:Person {id: id})-[:PARTICIPATED_IN]->(e:Event)
  RETURN e
  UNION
  UNWIND $placeIds AS id
  MATCH (:Place {id: id})<-[:HELD_IN]-(e:Event)
  RETURN e
  UNION
  UNWIND $topicIds AS id
  MATCH (:Topic {id: id})<-[:DISCUSSED]-(e:Event)
  RETURN e
}
RETURN e.id AS id
