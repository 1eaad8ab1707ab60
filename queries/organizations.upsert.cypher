// Writes organisations from the lexicon (idempotent on Organization.id), with their member
// states when the lexicon lists them.
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o.name = row.name,
    o.acronym = row.acronym,
    o.aliases = row.aliases,
    o.kind = row.kind,
    o.wikidata = row.wikidata,
    o.searchText = reduce(s = coalesce(row.acronym, ''), n IN row.aliases | s + ' | ' + n)
WITH o, row
CALL (o, row) {
  UNWIND row.members AS code
  MATCH (c:Country {code: code})
  MERGE (c)-[:MEMBER_OF]->(o)
}
RETURN count(o) AS written
