// Event counts per calendar bucket (first day of month, quarter or year) and type for each
// relation, batched over relation ids. Events with an unknown year, and events dated less
// precisely than the bucket (a year-only date in a month timeline), are not counted. Read from
// the relation's tallies (tallies.sync): a year bucket lying wholly in the range gives its
// per-month counts; one the range cuts gives its dates in the range.
UNWIND $ids AS id
MATCH (t:Tally {scope: id, kind: 'relation-type'})
WHERE t.year IS NOT NULL
  AND NOT (t.rough AND $granularity <> 'YEAR')
  AND ($from IS NULL OR t.year >= date($from).year)
  AND ($to IS NULL OR t.year <= date($to).year)
WITH id, t,
     CASE WHEN ($from IS NULL OR t.first >= $from) AND ($to IS NULL OR t.last <= $to)
          THEN [m IN range(1, 12) WHERE t.months[m - 1] > 0 | {month: m, count: t.months[m - 1]}]
          ELSE [x IN t.entries WHERE substring(x, 0, 10) >= coalesce($from, '') AND substring(x, 0, 10) <= coalesce($to, '9999-12-31')
                | {month: toInteger(substring(x, 5, 2)), count: 1}] END AS months
UNWIND months AS m
WITH id, t.other AS type,
     CASE $granularity
       WHEN 'YEAR' THEN date({year: t.year})
       WHEN 'QUARTER' THEN date({year: t.year, month: 3 * ((m.month - 1) / 3) + 1})
       ELSE date({year: t.year, month: m.month})
     END AS start, m.count AS n
WITH id, start, type, sum(n) AS count
ORDER BY id, start, count DESC, type
RETURN id AS relationId, toString(start) AS start, type, count
