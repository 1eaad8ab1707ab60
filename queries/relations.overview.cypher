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
  MATCH (t:Tally {scope: asked, kind: 'relation-type'})
  WHERE t.year IS NOT NULL
    AND NOT (t.rough AND $granularity <> 'YEAR')
    AND ($from IS NULL OR t.year >= date($from).year)
    AND ($to IS NULL OR t.year <= date($to).year)
  WITH t,
       CASE WHEN ($from IS NULL OR t.first >= $from) AND ($to IS NULL OR t.last <= $to)
            THEN [m IN range(1, 12) WHERE t.months[m - 1] > 0 | {month: m, count: t.months[m - 1]}]
            ELSE [x IN t.entries WHERE substring(x, 0, 10) >= coalesce($from, '') AND substring(x, 0, 10) <= coalesce($to, '9999-12-31')
                  | {month: toInteger(substring(x, 5, 2)), count: 1}] END AS months
  UNWIND months AS m
  WITH t.other AS type,
       CASE $granularity
         WHEN 'YEAR' THEN date({year: t.year})
         WHEN 'QUARTER' THEN date({year: t.year, month: 3 * ((m.month - 1) / 3) + 1})
         ELSE date({year: t.year, month: m.month})
       END AS start, m.count AS n
  WITH start, type, sum(n) AS count
  ORDER BY start, count DESC, type
  RETURN collect({start: toString(start), type: type, count: count}) AS timeline
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
