// Bilateral relations ranked by their events in a period (all of a country's, or all), the
// total and one page. Without a period the maintained eventCount is used; with one, events
// are counted in the (relation, sortDate) edge index of schema/005-edge-indexes.cypher
// (those with an unknown year drop out).
// An UNWIND of an empty list keeps the branch of the other case from reading anything (the
// planner may evaluate a parameter-only WHERE after a scan).
CALL () {
  UNWIND CASE WHEN $country IS NULL THEN [1] ELSE [] END AS _
  MATCH (r:Relation)
  RETURN r
  UNION
  UNWIND CASE WHEN $country IS NOT NULL THEN [$country] ELSE [] END AS code
  MATCH (:Country {code: code})<-[:BETWEEN]-(r:Relation)
  RETURN r
}
WITH r,
     CASE WHEN $since IS NULL AND $until IS NULL THEN coalesce(r.eventCount, 0)
          ELSE COUNT { MATCH ()-[po:PART_OF]->()
                       WHERE po.relation = r.id
                         AND po.sortDate >= coalesce(date($since), date('-999999999-01-01'))
                         AND po.sortDate <= coalesce(date($until), date('+999999999-12-31')) }
     END AS n
WHERE n > 0
ORDER BY n DESC, r.lastDate DESC, r.id
WITH collect({r: r, n: n}) AS ranked
WITH size(ranked) AS total, ranked[$skip..($skip + $limit)] AS page
CALL (page) {
  UNWIND page AS x
  WITH x.r AS r, x.n AS n
  RETURN collect({
    relation: r {
      .id, eventCount: coalesce(r.eventCount, 0), firstDate: toString(r.firstDate), lastDate: toString(r.lastDate),
      countries: [(r)-[:BETWEEN]->(c:Country) | c {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion}]
    },
    eventCount: n
  }) AS items
}
RETURN total, items
