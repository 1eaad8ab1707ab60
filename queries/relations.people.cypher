// For each relation, the persons who took part in its events, most active first, batched over
// relation ids.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Relation {id: id})<-[:PART_OF]-(e:Event)<-[:PARTICIPATED_IN]-(p:Person)
  WITH p, count(DISTINCT e) AS n, max(e.sortDate) AS last
  ORDER BY n DESC, last DESC, p.id
  LIMIT $limit
  RETURN collect({
    person: p {.id, .name, aliases: coalesce(p.aliases, []), countryCode: p.country},
    eventCount: n, lastDate: toString(last)
  }) AS people
}
RETURN id AS relationId, people
