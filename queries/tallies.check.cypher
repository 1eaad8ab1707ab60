// Every tally recounted from the events by aggregation (not through the Tallied records the
// writers keep), bucket by bucket, and compared with the Tally kept for it: per kind, the events
// recounted and the buckets that disagree (a first few of them). The bucket keys are those of
// tallies.sync. For `db check` and the tests.
CALL () {
  MATCH (e:Event)-[:PART_OF]->(r:Relation)
  WITH DISTINCT e, r
  RETURN 'relation-type|' + r.id + '|' + coalesce(toString(e.sortDate.year), 'undated') + '|' + coalesce(e.type, 'other')
         + '|' + CASE WHEN coalesce(e.datePrecision = 'year', false) THEN 'rough' ELSE 'precise' END
         + '|' + CASE WHEN EXISTS { (e)-[:DURING]->(:Event) } THEN 'during' ELSE 'encounter' END AS key,
         count(*) AS n
  UNION ALL
  MATCH (e:Event)-[:PART_OF]->(r:Relation)
  WITH DISTINCT e, r
  RETURN 'relation-year|' + r.id + '|' + coalesce(toString(e.sortDate.year), 'undated') AS key, count(*) AS n
  UNION ALL
  MATCH (t:Topic)<-[:DISCUSSED]-(e:Event)-[:PART_OF]->(r:Relation)
  WITH DISTINCT e, r, t
  RETURN 'relation-topic|' + r.id + '|' + t.id AS key, count(*) AS n
  UNION ALL
  MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event)-[:PART_OF]->(r:Relation)
  WITH DISTINCT e, r, p
  RETURN 'relation-person|' + r.id + '|' + p.id AS key, count(*) AS n
  UNION ALL
  MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(o:Person)
  WHERE p <> o
  WITH DISTINCT e, p, o
  RETURN 'counterpart|' + p.id + '|' + o.id AS key, count(*) AS n
  UNION ALL
  MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event)
  WITH DISTINCT e, p
  RETURN 'person-events|' + p.id + '|' + coalesce(toString(e.sortDate.year), 'undated') AS key, count(*) AS n
  UNION ALL
  MATCH (e:Event)-[:INVOLVES]->(c:Country)
  WITH DISTINCT e, c
  RETURN 'country-month|' + c.code + '|' + coalesce(left(toString(e.sortDate), 7), 'undated') AS key, count(*) AS n
}
WITH split(key, '|')[0] AS kind, key, n
OPTIONAL MATCH (t:Tally {key: key})
WITH kind, sum(n) AS recounted,
     collect(CASE WHEN t IS NULL OR t.count <> n THEN {key: key, kept: t.count, recounted: n} END) AS wrong
RETURN kind, recounted, size(wrong) AS wrongCount, wrong[..5] AS wrong
ORDER BY kind
