// Builds every Tally bucket of an untallied graph by aggregation (issue 14: an imported graph,
// or one tallied before a kind of bucket existed), one pass over the scopes a bucket belongs
// to (each country, relation and person, ten per transaction), where tallies.sync, which adds
// events to buckets a batch at a time, rewrites a big bucket's entries once per batch (an hour
// for a million events, minutes this way). The buckets, their keys and their fields are those
// tallies.sync keeps (tallies.test.ts compares the two); tallies.build-records then writes the
// events' Tallied records. Run on a graph with no Tally (tallies.wipe first); an auto-commit
// query, as CALL … IN TRANSACTIONS needs.
CALL () {
  MATCH (c:Country) RETURN c AS scope
  UNION ALL
  MATCH (r:Relation) RETURN r AS scope
  UNION ALL
  MATCH (p:Person) RETURN p AS scope
}
CALL (scope) {
  CALL (scope) {
    WITH scope WHERE scope:Country
    MATCH (e:Event)-[:INVOLVES]->(scope)
    WITH DISTINCT scope, e
    WITH scope.code AS c, e.sortDate AS d, coalesce(toString(e.sortDate), '') + '|' + e.id AS entry
    WITH c, d.year AS year, d.month AS month, coalesce(left(toString(d), 7), 'undated') AS m, collect(entry) AS entries
    RETURN 'country-month|' + c + '|' + m AS key, {kind: 'country-month', scope: c, year: year, month: month} AS bucket, entries
    UNION ALL
    WITH scope WHERE scope:Relation
    MATCH (e:Event)-[:PART_OF]->(scope)
    WITH DISTINCT scope, e
    WITH scope.id AS r, coalesce(e.type, 'other') AS type, e.sortDate.year AS year, coalesce(toString(e.sortDate.year), 'undated') AS y,
         coalesce(e.datePrecision = 'year', false) AS rough, NOT EXISTS { (e)-[:DURING]->(:Event) } AS encounter,
         coalesce(toString(e.sortDate), '') + '|' + e.id AS entry
    WITH r, type, year, y, rough, encounter, collect(entry) AS entries
    RETURN 'relation-type|' + r + '|' + y + '|' + type + '|' + CASE WHEN rough THEN 'rough' ELSE 'precise' END
           + '|' + CASE WHEN encounter THEN 'encounter' ELSE 'during' END AS key,
           {kind: 'relation-type', scope: r, other: type, year: year, rough: rough, encounter: encounter} AS bucket, entries
    UNION ALL
    WITH scope WHERE scope:Relation
    MATCH (e:Event)-[:PART_OF]->(scope)
    WITH DISTINCT scope, e
    WITH scope.id AS r, e.sortDate.year AS year, coalesce(toString(e.sortDate.year), 'undated') AS y,
         collect(coalesce(toString(e.sortDate), '') + '|' + e.id) AS entries
    RETURN 'relation-year|' + r + '|' + y AS key, {kind: 'relation-year', scope: r, year: year} AS bucket, entries
    UNION ALL
    WITH scope WHERE scope:Relation
    MATCH (t:Topic)<-[:DISCUSSED]-(e:Event)-[:PART_OF]->(scope)
    WITH DISTINCT scope, e, t
    WITH scope.id AS r, t.id AS t, collect(coalesce(toString(e.sortDate), '') + '|' + e.id) AS entries
    RETURN 'relation-topic|' + r + '|' + t AS key, {kind: 'relation-topic', scope: r, other: t} AS bucket, entries
    UNION ALL
    WITH scope WHERE scope:Relation
    MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event)-[:PART_OF]->(scope)
    WITH DISTINCT scope, e, p
    WITH scope.id AS r, p.id AS p, collect(coalesce(toString(e.sortDate), '') + '|' + e.id) AS entries
    RETURN 'relation-person|' + r + '|' + p AS key, {kind: 'relation-person', scope: r, other: p} AS bucket, entries
    UNION ALL
    WITH scope WHERE scope:Person
    MATCH (scope)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(o:Person)
    WHERE o.id <> scope.id
    WITH DISTINCT scope, e, o
    WITH scope.id AS p, o.id AS o, collect(coalesce(toString(e.sortDate), '') + '|' + e.id) AS entries
    RETURN 'counterpart|' + p + '|' + o AS key, {kind: 'counterpart', scope: p, other: o} AS bucket, entries
    UNION ALL
    WITH scope WHERE scope:Person
    MATCH (scope)-[:PARTICIPATED_IN]->(e:Event)
    WITH DISTINCT scope, e
    WITH scope.id AS p, e.sortDate.year AS year, coalesce(toString(e.sortDate.year), 'undated') AS y,
         collect(coalesce(toString(e.sortDate), '') + '|' + e.id) AS entries
    RETURN 'person-events|' + p + '|' + y AS key, {kind: 'person-events', scope: p, year: year} AS bucket, entries
  }
  WITH key, bucket, entries, [x IN entries WHERE NOT x STARTS WITH '|' | substring(x, 0, 10)] AS dates
  CREATE (t:Tally {key: key})
  SET t += bucket,
      t.entries = entries,
      t.count = size(entries),
      t.first = reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END),
      t.last = reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END),
      t.months = CASE WHEN t.kind = 'relation-type' AND t.year IS NOT NULL
                      THEN [m IN range(1, 12) | size([d IN dates WHERE toInteger(substring(d, 5, 2)) = m])] END
  // The rank key of counterpart, relation-person and relation-topic buckets, as tallies.sync writes it.
  SET t.rank = CASE WHEN t.kind IN ['counterpart', 'relation-person'] THEN
        right('000000000' + toString(999999999 - t.count), 9)
        + CASE WHEN t.last IS NULL THEN '0' ELSE '1' + right('00000000' + toString(99999999 - toInteger(replace(t.last, '-', ''))), 8) END
        + '|' + t.other
      WHEN t.kind = 'relation-topic' THEN right('000000000' + toString(999999999 - t.count), 9) + '|' + t.other END
} IN TRANSACTIONS OF 10 ROWS
RETURN count(*) AS scopes
