// Persons already in the graph who share a family-name key with someone in the batch:
// entity resolution then decides in code whether they are the same person. In id order: a
// mention that fits several takes the first, so the answer must not hang on the server's order.
UNWIND $surnameKeys AS key
MATCH (p:Person {surnameKey: key})
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, p.country AS country, p.surnameKey AS surnameKey
ORDER BY id
