// Events matching a filter, anchored on the events discussing topics: for each value of
// $anchorValues, the number of matches and one page in the requested order. The one-anchor
// form of meetings.list (chosen by listMeetings when the filter names a topic): without the
// branches of other anchors the planner runs a plain expand-filter-sort, about 3x faster.
// Only events carry the anchor's edges, so the far node's label is not checked.
WITH date($from) AS fromDate, date($to) AS toDate
UNWIND $anchorValues AS anchorValue
CALL (anchorValue, fromDate, toDate) {
  // With a period, the topic's events of the period from the (topic, sortDate) edge index of
  // schema/005-edge-indexes.cypher; without one, all of them, through the Topic node.
  CALL (anchorValue, fromDate, toDate) {
    UNWIND CASE WHEN fromDate IS NULL AND toDate IS NULL THEN [] ELSE [anchorValue] END AS inPeriodOf
    MATCH (e)-[d:DISCUSSED]->()
    WHERE d.topic = inPeriodOf
      AND d.sortDate >= coalesce(fromDate, date('-999999999-01-01'))
      AND d.sortDate <= coalesce(toDate, date('+999999999-12-31'))
    RETURN e, d.sortDate AS sortDate
    UNION ALL
    UNWIND CASE WHEN fromDate IS NULL AND toDate IS NULL THEN [anchorValue] ELSE [] END AS allOf
    MATCH (:Topic {id: allOf})<-[:DISCUSSED]-(e)
    RETURN e, e.sortDate AS sortDate
  }
  WITH e, sortDate
  // A barrier: the planner would otherwise test every optional criterion below (even with
  // its parameter null) on every event of the anchor, before the date range has cut them down.
  // Each event's sortDate travels with it, read once: the sort below reads it from the pair.
  WITH collect([e, sortDate]) AS inPeriod
  UNWIND inPeriod AS pair
  WITH pair[0] AS e, pair[1] AS sortDate
  WHERE (size($types) = 0 OR e.type IN $types)
    AND ($status IS NULL OR e.status = $status)
    AND ($relation IS NULL OR EXISTS { (e)-[:PART_OF]->(:Relation {id: $relation}) })
    AND ($person IS NULL OR EXISTS { (:Person {id: $person})-[:PARTICIPATED_IN]->(e) })
    AND all(code IN $countries WHERE EXISTS { (e)-[:INVOLVES]->(:Country {code: code}) })
    AND ($topic IS NULL OR EXISTS { (e)-[:DISCUSSED]->(:Topic {id: $topic}) })
    AND ($organization IS NULL
         OR EXISTS { (e)<-[:PARTICIPATED_IN]-(:Person)-[:HOLDS_OFFICE]->(:Organization {id: $organization}) }
         OR EXISTS { (e)-[:REPORTED_IN]->(:Article)-[:MENTIONS]->(:Organization {id: $organization}) })
  // Counted once, then only the requested page's worth kept in order (a top-k, not a sort of
  // every match). Events with an unknown year (sortDate null) sort last in every order; id
  // breaks ties so that pages are stable.
  WITH collect([e, sortDate]) AS matches
  CALL (matches) {
    UNWIND matches AS pair
    WITH pair[0] AS e, pair[1] AS sortDate
    // Keyset (issue 14): with $afterKey, only events after that one in the order are
    // candidates (undated last, id breaking ties), and $skip is 0.
    WHERE $afterKey IS NULL
       OR CASE
            WHEN $afterKey.sortDate IS NULL THEN sortDate IS NULL AND e.id > $afterKey.id
            WHEN sortDate IS NULL THEN true
            WHEN sortDate = date($afterKey.sortDate) THEN e.id > $afterKey.id
            WHEN $order = 'DATE_ASC' THEN sortDate > date($afterKey.sortDate)
            ELSE sortDate < date($afterKey.sortDate)
          END
    ORDER BY CASE WHEN $order = 'ARTICLE_COUNT_DESC' THEN coalesce(e.articleCount, 0) ELSE 0 END DESC,
             sortDate IS NULL,
             CASE WHEN $order = 'DATE_ASC' THEN sortDate END ASC,
             CASE WHEN $order <> 'DATE_ASC' THEN sortDate END DESC,
             e.id
    LIMIT $skip + $limit
    RETURN collect(e) AS top
  }
  RETURN size(matches) AS total, top[$skip..] AS events
}
// With $withDetails (the client asked for the events' participants, countries, place, topics
// or sources), each event's stored details as events.details reads them, in this same round
// trip: a page costs one query instead of two.
RETURN anchorValue,
       total,
       CASE WHEN $withDetails THEN [e IN events | e.detailsJson] ELSE [] END AS details,
       [e IN events | e {
         .id, .type, .status, .title, .date, .datePrecision, sortDate: toString(e.sortDate), .setting, .confidence,
         .plover, .ploverMode, .cameo, articleCount: coalesce(e.articleCount, 0)
       }] AS items
