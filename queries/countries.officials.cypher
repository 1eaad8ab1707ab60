// For each country, the persons seen holding one of its offices, most recently seen first,
// batched over country codes.
UNWIND $codes AS code
CALL (code) {
  MATCH (p:Person)-[h:HOLDS_OFFICE]->(:Country {code: code})
  WITH p, max(h.lastSeen) AS last
  ORDER BY last IS NULL, last DESC, p.name
  LIMIT $limit
  RETURN collect(p {.id, .name, aliases: coalesce(p.aliases, []), countryCode: p.country}) AS officials
}
RETURN code, officials
