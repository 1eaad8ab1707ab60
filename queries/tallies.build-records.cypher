// Writes every event's Tallied record (its entry and the keys of the buckets it is counted in,
// in tallies.sync's order) after tallies.build-buckets built the buckets by aggregation, so
// that the writers' tallies.sync then moves each event between buckets as it changes. The key
// expressions are tallies.sync's (tallies.test.ts compares the two). 5,000 events per
// transaction; an auto-commit query, as CALL … IN TRANSACTIONS needs.
MATCH (e:Event)
CALL (e) {
  WITH e, coalesce(e.type, 'other') AS type, coalesce(toString(e.sortDate.year), 'undated') AS y,
       coalesce(e.datePrecision = 'year', false) AS rough,
       NOT EXISTS { (e)-[:DURING]->(:Event) } AS encounter,
       COLLECT { MATCH (e)-[:PART_OF]->(r:Relation) RETURN DISTINCT r.id AS x ORDER BY x } AS relations,
       COLLECT { MATCH (p:Person)-[:PARTICIPATED_IN]->(e) RETURN DISTINCT p.id AS x ORDER BY x } AS persons,
       COLLECT { MATCH (e)-[:DISCUSSED]->(t:Topic) RETURN DISTINCT t.id AS x ORDER BY x } AS topics,
       COLLECT { MATCH (e)-[:INVOLVES]->(c:Country) RETURN DISTINCT c.code AS x ORDER BY x } AS countries
  CREATE (:Tallied {
    eventId: e.id,
    entry: coalesce(toString(e.sortDate), '') + '|' + e.id,
    keys: [r IN relations | 'relation-type|' + r + '|' + y + '|' + type + '|' + CASE WHEN rough THEN 'rough' ELSE 'precise' END
                            + '|' + CASE WHEN encounter THEN 'encounter' ELSE 'during' END]
          + reduce(acc = [], r IN relations | acc + [t IN topics | 'relation-topic|' + r + '|' + t])
          + reduce(acc = [], r IN relations | acc + [p IN persons | 'relation-person|' + r + '|' + p])
          + reduce(acc = [], p IN persons | acc + [o IN persons WHERE o <> p | 'counterpart|' + p + '|' + o])
          + [p IN persons | 'person-events|' + p + '|' + y]
          + [c IN countries | 'country-month|' + c + '|' + coalesce(left(toString(e.sortDate), 7), 'undated')]
          + [r IN relations | 'relation-year|' + r + '|' + y]
  })
} IN TRANSACTIONS OF 5000 ROWS
RETURN count(*) AS events
