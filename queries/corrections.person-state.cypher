// The state of persons that corrections change and record as "before": name, aliases,
// country, whether an analyst pinned name or country, and their edges counted.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, p.country AS country,
       coalesce(p.nameCorrected, false) AS nameCorrected, coalesce(p.countryCorrected, false) AS countryCorrected
