// The tally buckets of each relation's timeline (month, quarter or year), batched over relation
// ids: per relation, one [year, type, counts of its 12 months] list per relation-type bucket
// (tallies.sync) of the range's years, which the API sums into calendar buckets
// (src/graph/timelineRows.ts), as relations.overview gives them for one relation. A year bucket
// lying wholly in the range gives its per-month counts; one the range cuts counts its dates in
// the range. Events with an unknown year, and events dated less precisely than the bucket (a
// year-only date in a month timeline), are not counted. A relation without buckets in the range
// gives no row.
UNWIND $ids AS id
// A range on year (no OR) so that the (scope, kind, year) index seeks the range's years; each
// property read once (see relations.overview).
MATCH (t:Tally)
WHERE t.scope = id AND t.kind = 'relation-type'
  AND t.year >= coalesce(date($from).year, -999999999) AND t.year <= coalesce(date($to).year, 999999999)
  AND NOT (t.rough AND $granularity <> 'YEAR')
WITH id, t, t.months AS counts, ($from IS NULL OR t.first >= $from) AND ($to IS NULL OR t.last <= $to) AS whole
WITH id, t, counts, whole,
     CASE WHEN whole THEN null
          ELSE [x IN t.entries WHERE substring(x, 0, 10) >= coalesce($from, '') AND substring(x, 0, 10) <= coalesce($to, '9999-12-31')
                | toInteger(substring(x, 5, 2))] END AS cut
RETURN id AS relationId,
       collect([t.year, t.other, CASE WHEN whole THEN counts ELSE [m IN range(1, 12) | size([x IN cut WHERE x = m])] END]) AS buckets
