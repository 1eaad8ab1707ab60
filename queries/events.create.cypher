// Writes events no article reported before, with every edge hanging on them. CREATE, not
// MERGE: the writer found no event with this merge key and a compatible date, so neither the
// node nor its edges exist — and creating skips the edge look-ups on dense Country and Topic
// nodes that MERGE would make. (A concurrent writer creating the same id breaks the unique
// constraint; the batch is then planned again and the event merged.) INVOLVES, PART_OF and
// DISCUSSED carry copies of the country code, relation id or topic id and of the event's date,
// for the indexes of schema/005-edge-indexes.cypher.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (e:Event {
  id: row.id, mergeKey: row.mergeKey, countryKey: row.countryKey, type: row.type, status: row.status, date: row.date,
  datePrecision: row.datePrecision,
  sortDate: CASE WHEN row.sortDate IS NULL THEN null ELSE date(row.sortDate) END,
  title: row.title, confidence: row.confidence, plover: row.plover, ploverMode: row.ploverMode,
  cameo: row.cameo, setting: row.setting, articleCount: 1, createdAt: datetime()
})
CREATE (e)-[:REPORTED_IN {quote: row.quote, start: row.start, end: row.end, confidence: row.confidence, rule: row.rule}]->(a)
WITH e, row
CALL (e, row) {
  UNWIND row.countries AS c
  MATCH (k:Country {code: c.code})
  CREATE (e)-[:INVOLVES {side: c.side, country: c.code, sortDate: e.sortDate, undated: CASE WHEN e.sortDate IS NULL THEN true END}]->(k)
}
CALL (e, row) {
  UNWIND row.participants AS p
  MATCH (x:Person {id: p.personId})
  CREATE (x)-[:PARTICIPATED_IN {role: p.role, side: p.side, country: p.country}]->(e)
}
CALL (e, row) {
  UNWIND row.topics AS topicId
  MATCH (t:Topic {id: topicId})
  CREATE (e)-[:DISCUSSED {topic: topicId, sortDate: e.sortDate}]->(t)
}
CALL (e, row) {
  MATCH (pl:Place {id: row.placeId})
  CREATE (e)-[:HELD_IN]->(pl)
}
// The relations exist: relations.ensure wrote them, with their BETWEEN edges, just before.
CALL (e, row) {
  UNWIND row.pairs AS pair
  MATCH (r:Relation {id: pair.id})
  CREATE (e)-[:PART_OF {relation: pair.id, sortDate: e.sortDate}]->(r)
}
RETURN count(e) AS written
