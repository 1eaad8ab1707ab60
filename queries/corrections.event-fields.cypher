// The fields of an event that a split copies onto the event it splits off (and a merge records,
// so that its revert can make the merged event again), and the articles reporting it.
MATCH (e:Event {id: $id})
RETURN e {.mergeKey, .countryKey, .type, .status, .date, .datePrecision, sortDate: toString(e.sortDate), .title,
          .confidence, .plover, .ploverMode, .cameo, .setting, .extractedDate} AS fields,
       COLLECT { MATCH (e)-[:REPORTED_IN]->(a:Article) RETURN a.id ORDER BY a.id } AS articleIds
