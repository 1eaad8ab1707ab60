// Merges event $mergeId into $keepId (two reports of one encounter the writer kept apart): its
// reports, participants, countries, topics, relations and place (when the kept one has none)
// move to the kept event, which then counts its articles again; it is deleted, and a Redirect
// sends the reports that would make it again to the kept event (redirects that pointed at it
// now point at the kept one). The caller refuses events linked by DURING.
MATCH (gone:Event {id: $mergeId}), (kept:Event {id: $keepId})
CALL (gone, kept) {
  MATCH (gone)-[r:REPORTED_IN]->(a:Article)
  MERGE (kept)-[k:REPORTED_IN]->(a)
  ON CREATE SET k = properties(r)
}
CALL (gone, kept) {
  MATCH (p:Person)-[pi:PARTICIPATED_IN]->(gone)
  MERGE (p)-[k:PARTICIPATED_IN]->(kept)
  ON CREATE SET k.role = pi.role, k.side = pi.side, k.country = pi.country
}
CALL (gone, kept) {
  MATCH (gone)-[i:INVOLVES]->(c:Country)
  MERGE (kept)-[k:INVOLVES]->(c)
  ON CREATE SET k.side = i.side, k.country = c.code, k.sortDate = kept.sortDate,
                k.undated = CASE WHEN kept.sortDate IS NULL THEN true END
}
CALL (gone, kept) {
  MATCH (gone)-[:DISCUSSED]->(t:Topic)
  MERGE (kept)-[k:DISCUSSED]->(t)
  ON CREATE SET k.topic = t.id, k.sortDate = kept.sortDate
}
CALL (gone, kept) {
  MATCH (gone)-[:HELD_IN]->(pl:Place)
  WHERE NOT EXISTS { (kept)-[:HELD_IN]->() }
  MERGE (kept)-[:HELD_IN]->(pl)
}
CALL (gone, kept) {
  MATCH (gone)-[:PART_OF]->(r:Relation)
  MERGE (kept)-[k:PART_OF]->(r)
  ON CREATE SET k.relation = r.id, k.sortDate = kept.sortDate
}
CALL () {
  MATCH (x:Redirect {to: $mergeId})
  SET x.to = $keepId
}
DETACH DELETE gone
WITH kept
SET kept.articleCount = COUNT { (kept)-[:REPORTED_IN]->() }
MERGE (r:Redirect {key: 'event:' + $mergeId})
SET r.to = $keepId
RETURN kept.id AS id
