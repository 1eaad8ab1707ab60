// Persons by name words (full-text index name_search) and/or country served, best score
// then most events first: the total and one page.
// Each branch reads only when its case holds: an UNWIND of an empty list, because the planner
// may evaluate a parameter-only WHERE after a scan.
CALL () {
  UNWIND CASE WHEN $search IS NOT NULL THEN [$search] ELSE [] END AS words
  CALL db.index.fulltext.queryNodes('name_search', words) YIELD node, score
  WITH node AS p, score WHERE p:Person
  RETURN p, score
  UNION
  UNWIND CASE WHEN $search IS NULL AND $country IS NOT NULL THEN [$country] ELSE [] END AS code
  MATCH (p:Person)-[:HOLDS_OFFICE]->(:Country {code: code})
  RETURN DISTINCT p, null AS score
  UNION
  UNWIND CASE WHEN $search IS NULL AND $country IS NULL THEN [1] ELSE [] END AS _
  MATCH (p:Person)
  RETURN p, null AS score
}
WITH p, score
WHERE $country IS NULL OR p.country = $country OR EXISTS { (p)-[:HOLDS_OFFICE]->(:Country {code: $country}) }
// Only events have incoming PARTICIPATED_IN edges: without a label check the count is the
// node's degree, read without visiting the edges.
WITH p, score, COUNT { (p)-[:PARTICIPATED_IN]->() } AS eventCount
ORDER BY score DESC, eventCount DESC, p.name, p.id
WITH collect({p: p, score: score, eventCount: eventCount}) AS ranked
WITH size(ranked) AS total, ranked[$skip..($skip + $limit)] AS page
CALL (page) {
  UNWIND page AS x
  WITH x.p AS p, x.score AS score, x.eventCount AS eventCount
  RETURN collect({
    person: p {.id, .name, aliases: coalesce(p.aliases, []), countryCode: p.country},
    eventCount: eventCount, score: score
  }) AS items
}
RETURN total, items
