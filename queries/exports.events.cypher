// Every event matching a filter, oldest first (events with an unknown year last, id breaking
// ties), with its stored details: the rows of `diplograph export` and of GET /export, streamed
// to the client a fetch at a time. The anchors and criteria are meetings.list's, so an export
// holds exactly the events the meetings query pages through; 'dates' and 'all' (no anchor)
// start from the date index or every event, as an export reads them all anyway.
// Only the sort keys and the node travel through the sort; properties and the details JSON are
// read after it, a row at a time, as the client pulls them.
WITH date($from) AS fromDate, date($to) AS toDate
CALL (fromDate, toDate) {
  UNWIND CASE WHEN $anchorKind = 'person' THEN [$anchorValue] ELSE [] END AS personId
  MATCH (:Person {id: personId})-[:PARTICIPATED_IN]->(e)
  RETURN e
  UNION ALL
  UNWIND CASE WHEN $anchorKind = 'relation' THEN [$anchorValue] ELSE [] END AS relationId
  MATCH (:Relation {id: relationId})<-[:PART_OF]-(e)
  RETURN e
  UNION ALL
  UNWIND CASE WHEN $anchorKind = 'country' THEN [$anchorValue] ELSE [] END AS code
  MATCH (:Country {code: code})<-[:INVOLVES]-(e)
  RETURN e
  UNION ALL
  UNWIND CASE WHEN $anchorKind = 'topic' THEN [$anchorValue] ELSE [] END AS topicId
  MATCH (:Topic {id: topicId})<-[:DISCUSSED]-(e)
  RETURN e
  UNION ALL
  UNWIND CASE WHEN $anchorKind = 'organization' THEN [$anchorValue] ELSE [] END AS organizationId
  MATCH (o:Organization {id: organizationId})
  CALL (o) {
    MATCH (o)<-[:HOLDS_OFFICE]-(:Person)-[:PARTICIPATED_IN]->(e:Event)
    RETURN e
    UNION
    MATCH (o)<-[:MENTIONS]-(:Article)<-[:REPORTED_IN]-(e:Event)
    RETURN e
  }
  RETURN e
  UNION ALL
  UNWIND CASE WHEN $anchorKind = 'text' THEN [$anchorValue] ELSE [] END AS words
  CALL db.index.fulltext.queryNodes('event_text', words) YIELD node
  WITH node AS e WHERE e:Event
  RETURN e
  UNION ALL
  // A period without any other anchor: the events of the period from the sortDate index.
  UNWIND CASE WHEN $anchorKind = 'dates' THEN [1] ELSE [] END AS inPeriod
  MATCH (e:Event)
  WHERE e.sortDate >= coalesce(fromDate, date('-999999999-01-01'))
    AND e.sortDate <= coalesce(toDate, date('+999999999-12-31'))
  RETURN e
  UNION ALL
  UNWIND CASE WHEN $anchorKind = 'all' THEN [1] ELSE [] END AS everything
  MATCH (e:Event)
  RETURN e
}
WITH e, fromDate, toDate
WHERE ($relation IS NULL OR EXISTS { (e)-[:PART_OF]->(:Relation {id: $relation}) })
  AND ($person IS NULL OR EXISTS { (:Person {id: $person})-[:PARTICIPATED_IN]->(e) })
  AND all(code IN $countries WHERE EXISTS { (e)-[:INVOLVES]->(:Country {code: code}) })
  AND ($topic IS NULL OR EXISTS { (e)-[:DISCUSSED]->(:Topic {id: $topic}) })
  AND ($organization IS NULL
       OR EXISTS { (e)<-[:PARTICIPATED_IN]-(:Person)-[:HOLDS_OFFICE]->(:Organization {id: $organization}) }
       OR EXISTS { (e)-[:REPORTED_IN]->(:Article)-[:MENTIONS]->(:Organization {id: $organization}) })
  AND (size($types) = 0 OR e.type IN $types)
  AND ($status IS NULL OR e.status = $status)
  AND (fromDate IS NULL OR e.sortDate >= fromDate)
  AND (toDate IS NULL OR e.sortDate <= toDate)
WITH e, e.sortDate AS sortDate
ORDER BY sortDate IS NULL, sortDate, e.id
RETURN e {
         .id, .type, .status, .title, .date, .datePrecision, sortDate: toString(sortDate), .setting, .confidence,
         .plover, .ploverMode, .cameo, articleCount: coalesce(e.articleCount, 0)
       } AS event,
       e.detailsJson AS detailsJson
