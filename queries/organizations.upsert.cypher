// Writes organisations (idempotent on Organization.id). Reference rows from the lexicon carry
// aliases and member states; rows from articles carry none and leave those untouched.
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o.name = row.name,
    o.acronym = coalesce(row.acronym, o.acronym),
    o.kind = coalesce(row.kind, o.kind),
    o.wikidata = coalesce(row.wikidata, o.wikidata),
    o.aliases = CASE WHEN size(row.aliases) > 0 THEN row.aliases ELSE coalesce(o.aliases, []) END
SET o.searchText = reduce(s = coalesce(o.acronym, ''), n IN o.aliases | s + ' | ' + n)
WITH o, row
CALL (o, row) {
  UNWIND row.members AS code
  MATCH (c:Country {code: code})
  MERGE (c)-[:MEMBER_OF]->(o)
}
RETURN count(o) AS written
