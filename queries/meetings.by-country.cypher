// Events matching a filter, anchored on the events involving countries: for each value of
// $anchorValues, the number of matches and one page in the requested order. The one-anchor
// form of meetings.list (chosen by listMeetings when the filter names a country).
// The country's events come from the edge indexes of schema/005-edge-indexes.cypher: dated
// ones of the period through (country, sortDate), undated ones (matched only when no period
// is given; they sort last in every order) through (country, undated). Neither reads the
// events' dates, nor anything else of an event that no criterion asks about.
WITH date($from) AS fromDate, date($to) AS toDate, $skip + $limit AS wanted
UNWIND $anchorValues AS anchorValue
CALL (anchorValue, fromDate, toDate, wanted) {
  // The dated matches, newest first as the index holds them (same-day events in no useful
  // order yet), and their dates, read from the index.
  CALL (anchorValue, fromDate, toDate) {
    MATCH (e)-[i:INVOLVES]->()
    WHERE i.country = anchorValue
      AND i.sortDate >= coalesce(fromDate, date('-999999999-01-01'))
      AND i.sortDate <= coalesce(toDate, date('+999999999-12-31'))
      AND (size($types) = 0 OR e.type IN $types)
      AND ($status IS NULL OR e.status = $status)
      AND ($relation IS NULL OR EXISTS { (e)-[:PART_OF]->(:Relation {id: $relation}) })
      AND ($person IS NULL OR EXISTS { (:Person {id: $person})-[:PARTICIPATED_IN]->(e) })
      AND all(code IN $countries WHERE EXISTS { (e)-[:INVOLVES]->(:Country {code: code}) })
      AND ($topic IS NULL OR EXISTS { (e)-[:DISCUSSED]->(:Topic {id: $topic}) })
      AND ($organization IS NULL
           OR EXISTS { (e)<-[:PARTICIPATED_IN]-(:Person)-[:HOLDS_OFFICE]->(:Organization {id: $organization}) }
           OR EXISTS { (e)-[:REPORTED_IN]->(:Article)-[:MENTIONS]->(:Organization {id: $organization}) })
    WITH e, i ORDER BY i.country DESC, i.sortDate DESC
    RETURN collect(e) AS dated, collect(i.sortDate) AS datedOn
  }
  // The undated matches, with the same criteria: a UNION with the branch above would cost the
  // index order, and a sort of every match.
  CALL (anchorValue, fromDate, toDate) {
    UNWIND CASE WHEN fromDate IS NULL AND toDate IS NULL THEN [anchorValue] ELSE [] END AS undatedOf
    MATCH (e)-[i:INVOLVES]->()
    WHERE i.country = undatedOf AND i.undated = true
      AND (size($types) = 0 OR e.type IN $types)
      AND ($status IS NULL OR e.status = $status)
      AND ($relation IS NULL OR EXISTS { (e)-[:PART_OF]->(:Relation {id: $relation}) })
      AND ($person IS NULL OR EXISTS { (:Person {id: $person})-[:PARTICIPATED_IN]->(e) })
      AND all(code IN $countries WHERE EXISTS { (e)-[:INVOLVES]->(:Country {code: code}) })
      AND ($topic IS NULL OR EXISTS { (e)-[:DISCUSSED]->(:Topic {id: $topic}) })
      AND ($organization IS NULL
           OR EXISTS { (e)<-[:PARTICIPATED_IN]-(:Person)-[:HOLDS_OFFICE]->(:Organization {id: $organization}) }
           OR EXISTS { (e)-[:REPORTED_IN]->(:Article)-[:MENTIONS]->(:Organization {id: $organization}) })
    RETURN collect(e) AS undated
  }
  WITH wanted, undated, size(dated) + size(undated) AS total,
       CASE WHEN $order = 'DATE_ASC' THEN reverse(dated) ELSE dated END AS dated,
       CASE WHEN $order = 'DATE_ASC' THEN reverse(datedOn) ELSE datedOn END AS datedOn,
       date($afterKey.sortDate) AS afterDate
  // A keyset page ($afterKey, issue 14) starts among the events dated like the cursor's event
  // or after it: `start` dated events lie wholly before it (counted in the list of dates, with
  // no event read), and the page needs the cursor's day and $limit more. An undated cursor
  // leaves only undated events after it.
  WITH wanted, undated, total, dated, datedOn,
       CASE WHEN $afterKey IS NULL THEN 0
            WHEN afterDate IS NULL THEN size(dated)
            WHEN $order = 'DATE_ASC' THEN size([d IN datedOn WHERE d < afterDate])
            ELSE size([d IN datedOn WHERE d > afterDate]) END AS start,
       CASE WHEN afterDate IS NULL THEN 0 ELSE size([d IN datedOn WHERE d = afterDate]) END AS atCursor
  WITH undated, total, dated, datedOn, start,
       CASE WHEN $afterKey IS NULL THEN wanted ELSE start + atCursor + $limit END AS needed
  // The page in date order lies among the first `needed` events and those on the same day as
  // the last of them: only these are sorted for it, with the id breaking ties so that pages
  // are stable. Undated events sort last in every order, so they are candidates only when the
  // page reaches past the dated ones; ordered by article count, every match is one.
  WITH total, undated, dated, datedOn, start, datedOn[needed - 1] AS boundary,
       $order = 'ARTICLE_COUNT_DESC' OR needed > size(dated) AS wholeList
  WITH total, start,
       CASE WHEN wholeList THEN size(dated)
            WHEN $order = 'DATE_ASC' THEN size([d IN datedOn WHERE d <= boundary])
            ELSE size([d IN datedOn WHERE d >= boundary]) END AS reach,
       dated, datedOn, CASE WHEN wholeList THEN undated ELSE [] END AS undated
  WITH total, [n IN range(start, reach - 1) | [dated[n], datedOn[n]]] + [e IN undated | [e, null]] AS candidates
  CALL (candidates) {
    UNWIND candidates AS pair
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
  RETURN total, top[$skip..] AS events
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
