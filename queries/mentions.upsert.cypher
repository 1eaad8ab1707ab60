// Article -[:MENTIONS {count}]-> entity: one row per article (ingest/writer/articleMentions.ts),
// the article looked up once, then one list per kind of entity so that each lookup uses its
// label's key constraint. CREATE, not MERGE: the writer only sends articles that are new or
// whose old MENTIONS were just detached (articles.detach-facts), so no edge can exist yet.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CALL (a, row) {
  UNWIND row.persons AS m
  MATCH (x:Person {id: m.id})
  CREATE (a)-[:MENTIONS {count: m.count}]->(x)
}
CALL (a, row) {
  UNWIND row.countries AS m
  MATCH (x:Country {code: m.id})
  CREATE (a)-[:MENTIONS {count: m.count}]->(x)
}
CALL (a, row) {
  UNWIND row.organizations AS m
  MATCH (x:Organization {id: m.id})
  CREATE (a)-[:MENTIONS {count: m.count}]->(x)
}
CALL (a, row) {
  UNWIND row.places AS m
  MATCH (x:Place {id: m.id})
  CREATE (a)-[:MENTIONS {count: m.count}]->(x)
}
CALL (a, row) {
  UNWIND row.topics AS m
  MATCH (x:Topic {id: m.id})
  CREATE (a)-[:MENTIONS {count: m.count}]->(x)
}
RETURN sum(size(row.persons) + size(row.countries) + size(row.organizations) + size(row.places) + size(row.topics)) AS written
