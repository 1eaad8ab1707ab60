// The topics discussed at each event, batched over event ids.
UNWIND $ids AS id
MATCH (:Event {id: id})-[:DISCUSSED]->(t:Topic)
WITH id, t
ORDER BY id, t.id
RETURN id AS eventId, collect(t {.id, .label, .labelFr, .context, .broader}) AS topics
