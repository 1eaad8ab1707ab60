// Counts over the whole graph for the API's `stats`.
CALL () {
  MATCH (e:Event)
  RETURN count(e) AS events, min(e.sortDate) AS firstEventDate, max(e.sortDate) AS lastEventDate
}
CALL () {
  MATCH (e:Event)
  WITH e.type AS type, count(*) AS n
  ORDER BY n DESC, type
  RETURN collect({type: type, count: n}) AS eventsByType
}
RETURN events, eventsByType, firstEventDate, lastEventDate,
       COUNT { (:Article) } AS articles,
       COUNT { (:Person) } AS persons,
       COUNT { (:Organization) } AS organizations,
       COUNT { (:Place) } AS places,
       COUNT { (:Topic) } AS topics,
       COUNT { (:Relation) } AS relations,
       COUNT { MATCH (c:Country) WHERE EXISTS { (c)<-[:INVOLVES]-(:Event) } } AS countriesInvolved
