// For each person, the persons met most often in the period (shared events), batched over
// person ids; events with an unknown year count only when no period is given. Read from the
// person's counterpart tallies (tallies.sync: one bucket per counterpart, holding the dates of
// their shared events), not from its events: without a period the kept count and last date
// answer, with one the bucket's dates in the period are counted.
UNWIND $ids AS id
CALL (id) {
  MATCH (t:Tally {scope: id, kind: 'counterpart'})
  WITH t,
       CASE WHEN $since IS NULL AND $until IS NULL THEN null
            ELSE [x IN t.entries WHERE NOT x STARTS WITH '|'
                    AND ($since IS NULL OR substring(x, 0, 10) >= $since)
                    AND ($until IS NULL OR substring(x, 0, 10) <= $until) | substring(x, 0, 10)] END AS inPeriod
  WITH t.other AS other,
       coalesce(size(inPeriod), t.count) AS n,
       CASE WHEN inPeriod IS NULL THEN t.last ELSE reduce(m = null, d IN inPeriod | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) END AS last
  WHERE n > 0
  ORDER BY n DESC, last DESC, other
  LIMIT $limit
  MATCH (o:Person {id: other})
  WITH o, n, last ORDER BY n DESC, last DESC, o.id
  RETURN collect({
    person: o {.id, .name, aliases: coalesce(o.aliases, []), countryCode: o.country},
    eventCount: n, lastDate: last
  }) AS counterparts
}
RETURN id AS personId, counterparts
