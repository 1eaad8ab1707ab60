// Events already in the graph that a report may join: those with one of the reports' merge keys
// (type + participants, or type + countries when no one is named) and those with one of their
// country keys (type + countries), with every person who took part, so that the writer can
// match a report naming only some of the participants. The writer then checks dates and
// participants to decide on "same encounter" (ingest/writer/eventIdentity.ts). In id order:
// the writer takes the first event that fits, so the same graph and batch always give the same answer.
// Each probe bounds the dates read (ingest/writer/candidateProbes.ts): index seeks on
// (key, date) for the exact dates and prefixes a report's date may join, so a batch reads the
// events near its dates rather than every event of a country pair; a yearless or undated
// report (`scan`) reads every event of its key. An event whose date an analyst corrected is
// matched on the date its reports gave (extractedDate): those few are all read. The hints keep
// the seeks on the (key, date) indexes whatever the statistics say (an index of a few corrected
// events is otherwise scanned whole for each probe).
CALL () {
  UNWIND $mergeProbes AS probe
  UNWIND probe.days AS day
  MATCH (e:Event) USING INDEX e:Event(mergeKey, date)
  WHERE e.mergeKey = probe.key AND e.date = day
  RETURN e
  UNION
  UNWIND $mergeProbes AS probe
  UNWIND probe.prefixes AS prefix
  MATCH (e:Event) USING INDEX e:Event(mergeKey, date)
  WHERE e.mergeKey = probe.key AND e.date STARTS WITH prefix
  RETURN e
  UNION
  MATCH (e:Event) USING INDEX e:Event(mergeKey, extractedDate)
  WHERE e.mergeKey IN [p IN $mergeProbes | p.key] AND e.extractedDate IS NOT NULL
  RETURN e
  UNION
  UNWIND [p IN $mergeProbes WHERE p.scan] AS probe
  MATCH (e:Event {mergeKey: probe.key})
  RETURN e
  UNION
  UNWIND $countryProbes AS probe
  UNWIND probe.days AS day
  MATCH (e:Event) USING INDEX e:Event(countryKey, date)
  WHERE e.countryKey = probe.key AND e.date = day
  RETURN e
  UNION
  UNWIND $countryProbes AS probe
  UNWIND probe.prefixes AS prefix
  MATCH (e:Event) USING INDEX e:Event(countryKey, date)
  WHERE e.countryKey = probe.key AND e.date STARTS WITH prefix
  RETURN e
  UNION
  MATCH (e:Event) USING INDEX e:Event(countryKey, extractedDate)
  WHERE e.countryKey IN [p IN $countryProbes | p.key] AND e.extractedDate IS NOT NULL
  RETURN e
  UNION
  UNWIND [p IN $countryProbes WHERE p.scan] AS probe
  MATCH (e:Event {countryKey: probe.key})
  RETURN e
}
RETURN e.id AS id, e.mergeKey AS mergeKey, e.countryKey AS countryKey, coalesce(e.extractedDate, e.date) AS date, e.datePrecision AS datePrecision,
       COLLECT { MATCH (p:Person)-[:PARTICIPATED_IN]->(e) RETURN p.id ORDER BY p.id } AS personIds
ORDER BY id
