// Merges person $mergeId into $keepId: its events, offices (dates widened, sources joined) and
// mentions (counts added) move to the kept person, its names become aliases of the kept one,
// it is deleted, and a Redirect sends later reports of it to the kept person (redirects that
// pointed at it now point at the kept one). Returns the events whose details show the change.
MATCH (gone:Person {id: $mergeId}), (kept:Person {id: $keepId})
CALL (gone, kept) {
  MATCH (gone)-[pi:PARTICIPATED_IN]->(e:Event)
  MERGE (kept)-[k:PARTICIPATED_IN]->(e)
  ON CREATE SET k.role = pi.role, k.side = pi.side, k.country = pi.country
  RETURN collect(e.id) AS eventIds
}
CALL (gone, kept) {
  MATCH (gone)-[h:HOLDS_OFFICE]->(holder)
  MERGE (kept)-[k:HOLDS_OFFICE {title: h.title}]->(holder)
  ON CREATE SET k.titleOriginal = h.titleOriginal, k.sources = []
  SET k.firstSeen = CASE WHEN k.firstSeen IS NULL OR h.firstSeen < k.firstSeen THEN h.firstSeen ELSE k.firstSeen END,
      k.lastSeen = CASE WHEN k.lastSeen IS NULL OR h.lastSeen > k.lastSeen THEN h.lastSeen ELSE k.lastSeen END,
      k.sources = k.sources + [s IN coalesce(h.sources, []) WHERE NOT s IN k.sources],
      k.since = coalesce(k.since, h.since),
      k.until = coalesce(k.until, h.until)
}
CALL (gone, kept) {
  MATCH (a:Article)-[m:MENTIONS]->(gone)
  MERGE (a)-[k:MENTIONS]->(kept)
  ON CREATE SET k.count = 0
  SET k.count = k.count + m.count
}
CALL () {
  MATCH (r:Redirect {to: $mergeId})
  SET r.to = $keepId
}
SET kept.aliases = $aliases,
    kept.searchText = reduce(s = kept.name, n IN $aliases | s + ' | ' + n)
DETACH DELETE gone
MERGE (r:Redirect {key: 'person:' + $mergeId})
SET r.to = $keepId
RETURN eventIds
