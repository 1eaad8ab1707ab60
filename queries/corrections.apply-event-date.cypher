// Sets the date of events, and its copies on their INVOLVES, PART_OF and DISCUSSED edges
// (schema/005-edge-indexes.cypher). The date the extraction gave is kept as extractedDate:
// later reports of the event are matched against it (events.candidates), not against the
// corrected one, so that a report of the original date still joins this event.
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
SET e.extractedDate = CASE WHEN e.extractedDate IS NULL AND e.date IS NOT NULL THEN e.date ELSE e.extractedDate END,
    e.date = row.date,
    e.datePrecision = row.datePrecision,
    e.sortDate = CASE WHEN row.sortDate IS NULL THEN null ELSE date(row.sortDate) END
WITH e
CALL (e) {
  MATCH (e)-[x:INVOLVES|PART_OF|DISCUSSED]->()
  SET x.sortDate = e.sortDate,
      x.undated = CASE WHEN type(x) = 'INVOLVES' AND e.sortDate IS NULL THEN true END
}
RETURN count(e) AS applied
