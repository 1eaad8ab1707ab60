// Event counts per calendar bucket (first day of month, quarter or year) and type for each
// relation, batched over relation ids. Events with an unknown year, and events dated less
// precisely than the bucket (a year-only date in a month timeline), are not counted. Read from
// the relation's tallies (tallies.sync): a year bucket lying wholly in the range gives its
// per-month counts; one the range cuts gives its dates in the range.
UNWIND $ids AS id
// A range on year (no OR) so that the (scope, kind, year) index seeks the range's years; each
// property read once (see relations.overview).
MATCH (t:Tally)
WHERE t.scope = id AND t.kind = 'relation-type'
  AND t.year >= coalesce(date($from).year, -999999999) AND t.year <= coalesce(date($to).year, 999999999)
  AND NOT (t.rough AND $granularity <> 'YEAR')
WITH id, t, t.year AS year, t.other AS type, t.months AS counts,
     ($from IS NULL OR t.first >= $from) AND ($to IS NULL OR t.last <= $to) AS whole
WITH id, year, type,
     CASE WHEN whole
          THEN [m IN range(1, 12) WHERE counts[m - 1] > 0 | [m, counts[m - 1]]]
          ELSE [x IN t.entries WHERE substring(x, 0, 10) >= coalesce($from, '') AND substring(x, 0, 10) <= coalesce($to, '9999-12-31')
                | [toInteger(substring(x, 5, 2)), 1]] END AS months
UNWIND months AS m
WITH id, year, type,
     CASE $granularity WHEN 'YEAR' THEN 1 WHEN 'QUARTER' THEN 3 * ((m[0] - 1) / 3) + 1 ELSE m[0] END AS month, m[1] AS n
WITH id, year, month, type, sum(n) AS count
ORDER BY id, year, month, count DESC, type
RETURN id AS relationId, toString(date({year: year, month: month})) AS start, type, count
