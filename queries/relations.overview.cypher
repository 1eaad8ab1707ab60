// A bilateral relation's page in one round trip: the relations of $ids (as relations.by-ids)
// with, when asked, their timeline ($granularity not null; as relations.timeline), topics
// ($topicsLimit > 0; as relations.topics) and people ($peopleLimit > 0; as relations.people).
// A part not asked for is an empty list and reads nothing. Unknown ids give no row. Dates come
// as strings: decoding the driver's Date values (a timeline has up to a hundred) was an eighth
// of the API's CPU on a relation page.
UNWIND $ids AS id
MATCH (r:Relation {id: id})
CALL (r) {
  UNWIND CASE WHEN $granularity IS NULL THEN [] ELSE [r] END AS asked
  MATCH (asked)<-[:PART_OF]-(e:Event)
  WHERE e.sortDate IS NOT NULL
    AND ($from IS NULL OR e.sortDate >= date($from))
    AND ($to IS NULL OR e.sortDate <= date($to))
    AND NOT (e.datePrecision = 'year' AND $granularity <> 'YEAR')
  WITH e,
       CASE $granularity
         WHEN 'YEAR' THEN date.truncate('year', e.sortDate)
         WHEN 'QUARTER' THEN date.truncate('quarter', e.sortDate)
         ELSE date.truncate('month', e.sortDate)
       END AS start
  WITH start, e.type AS type, count(e) AS count
  ORDER BY start, count DESC, type
  RETURN collect({start: toString(start), type: type, count: count}) AS timeline
}
CALL (r) {
  UNWIND CASE WHEN $topicsLimit > 0 THEN [r] ELSE [] END AS asked
  MATCH (asked)<-[:PART_OF]-(e:Event)-[:DISCUSSED]->(t:Topic)
  WITH t, count(DISTINCT e) AS n
  ORDER BY n DESC, t.id
  LIMIT $topicsLimit
  RETURN collect({topic: t {.id, .label, .labelFr, .context, .broader}, eventCount: n}) AS topics
}
CALL (r) {
  UNWIND CASE WHEN $peopleLimit > 0 THEN [r] ELSE [] END AS asked
  MATCH (asked)<-[:PART_OF]-(e:Event)<-[:PARTICIPATED_IN]-(p:Person)
  WITH p, count(DISTINCT e) AS n, max(e.sortDate) AS last
  ORDER BY n DESC, last DESC, p.id
  LIMIT $peopleLimit
  RETURN collect({
    person: p {.id, .name, aliases: coalesce(p.aliases, []), countryCode: p.country},
    eventCount: n, lastDate: toString(last)
  }) AS people
}
RETURN r {
  .id, eventCount: coalesce(r.eventCount, 0), firstDate: toString(r.firstDate), lastDate: toString(r.lastDate),
  countries: [(r)-[:BETWEEN]->(c:Country) | c {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion}]
} AS relation, timeline, topics, people
