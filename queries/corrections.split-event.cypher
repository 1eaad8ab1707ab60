// Splits the reports of articles $articleIds off event $sourceId into a new event $newId with
// the given fields ($fields: the source event's, or the merged-away event's on the revert of a
// merge): their REPORTED_IN edges move to it, except those in $shared, which both keep. Its
// other edges are set by corrections.reset-event-edges; Redirects send later reports of those
// articles to it ($redirect), and no redirect sends reports of its id elsewhere any more.
MATCH (e:Event {id: $sourceId})
CREATE (n:Event {id: $newId, createdAt: datetime()})
SET n += $fields,
    n.sortDate = CASE WHEN $fields.sortDate IS NULL THEN null ELSE date($fields.sortDate) END
WITH e, n
CALL (e, n) {
  UNWIND $articleIds AS articleId
  MATCH (e)-[r:REPORTED_IN]->(a:Article {id: articleId})
  CREATE (n)-[k:REPORTED_IN]->(a)
  SET k = properties(r)
  WITH r, articleId WHERE NOT articleId IN $shared
  DELETE r
}
CALL () {
  MATCH (r:Redirect {key: 'event:' + $newId})
  DELETE r
}
CALL (e, n) {
  UNWIND CASE WHEN $redirect THEN $articleIds ELSE [] END AS articleId
  MERGE (r:Redirect {key: 'event:' + e.id + '@' + articleId})
  SET r.to = n.id
}
SET e.articleCount = COUNT { (e)-[:REPORTED_IN]->() },
    n.articleCount = COUNT { (n)-[:REPORTED_IN]->() }
RETURN n.id AS id
