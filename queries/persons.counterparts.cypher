// For each person, the persons met most often in the period (shared events), batched over
// person ids; events with an unknown year count only when no period is given. Read from the
// person's counterpart tallies (tallies.sync: one bucket per counterpart, holding the dates of
// their shared events), not from its events: without a period the first buckets in ranking
// order answer, with one the buckets' dates in the period are counted.
UNWIND $ids AS id
CALL (id) {
  CALL (id) {
    // Without a period, the first counterparts in ranking order from the (scope, kind, rank)
    // index (Tally.rank, tallies.sync), as persons.page reads them; sorted here (the seek takes
    // a variable, for which Neo4j 5.26 gives no index order), but from the index entries alone.
    UNWIND CASE WHEN $since IS NULL AND $until IS NULL THEN [id] ELSE [] END AS me
    MATCH (t:Tally)
    WHERE t.scope = me AND t.kind = 'counterpart' AND t.rank >= ''
    WITH t ORDER BY t.scope, t.kind, t.rank
    LIMIT $limit
    RETURN t.other AS other, t.count AS n, t.last AS last
    UNION ALL
    UNWIND CASE WHEN $since IS NOT NULL OR $until IS NOT NULL THEN [id] ELSE [] END AS me
    MATCH (t:Tally {scope: me, kind: 'counterpart'})
    WITH t, [x IN t.entries WHERE NOT x STARTS WITH '|'
               AND ($since IS NULL OR substring(x, 0, 10) >= $since)
               AND ($until IS NULL OR substring(x, 0, 10) <= $until) | substring(x, 0, 10)] AS inPeriod
    WITH t.other AS other, size(inPeriod) AS n, reduce(m = null, d IN inPeriod | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS last
    WHERE n > 0
    ORDER BY n DESC, last DESC, other
    LIMIT $limit
    RETURN other, n, last
  }
  MATCH (o:Person {id: other})
  WITH o, n, last ORDER BY n DESC, last DESC, o.id
  // PersonCountTuple (src/graph/recordTuples.ts)
  RETURN collect([o.id, o.name, coalesce(o.aliases, []), o.country, n, last]) AS counterparts
}
RETURN id AS personId, counterparts
