// For each country, its partner countries ranked by shared events in the period, batched over
// country codes; events with an unknown year count only when no period is given. Partners are
// read through the country's Relation nodes (one per pair, a few dozen) rather than by joining
// its events back to their countries: without a period the maintained counts answer alone, and
// with one each relation's events of the period are counted in the (relation, sortDate) edge
// index of schema/005-edge-indexes.cypher, without reading any event (relations ending before
// the period are skipped).
UNWIND $codes AS code
CALL (code) {
  MATCH (:Country {code: code})<-[:BETWEEN]-(r:Relation)-[:BETWEEN]->(p:Country)
  WHERE p.code <> code
    AND ($since IS NULL OR r.lastDate >= date($since))
    AND ($until IS NULL OR r.firstDate <= date($until))
  CALL (r) {
    WITH r WHERE $since IS NULL AND $until IS NULL
    RETURN coalesce(r.eventCount, 0) AS n, r.firstDate AS first, r.lastDate AS last
    UNION ALL
    UNWIND CASE WHEN $since IS NULL AND $until IS NULL THEN [] ELSE [r.id] END AS inPeriod
    MATCH ()-[po:PART_OF]->()
    WHERE po.relation = inPeriod
      AND po.sortDate >= coalesce(date($since), date('-999999999-01-01'))
      AND po.sortDate <= coalesce(date($until), date('+999999999-12-31'))
    RETURN count(*) AS n, min(po.sortDate) AS first, max(po.sortDate) AS last
  }
  WITH p, r, n, first, last
  WHERE n > 0
  ORDER BY n DESC, last DESC, p.code
  LIMIT $limit
  RETURN collect({
    country: p {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion},
    eventCount: n, firstDate: toString(first), lastDate: toString(last), relationId: r.id
  }) AS partners
}
RETURN code, partners
