// For each country, its partner countries ranked by shared events in the period, batched over
// country codes; events with an unknown year count only when no period is given.
UNWIND $codes AS code
CALL (code) {
  MATCH (:Country {code: code})<-[:INVOLVES]-(e:Event)-[:INVOLVES]->(p:Country)
  WHERE p.code <> code
    AND ($since IS NULL OR e.sortDate >= date($since))
    AND ($until IS NULL OR e.sortDate <= date($until))
  WITH p, count(DISTINCT e) AS n, min(e.sortDate) AS first, max(e.sortDate) AS last
  ORDER BY n DESC, last DESC, p.code
  LIMIT $limit
  RETURN collect({
    country: p {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion},
    eventCount: n, firstDate: first, lastDate: last
  }) AS partners
}
RETURN code, partners
