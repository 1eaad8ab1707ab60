// Events already in the graph that a report may join: those with one of these merge keys (type
// + participants, or type + countries when no one is named) and those with one of these
// country keys (type + countries), with every person who took part, so that the writer can
// match a report naming only some of the participants. The writer then checks dates and
// participants to decide on "same encounter" (ingest/writer/eventIdentity.ts). An event whose
// date an analyst corrected is matched on the date its reports gave (extractedDate). In id order:
// the writer takes the first event that fits, so the same graph and batch always give the same answer.
CALL () {
  UNWIND $mergeKeys AS key
  MATCH (e:Event {mergeKey: key})
  RETURN e
  UNION
  UNWIND $countryKeys AS key
  MATCH (e:Event {countryKey: key})
  RETURN e
}
RETURN e.id AS id, e.mergeKey AS mergeKey, e.countryKey AS countryKey, coalesce(e.extractedDate, e.date) AS date, e.datePrecision AS datePrecision,
       COLLECT { MATCH (p:Person)-[:PARTICIPATED_IN]->(e) RETURN p.id ORDER BY p.id } AS personIds
ORDER BY id
