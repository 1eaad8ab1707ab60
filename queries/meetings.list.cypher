// Events matching a filter: for each anchor value, the total and one page in the requested
// order. listMeetings picks the most selective criterion as the anchor ($anchorKind) so the
// match starts from few nodes, and leaves that criterion out of the per-event checks; each
// branch runs only for its kind and yields each event once (hence UNION ALL, no Distinct).
// listMeetings runs it for free text and organisations; the other anchors, and filters with
// no anchor, have a query of their own (meetings.by-<kind>, meetings.by-date).
// Several anchor values (e.g. the persons of a page, each with its events) are answered in
// one query.
WITH date($from) AS fromDate, date($to) AS toDate
UNWIND $anchorValues AS anchorValue
// Only events have PARTICIPATED_IN, PART_OF, INVOLVES and DISCUSSED edges: a label check on
// the far node would cost one read per candidate event for nothing.
CALL (anchorValue, fromDate, toDate) {
  WITH anchorValue WHERE $anchorKind = 'person'
  MATCH (:Person {id: anchorValue})-[:PARTICIPATED_IN]->(e)
  RETURN e
  UNION ALL
  WITH anchorValue WHERE $anchorKind = 'relation'
  MATCH (:Relation {id: anchorValue})<-[:PART_OF]-(e)
  RETURN e
  UNION ALL
  WITH anchorValue WHERE $anchorKind = 'country'
  MATCH (:Country {code: anchorValue})<-[:INVOLVES]-(e)
  RETURN e
  UNION ALL
  WITH anchorValue WHERE $anchorKind = 'topic'
  MATCH (:Topic {id: anchorValue})<-[:DISCUSSED]-(e)
  RETURN e
  UNION ALL
  WITH anchorValue WHERE $anchorKind = 'organization'
  MATCH (o:Organization {id: anchorValue})
  CALL (o) {
    MATCH (o)<-[:HOLDS_OFFICE]-(:Person)-[:PARTICIPATED_IN]->(e:Event)
    RETURN e
    UNION
    MATCH (o)<-[:MENTIONS]-(:Article)<-[:REPORTED_IN]-(e:Event)
    RETURN e
  }
  RETURN e
  UNION ALL
  // The planner evaluates a parameter-only WHERE wherever it likes, even after a scan; an
  // UNWIND of an empty list guarantees that a branch of another kind reads nothing.
  UNWIND CASE WHEN $anchorKind = 'text' THEN [anchorValue] ELSE [] END AS words
  CALL db.index.fulltext.queryNodes('event_text', words) YIELD node
  WITH node AS e WHERE e:Event
  RETURN e
}
WITH anchorValue, e, fromDate, toDate
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
// Events with an unknown year (sortDate null) sort last in every order; id breaks ties so
// that pages are stable.
WITH anchorValue, e
ORDER BY CASE WHEN $order = 'ARTICLE_COUNT_DESC' THEN coalesce(e.articleCount, 0) ELSE 0 END DESC,
         e.sortDate IS NULL,
         CASE WHEN $order = 'DATE_ASC' THEN e.sortDate END ASC,
         CASE WHEN $order <> 'DATE_ASC' THEN e.sortDate END DESC,
         e.id
WITH anchorValue, collect(e) AS matches
WITH anchorValue, size(matches) AS total, matches[$skip..($skip + $limit)] AS events
// With $withDetails, each event's stored details as events.details reads them.
RETURN anchorValue,
       total,
       CASE WHEN $withDetails THEN [e IN events | e.detailsJson] ELSE [] END AS details,
       [e IN events | e {
         .id, .type, .status, .title, .date, .datePrecision, sortDate: toString(e.sortDate), .setting, .confidence,
         .plover, .ploverMode, .cameo, articleCount: coalesce(e.articleCount, 0)
       }] AS items
