// Article -[:MENTIONS {count}]-> entity, for every kind of entity; each row names the kind so
// that the lookup uses that label's key constraint.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CALL (a, row) {
  OPTIONAL MATCH (p:Person {id: row.id}) WHERE row.kind = 'person'
  OPTIONAL MATCH (c:Country {code: row.id}) WHERE row.kind = 'country'
  OPTIONAL MATCH (o:Organization {id: row.id}) WHERE row.kind = 'organization'
  OPTIONAL MATCH (pl:Place {id: row.id}) WHERE row.kind = 'place'
  OPTIONAL MATCH (t:Topic {id: row.id}) WHERE row.kind = 'topic'
  WITH a, row, coalesce(p, c, o, pl, t) AS target
  WHERE target IS NOT NULL
  MERGE (a)-[m:MENTIONS]->(target)
  SET m.count = row.count
}
RETURN count(a) AS written
