// For each person, the persons met most often in the period (shared events), batched over
// person ids; events with an unknown year count only when no period is given.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Person {id: id})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(o:Person)
  WHERE o.id <> id
    AND ($since IS NULL OR e.sortDate >= date($since))
    AND ($until IS NULL OR e.sortDate <= date($until))
  WITH o, count(DISTINCT e) AS n, max(e.sortDate) AS last
  ORDER BY n DESC, last DESC, o.id
  LIMIT $limit
  RETURN collect({
    person: o {.id, .name, aliases: coalesce(o.aliases, []), countryCode: o.country},
    eventCount: n, lastDate: toString(last)
  }) AS counterparts
}
RETURN id AS personId, counterparts
