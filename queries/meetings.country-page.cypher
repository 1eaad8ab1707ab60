// A country's events in a period with no other criterion, in date order (the dashboards'
// meetings page): for each value of $anchorValues, the number of matches and one page, as
// meetings.by-country gives them (undated events last and only when no period is given, ties by
// id, keyset after $afterKey), read from the country's per-month tallies (tallies.sync,
// 'country-month' buckets: each month's events as "sortDate|id" entries, undated ones in a
// bucket of their own) instead of the events: the total adds up the months' counts, and the
// page sorts the entries of only the months it reaches (issue 14). The (country, sortDate) edge
// index it replaces read every event of the period twice, since Neo4j 5.26 does not walk a
// relationship index in order: ~10,000 entries per request for two years at a million events.
// Only the months a period or the cursor cuts in two have their entries read to be counted.
// listMeetings chooses it for a country filter with no other criterion, ordered by date.
// Entries are compared with the period's and the cursor's days as ISO strings ("YYYY-MM-DD",
// the form toString gives a date), not as dates: building a date from each entry of a month
// (~400 at a million events) made a keyset page, whose cursor's month is filtered entry by
// entry, cost ~1 ms of Neo4j CPU more than the first page.
WITH date($from) AS fromDate, date($to) AS toDate, date($afterKey.sortDate) AS afterDate, $afterKey IS NOT NULL AS keyset,
     $order = 'DATE_ASC' AS ascending, $skip + $limit AS wanted
WITH fromDate, toDate, afterDate, keyset, ascending, wanted,
     coalesce(toString(fromDate), '') AS fromDay, coalesce(toString(toDate), '9999-12-31') AS toDay, toString(afterDate) AS afterDay
UNWIND $anchorValues AS anchorValue
CALL (anchorValue, fromDate, toDate, afterDate, keyset, ascending, wanted, fromDay, toDay, afterDay) {
  // The period's years through the (scope, kind, year) index, undated events (year null) too
  // when no period is given.
  CALL (anchorValue, fromDate, toDate) {
    MATCH (t:Tally)
    WHERE t.scope = anchorValue AND t.kind = 'country-month'
      AND t.year >= coalesce(fromDate.year, -999999999) AND t.year <= coalesce(toDate.year, 999999999)
    RETURN t
    UNION ALL
    UNWIND CASE WHEN fromDate IS NULL AND toDate IS NULL THEN [anchorValue] ELSE [] END AS undatedOf
    MATCH (t:Tally {key: 'country-month|' + undatedOf + '|undated'})
    RETURN t
  }
  WITH t, CASE WHEN t.year IS NOT NULL THEN date({year: t.year, month: t.month, day: 1}) END AS monthStart
  WITH t, monthStart, monthStart + duration({months: 1}) - duration({days: 1}) AS monthEnd
  // The months the period overlaps; the undated events only when no period is given.
  WHERE CASE WHEN monthStart IS NULL THEN fromDate IS NULL AND toDate IS NULL
             ELSE (fromDate IS NULL OR monthEnd >= fromDate) AND (toDate IS NULL OR monthStart <= toDate) END
  // A month the period cuts keeps the entries inside it (null: the whole month is inside).
  WITH t, monthStart, monthEnd,
       CASE WHEN monthStart IS NULL OR ((fromDate IS NULL OR monthStart >= fromDate) AND (toDate IS NULL OR monthEnd <= toDate)) THEN null
            ELSE [x IN t.entries WHERE left(x, 10) >= fromDay AND left(x, 10) <= toDay] END AS inPeriod
  // Where the month lies from the keyset cursor: wholly after it, wholly before it (no entry
  // left), or across it (the cursor's own month, or the undated ones after an undated cursor).
  WITH t, monthStart, inPeriod, coalesce(size(inPeriod), t.count) AS periodCount,
       CASE WHEN NOT keyset THEN 'after'
            WHEN afterDate IS NULL THEN CASE WHEN monthStart IS NULL THEN 'across' ELSE 'before' END
            WHEN monthStart IS NULL THEN 'after'
            WHEN (ascending AND monthStart > afterDate) OR (NOT ascending AND monthEnd < afterDate) THEN 'after'
            WHEN (ascending AND monthEnd < afterDate) OR (NOT ascending AND monthStart > afterDate) THEN 'before'
            ELSE 'across' END AS side
  WITH t, monthStart, periodCount,
       CASE side WHEN 'after' THEN inPeriod WHEN 'before' THEN [] ELSE
         [x IN coalesce(inPeriod, t.entries) WHERE CASE
            WHEN afterDate IS NULL THEN substring(x, 1) > $afterKey.id
            WHEN left(x, 10) = afterDay THEN substring(x, 11) > $afterKey.id
            WHEN ascending THEN left(x, 10) > afterDay
            ELSE left(x, 10) < afterDay END] END AS kept
  ORDER BY monthStart IS NULL, CASE WHEN ascending THEN monthStart END ASC, CASE WHEN NOT ascending THEN monthStart END DESC
  // The bucket, not its entries: a month's entries (~400 strings at a million events) are read
  // only for the months the page reaches, below; collecting them here read all 24 months'.
  WITH sum(periodCount) AS total, collect({t: t, kept: kept, n: coalesce(size(kept), t.count)}) AS months
  // The months in page order until they hold the page: only their entries are sorted.
  WITH total, reduce(acc = {n: 0, chosen: []}, m IN months |
         CASE WHEN acc.n >= wanted THEN acc ELSE {n: acc.n + m.n, chosen: acc.chosen + [m]} END).chosen AS chosen
  CALL (chosen, ascending) {
    UNWIND chosen AS m
    UNWIND coalesce(m.kept, m.t.entries) AS x
    // Entries are "sortDate|id" with a 10-character ISO date (years 0–9999), or "|id": sorted as
    // strings, the day and then the id, with no date built and no split per entry (~400 of them).
    WITH x, x STARTS WITH '|' AS undated, CASE WHEN NOT x STARTS WITH '|' THEN left(x, 10) END AS day
    ORDER BY undated, CASE WHEN ascending THEN x END ASC, CASE WHEN NOT ascending THEN day END DESC, x
    LIMIT $skip + $limit
    RETURN collect(substring(x, CASE WHEN undated THEN 1 ELSE 11 END)) AS ids
  }
  CALL (ids) {
    UNWIND range(0, size(ids) - 1) AS k
    MATCH (e:Event {id: ids[k]})
    WITH e, k ORDER BY k
    RETURN collect(e) AS top
  }
  RETURN total, top[$skip..] AS events
}
RETURN anchorValue,
       total,
       CASE WHEN $withDetails THEN [e IN events | e.detailsJson] ELSE [] END AS details,
       [e IN events | e {
         .id, .type, .status, .title, .date, .datePrecision, sortDate: toString(e.sortDate), .setting, .confidence,
         .plover, .ploverMode, .cameo, articleCount: coalesce(e.articleCount, 0)
       }] AS items
