// Before an article's facts are derived again (new text or new extractor version): drop its
// MENTIONS and REPORTED_IN edges, and the events no other article reports. Returns the
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
CALL (a) {
  MATCH (e:Event)-[rep:REPORTED_IN]->(a)
  DELETE rep
  WITH DISTINCT e
  WHERE NOT (e)-[:REPORTED_IN]->()
  DETACH DELETE e
}
RETURN a.id AS id, relationIds, eventIds
