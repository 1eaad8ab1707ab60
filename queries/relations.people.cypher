// For each relation, the persons who took part in its events, most active first, batched over
// relation ids: read from the relation's person tallies (tallies.sync), not from its events.
UNWIND $ids AS id
CALL (id) {
  MATCH (t:Tally {scope: id, kind: 'relation-person'})
  WITH t ORDER BY t.count DESC, t.last DESC, t.other LIMIT $limit
  MATCH (p:Person {id: t.other})
  WITH p, t.count AS n, t.last AS last ORDER BY n DESC, last DESC, p.id
  // PersonCountTuple (src/graph/recordTuples.ts)
  RETURN collect([p.id, p.name, coalesce(p.aliases, []), p.country, n, last]) AS people
}
RETURN id AS relationId, people
