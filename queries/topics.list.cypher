// Every topic with its number of events in the period, most discussed first; events with an
// unknown year count only when no period is given. Without a period the count is the topic's
// degree; with one, the events of the period are counted in the (topic, sortDate) edge index
// of schema/005-edge-indexes.cypher, without reading any event.
MATCH (t:Topic)
CALL (t) {
  WITH t WHERE $since IS NULL AND $until IS NULL
  RETURN COUNT { (t)<-[:DISCUSSED]-() } AS n
  UNION ALL
  UNWIND CASE WHEN $since IS NULL AND $until IS NULL THEN [] ELSE [t.id] END AS inPeriod
  MATCH ()-[d:DISCUSSED]->()
  WHERE d.topic = inPeriod
    AND d.sortDate >= coalesce(date($since), date('-999999999-01-01'))
    AND d.sortDate <= coalesce(date($until), date('+999999999-12-31'))
  RETURN count(*) AS n
}
// One row per branch that ran (an aggregation always returns one): their sum is the count.
WITH t, sum(n) AS n
ORDER BY n DESC, t.id
RETURN t {.id, .label, .labelFr, .context, .broader} AS topic, n AS eventCount
