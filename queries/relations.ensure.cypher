// The relations (one per country pair) that a batch's events join, each with its BETWEEN edges
// to its two countries: once per pair and batch, before events.create and events.upsert link
// events to them (they did it once per event and pair). A relation no event joins in the end
// (its reports were rejected) is removed by relations.refresh in the same transaction.
UNWIND $rows AS pair
MERGE (r:Relation {id: pair.id})
ON CREATE SET r.eventCount = 0
WITH r, pair
MATCH (ca:Country {code: pair.a}), (cb:Country {code: pair.b})
MERGE (r)-[:BETWEEN]->(ca)
MERGE (r)-[:BETWEEN]->(cb)
RETURN count(r) AS written
