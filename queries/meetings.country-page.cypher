// A country's events in a period with no other criterion, in date order (the dashboards'
// meetings page): for each value of $anchorValues, the number of matches and one page, as
// meetings.by-country gives them, without reading the matches one by one. The number is counted
// in the (country, sortDate) edge index of schema/005-edge-indexes.cypher (plus the country's
// undated events when no period is given); the page walks that index in date order and stops
// after $skip + $limit events, then reads the rest of the last day it reached, so that same-day
// events are ordered by id as in every other order (undated events, last, by id).
// listMeetings chooses it for a country filter with no other criterion, ordered by date.
WITH date($from) AS fromDate, date($to) AS toDate, date($afterKey.sortDate) AS afterDate, $skip + $limit AS wanted,
     $order = 'DATE_ASC' AS ascending
UNWIND $anchorValues AS anchorValue
CALL (anchorValue, fromDate, toDate) {
  MATCH ()-[i:INVOLVES]->()
  WHERE i.country = anchorValue
    AND i.sortDate >= coalesce(fromDate, date('-999999999-01-01'))
    AND i.sortDate <= coalesce(toDate, date('+999999999-12-31'))
  RETURN count(i) AS datedTotal
}
CALL (anchorValue, fromDate, toDate) {
  UNWIND CASE WHEN fromDate IS NULL AND toDate IS NULL THEN [anchorValue] ELSE [] END AS undatedOf
  MATCH ()-[i:INVOLVES]->()
  WHERE i.country = undatedOf AND i.undated = true
  RETURN count(i) AS undatedTotal
}
// The dated events after the cursor's day (all of them without a cursor), in index order, until
// the page is full; the walk stops there. Newest first and oldest first are two walks of the
// same index. The cursor's own day is read whole below: part of it comes before the cursor.
CALL (anchorValue, fromDate, toDate, afterDate, wanted, ascending) {
  CALL (anchorValue, fromDate, toDate, afterDate, wanted, ascending) {
    UNWIND CASE WHEN ascending OR ($afterKey IS NOT NULL AND afterDate IS NULL) THEN [] ELSE [anchorValue] END AS c
    MATCH ()-[i:INVOLVES]->()
    WHERE i.country = c
      AND i.sortDate >= coalesce(fromDate, date('-999999999-01-01'))
      AND i.sortDate <= coalesce(CASE WHEN afterDate <= toDate OR toDate IS NULL THEN afterDate - duration({days: 1}) ELSE toDate END, date('+999999999-12-31'))
    WITH i.sortDate AS d
    ORDER BY d DESC
    LIMIT $skip + $limit
    RETURN d
    UNION ALL
    UNWIND CASE WHEN NOT ascending OR ($afterKey IS NOT NULL AND afterDate IS NULL) THEN [] ELSE [anchorValue] END AS c
    MATCH ()-[i:INVOLVES]->()
    WHERE i.country = c
      AND i.sortDate >= coalesce(CASE WHEN afterDate >= fromDate OR fromDate IS NULL THEN afterDate + duration({days: 1}) ELSE fromDate END, date('-999999999-01-01'))
      AND i.sortDate <= coalesce(toDate, date('+999999999-12-31'))
    WITH i.sortDate AS d
    ORDER BY d ASC
    LIMIT $skip + $limit
    RETURN d
  }
  RETURN count(d) AS walkedCount, min(d) AS lowest, max(d) AS highest
}
// The candidates: every dated event from the cursor's day (or the period's start) to the last
// day the walk reached (the cursor's day when it reached none), both days whole; then, when the
// walk did not fill the page, the undated ones.
WITH anchorValue, datedTotal, undatedTotal, afterDate, wanted, ascending, fromDate, toDate,
     coalesce(CASE WHEN ascending THEN highest ELSE lowest END, afterDate) AS boundary, walkedCount < wanted AS short
CALL (anchorValue, fromDate, toDate, afterDate, ascending, boundary) {
  MATCH (e)-[i:INVOLVES]->()
  WHERE i.country = anchorValue AND boundary IS NOT NULL
    AND i.sortDate >= CASE WHEN ascending THEN coalesce(afterDate, fromDate, date('-999999999-01-01')) ELSE boundary END
    AND i.sortDate <= CASE WHEN ascending THEN boundary ELSE coalesce(afterDate, toDate, date('+999999999-12-31')) END
    AND i.sortDate >= coalesce(fromDate, date('-999999999-01-01'))
    AND i.sortDate <= coalesce(toDate, date('+999999999-12-31'))
  RETURN collect([e, i.sortDate]) AS dated
}
CALL (anchorValue, fromDate, toDate, short) {
  UNWIND CASE WHEN short AND fromDate IS NULL AND toDate IS NULL THEN [anchorValue] ELSE [] END AS undatedOf
  MATCH (e)-[i:INVOLVES]->()
  WHERE i.country = undatedOf AND i.undated = true
  RETURN collect([e, null]) AS undated
}
CALL (dated, undated, afterDate, ascending, wanted) {
  UNWIND dated + undated AS pair
  WITH pair[0] AS e, pair[1] AS sortDate
  WHERE $afterKey IS NULL
     OR CASE
          WHEN $afterKey.sortDate IS NULL THEN sortDate IS NULL AND e.id > $afterKey.id
          WHEN sortDate IS NULL THEN true
          WHEN sortDate = afterDate THEN e.id > $afterKey.id
          WHEN ascending THEN sortDate > afterDate
          ELSE sortDate < afterDate
        END
  ORDER BY sortDate IS NULL,
           CASE WHEN ascending THEN sortDate END ASC,
           CASE WHEN NOT ascending THEN sortDate END DESC,
           e.id
  LIMIT $skip + $limit
  RETURN collect(e) AS top
}
WITH anchorValue, datedTotal + undatedTotal AS total, top[$skip..] AS events
RETURN anchorValue,
       total,
       CASE WHEN $withDetails THEN [e IN events | e.detailsJson] ELSE [] END AS details,
       [e IN events | e {
         .id, .type, .status, .title, .date, .datePrecision, sortDate: toString(e.sortDate), .setting, .confidence,
         .plover, .ploverMode, .cameo, articleCount: coalesce(e.articleCount, 0)
       }] AS items
