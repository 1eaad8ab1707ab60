// Counts over the whole graph for the API's `stats`: node counts from the store's counts,
// the first and last event dates from the ends of the sortDate index, and events by type
// from the type index (its values, not the events), so no event is read. Each part collects,
// so that an empty graph still gives its one row.
CALL () {
  MATCH (e:Event) WHERE e.sortDate IS NOT NULL
  WITH e.sortDate AS d ORDER BY d ASC LIMIT 1
  RETURN collect(d)[0] AS firstEventDate
}
CALL () {
  MATCH (e:Event) WHERE e.sortDate IS NOT NULL
  WITH e.sortDate AS d ORDER BY d DESC LIMIT 1
  RETURN collect(d)[0] AS lastEventDate
}
CALL () {
  MATCH (e:Event) WHERE e.type IS NOT NULL
  WITH e.type AS type, count(*) AS n
  ORDER BY n DESC, type
  RETURN collect({type: type, count: n}) AS eventsByType
}
RETURN COUNT { (:Event) } AS events, eventsByType, firstEventDate, lastEventDate,
       COUNT { (:Article) } AS articles,
       COUNT { (:Person) } AS persons,
       COUNT { (:Organization) } AS organizations,
       COUNT { (:Place) } AS places,
       COUNT { (:Topic) } AS topics,
       COUNT { (:Relation) } AS relations,
       COUNT { MATCH (c:Country) WHERE EXISTS { (c)<-[:INVOLVES]-(:Event) } } AS countriesInvolved
