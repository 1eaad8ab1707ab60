// Sets the type of events (with the PLOVER and CAMEO codes of that type). The merge and
// country keys stay those of the extraction, so that later reports of the event still find it.
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
SET e.type = row.type, e.plover = row.plover, e.ploverMode = row.ploverMode, e.cameo = row.cameo
RETURN count(e) AS applied
