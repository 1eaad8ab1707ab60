// For each relation, its events per type and its encounters (events not DURING another: a
// visit with its talks and signings is one encounter), in a period or all time, batched over
// relation ids. All time, the relation's events are read through its node, as eventCount counts
// them (those of unknown year included); in a period, through the (relation, sortDate) edge
// index of schema/005-edge-indexes.cypher, as countries.partners counts them (those of unknown
// year drop out). A relation without events in the period gives no row.
UNWIND $ids AS id
MATCH (r:Relation {id: id})
CALL (r) {
  UNWIND CASE WHEN $since IS NULL AND $until IS NULL THEN [r] ELSE [] END AS allTime
  MATCH (allTime)<-[:PART_OF]-(e:Event)
  RETURN e
  UNION ALL
  UNWIND CASE WHEN $since IS NULL AND $until IS NULL THEN [] ELSE [r.id] END AS inPeriod
  MATCH ()-[po:PART_OF]->()
  WHERE po.relation = inPeriod
    AND po.sortDate >= coalesce(date($since), date('-999999999-01-01'))
    AND po.sortDate <= coalesce(date($until), date('+999999999-12-31'))
  RETURN startNode(po) AS e
}
WITH r, e.type AS type, count(e) AS n, count(CASE WHEN NOT EXISTS { (e)-[:DURING]->(:Event) } THEN 1 END) AS encounters
ORDER BY n DESC, type
WITH r, collect({type: type, count: n}) AS countsByType, sum(encounters) AS encounterCount
RETURN r.id AS relationId, countsByType, encounterCount
