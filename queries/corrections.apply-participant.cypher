// Adds (present) or removes a person's part in events, in the order of the rows: the last
// correction of one person and event wins.
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
MATCH (p:Person {id: row.personId})
CALL (e, p, row) {
  WITH e, p, row WHERE row.present
  MERGE (p)-[pi:PARTICIPATED_IN]->(e)
  SET pi.role = row.role, pi.side = row.side, pi.country = row.country
}
CALL (e, p, row) {
  WITH e, p, row WHERE NOT row.present
  MATCH (p)-[pi:PARTICIPATED_IN]->(e)
  DELETE pi
}
RETURN count(*) AS applied
