// Article -[:MENTIONS {count}]-> entity, one list per kind so that each lookup uses its label's
// key constraint. CREATE, not MERGE: the writer only sends articles that are new or whose old
// MENTIONS were just detached (articles.detach-facts), so no edge can exist yet.
CALL () {
  UNWIND $persons AS row
  MATCH (a:Article {id: row.articleId}), (x:Person {id: row.id})
  CREATE (a)-[:MENTIONS {count: row.count}]->(x)
}
CALL () {
  UNWIND $countries AS row
  MATCH (a:Article {id: row.articleId}), (x:Country {code: row.id})
  CREATE (a)-[:MENTIONS {count: row.count}]->(x)
}
CALL () {
  UNWIND $organizations AS row
  MATCH (a:Article {id: row.articleId}), (x:Organization {id: row.id})
  CREATE (a)-[:MENTIONS {count: row.count}]->(x)
}
CALL () {
  UNWIND $places AS row
  MATCH (a:Article {id: row.articleId}), (x:Place {id: row.id})
  CREATE (a)-[:MENTIONS {count: row.count}]->(x)
}
CALL () {
  UNWIND $topics AS row
  MATCH (a:Article {id: row.articleId}), (x:Topic {id: row.id})
  CREATE (a)-[:MENTIONS {count: row.count}]->(x)
}
RETURN size($persons) + size($countries) + size($organizations) + size($places) + size($topics) AS written
