// Writes events and every edge that hangs on them. An event already reported by another
// article gains a REPORTED_IN edge; its date is made more precise when this report knows
// the year, and "occurred" wins over "planned" once a report says the encounter was held.
// INVOLVES, PART_OF and DISCUSSED carry copies of the country code, relation id or topic id
// and of the event's date, for the indexes of schema/005-edge-indexes.cypher.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.mergeKey = row.mergeKey,
              e.countryKey = row.countryKey,
              e.type = row.type,
              e.status = row.status,
              e.date = row.date,
              e.datePrecision = row.datePrecision,
              e.sortDate = CASE WHEN row.sortDate IS NULL THEN null ELSE date(row.sortDate) END,
              e.title = row.title,
              e.confidence = row.confidence,
              e.plover = row.plover,
              e.ploverMode = row.ploverMode,
              e.cameo = row.cameo,
              e.setting = row.setting,
              e.createdAt = datetime()
ON MATCH SET e.countryKey = coalesce(e.countryKey, row.countryKey),
             e.confidence = CASE WHEN row.confidence > e.confidence THEN row.confidence ELSE e.confidence END,
             e.status = CASE WHEN row.status = 'occurred' THEN 'occurred' ELSE e.status END,
             e.setting = coalesce(e.setting, row.setting),
             e.title = coalesce(e.title, row.title),
             e.date = CASE WHEN e.sortDate IS NULL AND row.sortDate IS NOT NULL THEN row.date ELSE e.date END,
             e.datePrecision = CASE WHEN e.sortDate IS NULL AND row.sortDate IS NOT NULL THEN row.datePrecision ELSE e.datePrecision END,
             e.sortDate = CASE WHEN e.sortDate IS NULL AND row.sortDate IS NOT NULL THEN date(row.sortDate) ELSE e.sortDate END
WITH e, row
MATCH (a:Article {id: row.articleId})
MERGE (e)-[rep:REPORTED_IN]->(a)
SET rep.quote = row.quote, rep.start = row.start, rep.end = row.end, rep.confidence = row.confidence, rep.rule = row.rule
WITH e, row
CALL (e, row) {
  UNWIND row.countries AS c
  MATCH (k:Country {code: c.code})
  MERGE (e)-[i:INVOLVES]->(k)
  ON CREATE SET i.country = c.code
  SET i.side = c.side
}
CALL (e, row) {
  UNWIND row.participants AS p
  MATCH (x:Person {id: p.personId})
  MERGE (x)-[pi:PARTICIPATED_IN]->(e)
  SET pi.role = p.role, pi.side = p.side, pi.country = p.country
}
CALL (e, row) {
  UNWIND row.topics AS topicId
  MATCH (t:Topic {id: topicId})
  MERGE (e)-[d:DISCUSSED]->(t)
  ON CREATE SET d.topic = topicId
}
CALL (e, row) {
  MATCH (pl:Place {id: row.placeId})
  MERGE (e)-[:HELD_IN]->(pl)
}
// The relations exist: relations.ensure wrote them, with their BETWEEN edges, just before.
CALL (e, row) {
  UNWIND row.pairs AS pair
  MATCH (r:Relation {id: pair.id})
  MERGE (e)-[po:PART_OF]->(r)
  ON CREATE SET po.relation = pair.id
}
// The event's date, copied onto its INVOLVES, PART_OF and DISCUSSED edges
// (schema/005-edge-indexes.cypher): onto the edges just created, and onto all of them when
// this report gave the year.
CALL (e) {
  MATCH (e)-[x:INVOLVES|PART_OF|DISCUSSED]->()
  WHERE NOT coalesce(x.sortDate = e.sortDate, false)
    AND (e.sortDate IS NOT NULL OR (type(x) = 'INVOLVES' AND x.undated IS NULL))
  SET x.sortDate = e.sortDate,
      x.undated = CASE WHEN type(x) = 'INVOLVES' AND e.sortDate IS NULL THEN true END
}
SET e.articleCount = COUNT { (e)-[:REPORTED_IN]->() }
RETURN count(e) AS written
