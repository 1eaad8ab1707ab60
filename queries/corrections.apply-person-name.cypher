// Sets the name and aliases of persons. `pinned` keeps the name through later ingests
// (persons.upsert leaves a pinned name alone); searchText feeds the full-text index.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
SET p.name = row.name,
    p.aliases = row.aliases,
    p.nameCorrected = row.pinned,
    p.searchText = reduce(s = row.name, n IN row.aliases | s + ' | ' + n)
RETURN count(p) AS applied
