// Sets whether events took place or are announced.
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
SET e.status = row.status
RETURN count(e) AS applied
