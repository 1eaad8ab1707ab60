// For each relation, the topics discussed in its events, most discussed first, batched over
// relation ids: read from the relation's topic tallies (tallies.sync), not from its events.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Tally {scope: id, kind: 'relation-topic'})
  WITH n ORDER BY n.count DESC, n.other LIMIT $limit
  MATCH (t:Topic {id: n.other})
  WITH t, n.count AS n ORDER BY n DESC, t.id
  // TopicCountTuple (src/graph/recordTuples.ts)
  RETURN collect([t.id, t.label, t.labelFr, t.context, t.broader, n]) AS topics
}
RETURN id AS relationId, topics
