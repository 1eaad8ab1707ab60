// Events matching a filter whose only criteria are a period, types and a status (chosen by
// listMeetings when no person, pair, text, country, organisation or topic narrows them): the
// number of matches and one page in the requested order. The page in date order walks the
// Event.sortDate index in that order and stops after the page (ties broken by id, so that
// pages are stable), instead of sorting every event of the graph, unless few events match (see
// $fewMatches below); the count of all events comes from the store's counts. Events with an unknown year (sortDate null, matched only when
// no period is given) sort last in every order: they are read only by a page that reaches past
// the dated ones.
WITH date($from) AS fromDate, date($to) AS toDate, $skip + $limit AS wanted
WITH fromDate, toDate, wanted, fromDate IS NULL AND toDate IS NULL AS anyDate,
     coalesce(fromDate, date('-999999999-01-01')) AS lo, coalesce(toDate, date('+999999999-12-31')) AS hi
UNWIND $anchorValues AS anchorValue
CALL (anyDate, lo, hi) {
  WITH anyDate WHERE anyDate AND size($types) = 0 AND $status IS NULL
  RETURN COUNT { (:Event) } AS total
  UNION ALL
  // Without a period, types or else the status are counted in their own indexes.
  UNWIND CASE WHEN anyDate AND size($types) > 0 THEN [1] ELSE [] END AS _
  MATCH (e:Event)
  WHERE e.type IN $types AND ($status IS NULL OR e.status = $status)
  RETURN count(e) AS total
  UNION ALL
  UNWIND CASE WHEN anyDate AND size($types) = 0 AND $status IS NOT NULL THEN [1] ELSE [] END AS _
  MATCH (e:Event)
  WHERE e.status = $status
  RETURN count(e) AS total
  UNION ALL
  UNWIND CASE WHEN anyDate THEN [] ELSE [1] END AS _
  MATCH (e:Event)
  WHERE e.sortDate >= lo AND e.sortDate <= hi
    AND (size($types) = 0 OR e.type IN $types) AND ($status IS NULL OR e.status = $status)
  RETURN count(e) AS total
}
// Each aggregating branch returns a row even when it did not run: the largest is the count.
WITH anchorValue, anyDate, lo, hi, wanted, max(total) AS total
// At most $fewMatches events of the types or status asked for, with no period (counted in their
// own index above): the page is the newest (or oldest) of them, read through that index and
// sorted, instead of a walk of the date index that would pass over nearly every event to fill
// it (the whole index when none matches).
WITH anchorValue, anyDate, lo, hi, wanted, total,
     anyDate AND (size($types) > 0 OR $status IS NOT NULL) AND total <= $fewMatches AS sparse
CALL (sparse) {
  CALL (sparse) {
    UNWIND CASE WHEN sparse AND size($types) > 0 THEN [1] ELSE [] END AS _
    MATCH (e:Event)
    WHERE e.type IN $types AND ($status IS NULL OR e.status = $status)
    RETURN e
    UNION ALL
    UNWIND CASE WHEN sparse AND size($types) = 0 THEN [1] ELSE [] END AS _
    MATCH (e:Event)
    WHERE e.status = $status
    RETURN e
  }
  WITH e
  ORDER BY e.sortDate IS NULL,
           CASE WHEN $order = 'DATE_ASC' THEN e.sortDate END ASC,
           CASE WHEN $order <> 'DATE_ASC' THEN e.sortDate END DESC,
           e.id
  LIMIT $skip + $limit
  RETURN collect(e) AS fewMatches
}
// Else both date orders are read, each a walk of the index that stops after the page: cheaper
// than making the planner choose a branch by parameter, which costs it the index order. With
// few matches the walks get an empty range (a guard before them would cost that order too).
WITH anchorValue, anyDate, lo, hi, wanted, total, sparse, fewMatches,
     CASE WHEN sparse THEN date('+999999999-12-31') ELSE lo END AS walkFrom,
     CASE WHEN sparse THEN date('-999999999-01-01') ELSE hi END AS walkTo
CALL (walkFrom, walkTo) {
  MATCH (e:Event)
  WHERE e.sortDate >= walkFrom AND e.sortDate <= walkTo
    AND (size($types) = 0 OR e.type IN $types) AND ($status IS NULL OR e.status = $status)
  WITH e ORDER BY e.sortDate DESC, e.id LIMIT $skip + $limit
  RETURN collect(e) AS newest
}
CALL (walkFrom, walkTo) {
  MATCH (e:Event)
  WHERE e.sortDate >= walkFrom AND e.sortDate <= walkTo
    AND (size($types) = 0 OR e.type IN $types) AND ($status IS NULL OR e.status = $status)
  WITH e ORDER BY e.sortDate ASC, e.id LIMIT $skip + $limit
  RETURN collect(e) AS oldest
}
WITH anchorValue, anyDate, lo, hi, wanted, total, sparse, fewMatches, CASE WHEN $order = 'DATE_ASC' THEN oldest ELSE newest END AS dated
CALL (anyDate, wanted, dated, sparse) {
  UNWIND CASE WHEN anyDate AND NOT sparse AND size(dated) < wanted THEN [1] ELSE [] END AS _
  MATCH (e:Event)
  WHERE e.sortDate IS NULL
    AND (size($types) = 0 OR e.type IN $types) AND ($status IS NULL OR e.status = $status)
  WITH e ORDER BY e.id LIMIT $skip + $limit
  WITH collect(e) AS found
  RETURN found[..(wanted - size(dated))] AS undated
}
// Ordered by article count, every match is a candidate (no index holds that order).
CALL (anyDate, lo, hi) {
  UNWIND CASE WHEN $order = 'ARTICLE_COUNT_DESC' THEN [1] ELSE [] END AS _
  MATCH (e:Event)
  WHERE (anyDate OR (e.sortDate >= lo AND e.sortDate <= hi))
    AND (size($types) = 0 OR e.type IN $types) AND ($status IS NULL OR e.status = $status)
  WITH e ORDER BY coalesce(e.articleCount, 0) DESC, e.sortDate IS NULL, e.sortDate DESC, e.id LIMIT $skip + $limit
  RETURN collect(e) AS mostReported
}
WITH anchorValue, total,
     (CASE WHEN $order = 'ARTICLE_COUNT_DESC' THEN mostReported WHEN sparse THEN fewMatches ELSE dated + undated END)[$skip..] AS events
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
