// For each relation, its events per type and its encounters (events not DURING another: a
// visit with its talks and signings is one encounter), in a period or all time, batched over
// relation ids. Read from the relation's tallies (tallies.sync: one bucket per year, type, date
// precision and encounter standing), not from its events: all time, every bucket counts (those
// of unknown year included, as eventCount counts them); in a period, the buckets of its years,
// whole when all their dates lie in it, else their dates in it (those of unknown year drop out).
// A relation without events in the period gives no row.
UNWIND $ids AS id
MATCH (r:Relation {id: id})
CALL (r) {
  MATCH (t:Tally {scope: r.id, kind: 'relation-type'})
  WHERE ($since IS NULL AND $until IS NULL)
     OR (t.year IS NOT NULL AND ($since IS NULL OR t.year >= date($since).year) AND ($until IS NULL OR t.year <= date($until).year))
  WITH t,
       CASE WHEN ($since IS NULL OR t.first >= $since) AND ($until IS NULL OR t.last <= $until) THEN t.count
            ELSE size([x IN t.entries WHERE substring(x, 0, 10) >= coalesce($since, '') AND substring(x, 0, 10) <= coalesce($until, '9999-12-31')]) END AS n
  WHERE n > 0
  RETURN t.other AS type, sum(n) AS n, sum(CASE WHEN t.encounter THEN n ELSE 0 END) AS encounters
}
WITH r, type, n, encounters
ORDER BY n DESC, type
WITH r, collect({type: type, count: n}) AS countsByType, sum(encounters) AS encounterCount
RETURN r.id AS relationId, countsByType, encounterCount
