// The countries taking part in each event with their side, batched over event ids.
UNWIND $ids AS id
MATCH (:Event {id: id})-[i:INVOLVES]->(c:Country)
WITH id, i, c
ORDER BY id, c.code
RETURN id AS eventId,
       collect({
         country: c {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion},
         side: i.side
       }) AS countries
