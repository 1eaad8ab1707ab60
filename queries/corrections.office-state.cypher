// One office of a person (by title and country) as corrections change it: whether it exists,
// the dates analysts asserted (since, until) and how many articles show it.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[h:HOLDS_OFFICE {title: $title}]->(:Country {code: $country})
RETURN p.id AS personId, h IS NOT NULL AS exists, toString(h.since) AS since, toString(h.until) AS until,
       size(coalesce(h.sources, [])) AS sourceCount
