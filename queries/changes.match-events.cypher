// Which of the events a poll found changed match each subscription filter: for each filter
// (tagged with its key), the matching ids. The criteria are meetings.list's, so a subscription
// fires for exactly the events the meetings query with the same filter lists; free text goes
// through the event_text full-text index once per filter, then is checked per event.
UNWIND $filters AS f
CALL (f) {
  UNWIND CASE WHEN f.text IS NULL THEN [] ELSE [f.text] END AS words
  CALL db.index.fulltext.queryNodes('event_text', words) YIELD node
  WITH node WHERE node:Event AND node.id IN $ids
  RETURN collect(node.id) AS textHits
}
CALL (f, textHits) {
  WITH date(f.from) AS fromDate, date(f.to) AS toDate
  UNWIND $ids AS id
  MATCH (e:Event {id: id})
  WHERE (f.relation IS NULL OR EXISTS { (e)-[:PART_OF]->(:Relation {id: f.relation}) })
    AND (f.person IS NULL OR EXISTS { (:Person {id: f.person})-[:PARTICIPATED_IN]->(e) })
    AND all(code IN f.countries WHERE EXISTS { (e)-[:INVOLVES]->(:Country {code: code}) })
    AND (f.topic IS NULL OR EXISTS { (e)-[:DISCUSSED]->(:Topic {id: f.topic}) })
    AND (f.organization IS NULL
         OR EXISTS { (e)<-[:PARTICIPATED_IN]-(:Person)-[:HOLDS_OFFICE]->(:Organization {id: f.organization}) }
         OR EXISTS { (e)-[:REPORTED_IN]->(:Article)-[:MENTIONS]->(:Organization {id: f.organization}) })
    AND (size(f.types) = 0 OR e.type IN f.types)
    AND (f.status IS NULL OR e.status = f.status)
    AND (fromDate IS NULL OR e.sortDate >= fromDate)
    AND (toDate IS NULL OR e.sortDate <= toDate)
    AND (f.text IS NULL OR e.id IN textHits)
  RETURN collect(e.id) AS matched
}
RETURN f.key AS key, matched
