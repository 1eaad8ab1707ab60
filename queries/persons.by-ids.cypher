// Persons by id, for the API's per-request loader; unknown ids give no row.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p {.id, .name, aliases: coalesce(p.aliases, []), countryCode: p.country} AS person
