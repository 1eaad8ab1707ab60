// Events already in the graph that a report may join: those with one of the reports' merge keys
// (type + participants, or type + countries when no one is named) and those with one of their
// country keys (type + countries), with every person who took part, so that the writer can
// match a report naming only some of the participants. The writer then checks dates and
// participants to decide on "same encounter" (ingest/writer/eventIdentity.ts). An event whose
// date an analyst corrected is matched on the date its reports gave (extractedDate). In id order:
// the writer takes the first event that fits, so the same graph and batch always give the same answer.
// Each probe bounds the dates kept (ingest/writer/candidateProbes.ts: the dates a day either
// side, the same month-days, the month and the year of a report's date; every date for a
// yearless or undated report): a key's events are still read, but only by their date, and those
// no report of the batch can join are dropped before their participants are collected and
// returned (a country pair has thousands of events, of which a batch can join a handful).
CALL () {
  UNWIND $mergeProbes AS probe
  MATCH (e:Event {mergeKey: probe.key})
  WITH e, probe, coalesce(e.extractedDate, e.date) AS d
  WHERE probe.scan OR d IN probe.days OR any(prefix IN probe.prefixes WHERE d STARTS WITH prefix)
  RETURN e
  UNION
  UNWIND $countryProbes AS probe
  MATCH (e:Event {countryKey: probe.key})
  WITH e, probe, coalesce(e.extractedDate, e.date) AS d
  WHERE probe.scan OR d IN probe.days OR any(prefix IN probe.prefixes WHERE d STARTS WITH prefix)
  RETURN e
}
RETURN e.id AS id, e.mergeKey AS mergeKey, e.countryKey AS countryKey, coalesce(e.extractedDate, e.date) AS date, e.datePrecision AS datePrecision,
       COLLECT { MATCH (p:Person)-[:PARTICIPATED_IN]->(e) RETURN p.id ORDER BY p.id } AS personIds
ORDER BY id
