// For each relation, the topics discussed in its events, most discussed first, batched over
// relation ids.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Relation {id: id})<-[:PART_OF]-(e:Event)-[:DISCUSSED]->(t:Topic)
  WITH t, count(DISTINCT e) AS n
  ORDER BY n DESC, t.id
  LIMIT $limit
  RETURN collect({topic: t {.id, .label, .labelFr, .context, .broader}, eventCount: n}) AS topics
}
RETURN id AS relationId, topics
