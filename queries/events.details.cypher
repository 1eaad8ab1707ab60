// The details of the events of one API request (participants, countries, place, topics,
// sources), as the writer stored them: the JSON text of events.derive-details' tuple, kept on
// the event as detailsJson. Reading one property instead of deriving them in five subqueries
// per event took a fifth of Neo4j's CPU off a page of 20 events. Null for an event no writer
// has stored them on yet (the API then derives them; `db migrate` stores every missing one).
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id, e.detailsJson AS detailsJson
