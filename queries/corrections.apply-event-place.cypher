// Sets the place of events (a null placeId: no known place), replacing whatever the reports gave.
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
CALL (e) {
  MATCH (e)-[h:HELD_IN]->()
  DELETE h
}
CALL (e, row) {
  MATCH (pl:Place {id: row.placeId})
  MERGE (e)-[:HELD_IN]->(pl)
}
RETURN count(e) AS applied
