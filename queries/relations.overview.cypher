// A bilateral relation's page in one round trip: the relations of $ids (as relations.by-ids)
// with, when asked, their timeline ($granularity not null; as relations.timeline), topics
// ($topicsLimit > 0; as relations.topics) and people ($peopleLimit > 0; as relations.people).
// A part not asked for is an empty list and reads nothing. Unknown ids give no row. Timeline,
// topics and people are read from the relation's tallies (tallies.sync), not from its events. Dates come
// as strings: decoding the driver's Date values (a timeline has up to a hundred) was an eighth
// of the API's CPU on a relation page.
UNWIND $ids AS id
MATCH (r:Relation {id: id})
CALL (r) {
  UNWIND CASE WHEN $granularity IS NULL THEN [] ELSE [r.id] END AS asked
  // A range on year (no OR) so that the (scope, kind, year) index seeks the period's years
  // rather than every year of the relation.
  MATCH (t:Tally)
  WHERE t.scope = asked AND t.kind = 'relation-type'
    AND t.year >= coalesce(date($from).year, -999999999) AND t.year <= coalesce(date($to).year, 999999999)
    AND NOT (t.rough AND $granularity <> 'YEAR')
  // Each property read once: `t.months[m - 1]` in a comprehension reads the property again
  // for every month (24 reads of the list per bucket).
  WITH t, t.year AS year, t.other AS type, t.months AS counts,
       ($from IS NULL OR t.first >= $from) AND ($to IS NULL OR t.last <= $to) AS whole
  WITH year, type,
       CASE WHEN whole
            THEN [m IN range(1, 12) WHERE counts[m - 1] > 0 | [m, counts[m - 1]]]
            ELSE [x IN t.entries WHERE substring(x, 0, 10) >= coalesce($from, '') AND substring(x, 0, 10) <= coalesce($to, '9999-12-31')
                  | [toInteger(substring(x, 5, 2)), 1]] END AS months
  UNWIND months AS m
  // The first month of the bucket (year, quarter or month) the month falls in: summed as
  // integers, the date built once per bucket and type.
  WITH year, type,
       CASE $granularity WHEN 'YEAR' THEN 1 WHEN 'QUARTER' THEN 3 * ((m[0] - 1) / 3) + 1 ELSE m[0] END AS month, m[1] AS n
  WITH year, month, type, sum(n) AS count
  ORDER BY year, month, count DESC, type
  RETURN collect({start: toString(date({year: year, month: month})), type: type, count: count}) AS timeline
}
CALL (r) {
  UNWIND CASE WHEN $topicsLimit > 0 THEN [r.id] ELSE [] END AS asked
  MATCH (n:Tally {scope: asked, kind: 'relation-topic'})
  WITH n ORDER BY n.count DESC, n.other LIMIT $topicsLimit
  MATCH (t:Topic {id: n.other})
  WITH t, n.count AS n ORDER BY n DESC, t.id
  RETURN collect({topic: t {.id, .label, .labelFr, .context, .broader}, eventCount: n}) AS topics
}
CALL (r) {
  UNWIND CASE WHEN $peopleLimit > 0 THEN [r.id] ELSE [] END AS asked
  MATCH (t:Tally {scope: asked, kind: 'relation-person'})
  WITH t ORDER BY t.count DESC, t.last DESC, t.other LIMIT $peopleLimit
  MATCH (p:Person {id: t.other})
  WITH p, t.count AS n, t.last AS last ORDER BY n DESC, last DESC, p.id
  RETURN collect({
    person: p {.id, .name, aliases: coalesce(p.aliases, []), countryCode: p.country},
    eventCount: n, lastDate: last
  }) AS people
}
RETURN r {
  .id, eventCount: coalesce(r.eventCount, 0), firstDate: toString(r.firstDate), lastDate: toString(r.lastDate),
  countries: [(r)-[:BETWEEN]->(c:Country) | c {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion}]
} AS relation, timeline, topics, people
