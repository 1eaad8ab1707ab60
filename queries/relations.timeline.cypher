// Event counts per calendar bucket (first day of month, quarter or year) and type for each
// relation, batched over relation ids. Events with an unknown year, and events dated less
// precisely than the bucket (a year-only date in a month timeline), are not counted.
UNWIND $ids AS id
MATCH (:Relation {id: id})<-[:PART_OF]-(e:Event)
WHERE e.sortDate IS NOT NULL
  AND ($from IS NULL OR e.sortDate >= date($from))
  AND ($to IS NULL OR e.sortDate <= date($to))
  AND NOT (e.datePrecision = 'year' AND $granularity <> 'YEAR')
WITH id, e,
     CASE $granularity
       WHEN 'YEAR' THEN date.truncate('year', e.sortDate)
       WHEN 'QUARTER' THEN date.truncate('quarter', e.sortDate)
       ELSE date.truncate('month', e.sortDate)
     END AS start
WITH id, start, e.type AS type, count(e) AS count
ORDER BY id, start, count DESC, type
RETURN id AS relationId, toString(start) AS start, type, count
