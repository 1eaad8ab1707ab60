// Where each event was held, batched over event ids; events without a place give no row.
UNWIND $ids AS id
MATCH (:Event {id: id})-[:HELD_IN]->(pl:Place)
RETURN id AS eventId, pl {.id, .name, countryCode: pl.country} AS place
