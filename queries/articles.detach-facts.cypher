// Before an article's facts are derived again (new text or new extractor version): drop its
// MENTIONS and REPORTED_IN edges, its support of DURING links (a link no other article
// supports goes: events.link-during), and the events no other article reports. Returns the
// relations those events belonged to, so that their counts are refreshed in the same batch,
// and the events, whose stored details lose this source (those deleted are simply gone).
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  OPTIONAL MATCH (e:Event)-[:REPORTED_IN]->(a)
  OPTIONAL MATCH (e)-[:PART_OF]->(r:Relation)
  RETURN collect(DISTINCT r.id) AS relationIds, collect(DISTINCT e.id) AS eventIds
}
CALL (a) {
  MATCH (a)-[m:MENTIONS]->()
  DELETE m
}
// A DURING link joins two events this article reported: found from its events, before their
// REPORTED_IN edges go, rather than by a scan of every link.
CALL (a) {
  MATCH (e:Event)-[:REPORTED_IN]->(a)
  MATCH (e)-[d:DURING]->(:Event)
  WHERE a.id IN d.sources
  SET d.sources = [s IN d.sources WHERE s <> a.id]
  WITH d WHERE size(d.sources) = 0
  DELETE d
}
CALL (a) {
  MATCH (e:Event)-[rep:REPORTED_IN]->(a)
  DELETE rep
  WITH DISTINCT e
  WHERE NOT (e)-[:REPORTED_IN]->()
  DETACH DELETE e
}
RETURN a.id AS id, relationIds, eventIds
