// For each country, its partner countries ranked by shared events in the period, batched over
// country codes; events with an unknown year count only when no period is given. Partners are
// read through the country's Relation nodes (one per pair, a few dozen) rather than by joining
// its events back to their countries: without a period the maintained counts answer alone, and
// with one each relation's tallies (tallies.sync: a 'relation-year' bucket per year, all types
// together: 4 per relation for four years at a million events, where the per-type buckets were
// 20) of the period's years are summed, whole when all their dates lie in it, else by their
// dates in it, without reading any event (relations ending before the period are skipped).
UNWIND $codes AS code
CALL (code) {
  MATCH (:Country {code: code})<-[:BETWEEN]-(r:Relation)-[:BETWEEN]->(p:Country)
  WHERE p.code <> code
    AND ($since IS NULL OR r.lastDate >= date($since))
    AND ($until IS NULL OR r.firstDate <= date($until))
  CALL (r) {
    WITH r WHERE $since IS NULL AND $until IS NULL
    RETURN coalesce(r.eventCount, 0) AS n, toString(r.firstDate) AS first, toString(r.lastDate) AS last
    UNION ALL
    WITH r WHERE $since IS NOT NULL OR $until IS NOT NULL
    MATCH (t:Tally {scope: r.id, kind: 'relation-year'})
    // A range on year (no OR) so that the (scope, kind, year) index seeks the period's years.
    WHERE t.year >= coalesce(date($since).year, -999999999) AND t.year <= coalesce(date($until).year, 999999999)
    WITH t, ($since IS NULL OR t.first >= $since) AND ($until IS NULL OR t.last <= $until) AS whole
    WITH t, whole,
         CASE WHEN whole THEN [] ELSE [x IN t.entries WHERE substring(x, 0, 10) >= coalesce($since, '')
                                        AND substring(x, 0, 10) <= coalesce($until, '9999-12-31') | substring(x, 0, 10)] END AS dates
    WITH CASE WHEN whole THEN t.count ELSE size(dates) END AS n,
         CASE WHEN whole THEN t.first ELSE reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END) END AS first,
         CASE WHEN whole THEN t.last ELSE reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) END AS last
    RETURN sum(n) AS n, min(first) AS first, max(last) AS last
  }
  WITH p, r, n, first, last
  WHERE n > 0
  ORDER BY n DESC, last DESC, p.code
  LIMIT $limit
  RETURN collect({
    country: p {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion},
    eventCount: n, firstDate: first, lastDate: last, relationId: r.id
  }) AS partners
}
RETURN code, partners
