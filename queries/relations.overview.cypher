// A bilateral relation's page in one round trip: the relation $id (as relations.by-ids)
// with, when asked, their timeline ($granularity not null; as relations.timeline), topics
// ($topicsLimit > 0; as relations.topics) and people ($peopleLimit > 0; as relations.people).
// A part not asked for is an empty list and reads nothing. An unknown id gives no row. Timeline,
// topics and people are read from the relation's tallies (tallies.sync), not from its events. Dates come
// as strings: decoding the driver's Date values (a timeline has up to a hundred) was an eighth
// of the API's CPU on a relation page.
MATCH (r:Relation {id: $id})
CALL (r) {
  UNWIND CASE WHEN $granularity IS NULL THEN [] ELSE [r.id] END AS asked
  // A range on year (no OR) so that the (scope, kind, year) index seeks the period's years
  // rather than every year of the relation.
  MATCH (t:Tally)
  WHERE t.scope = asked AND t.kind = 'relation-type'
    AND t.year >= coalesce(date($from).year, -999999999) AND t.year <= coalesce(date($to).year, 999999999)
    AND NOT (t.rough AND $granularity <> 'YEAR')
  // One [year, type, counts of its 12 months] list per bucket: a bucket lying wholly in the
  // range gives its per-month counts, one the range cuts counts its dates in the range. The
  // API sums them into the timeline's buckets (src/graph/timelineRows.ts). Summing, sorting and
  // building a {start, type, count} map per bucket and type here (~75 for 24 quarters), then
  // decoding those maps in the driver, cost a third of this query's Neo4j CPU and a sixth of
  // the driver's on the 100,000-event graph.
  WITH t, t.months AS counts, ($from IS NULL OR t.first >= $from) AND ($to IS NULL OR t.last <= $to) AS whole
  WITH t, counts, whole,
       CASE WHEN whole THEN null
            ELSE [x IN t.entries WHERE substring(x, 0, 10) >= coalesce($from, '') AND substring(x, 0, 10) <= coalesce($to, '9999-12-31')
                  | toInteger(substring(x, 5, 2))] END AS cut
  RETURN collect([t.year, t.other, CASE WHEN whole THEN counts ELSE [m IN range(1, 12) | size([x IN cut WHERE x = m])] END]) AS timeline
}
// Topics and people come ranked from the (scope, kind, rank) index (Tally.rank, tallies.sync):
// the first $topicsLimit / $peopleLimit entries instead of every topic's and person's bucket
// (30 and 80 a relation at a million events). Neo4j 5.26 walks the index in order (no sort)
// only when the seek takes a parameter ($id, not r.id) and the ORDER BY names the index's
// properties (as persons.page).
CALL (r) {
  MATCH (n:Tally)
  WHERE $topicsLimit > 0 AND n.scope = $id AND n.kind = 'relation-topic' AND n.rank >= ''
  WITH n ORDER BY n.scope, n.kind, n.rank
  LIMIT $topicsLimit
  MATCH (t:Topic {id: n.other})
  WITH t, n.count AS n ORDER BY n DESC, t.id
  // TopicCountTuple (src/graph/recordTuples.ts)
  RETURN collect([t.id, t.label, t.labelFr, t.context, t.broader, n]) AS topics
}
CALL (r) {
  MATCH (t:Tally)
  WHERE $peopleLimit > 0 AND t.scope = $id AND t.kind = 'relation-person' AND t.rank >= ''
  WITH t ORDER BY t.scope, t.kind, t.rank
  LIMIT $peopleLimit
  MATCH (p:Person {id: t.other})
  WITH p, t.count AS n, t.last AS last ORDER BY n DESC, last DESC, p.id
  // PersonCountTuple (src/graph/recordTuples.ts)
  RETURN collect([p.id, p.name, coalesce(p.aliases, []), p.country, n, last]) AS people
}
RETURN r {
  .id, eventCount: coalesce(r.eventCount, 0), firstDate: toString(r.firstDate), lastDate: toString(r.lastDate),
  countries: [(r)-[:BETWEEN]->(c:Country) | c {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion}]
} AS relation, timeline, topics, people
