// Stores each event's derived details (the JSON text of events.derive-details' tuple) on it.
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
SET e.detailsJson = row.json
RETURN count(e) AS stored
