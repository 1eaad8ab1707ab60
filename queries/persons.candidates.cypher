// Persons already in the graph who share a family-name key with someone in the batch:
// entity resolution then decides in code whether they are the same person.
UNWIND $surnameKeys AS key
MATCH (p:Person {surnameKey: key})
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, p.country AS country, p.surnameKey AS surnameKey
