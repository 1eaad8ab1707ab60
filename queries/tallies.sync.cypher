// Keeps the tallies in step with the given events (issue 14): each Tally node counts the events
// of one bucket (a relation's events of one type in one year, a relation's events per topic and
// per person, a person's events with each counterpart, a person's events per year, a country's
// events per month, its undated ones in a bucket of their own, a relation's events per year), as the set
// of its events' entries ("sortDate|id", sortDate empty when the year is unknown), with its size,
// first and last date, and per month for relation-type buckets. Dashboards then read a few
// buckets instead of every event. Each event's Tallied node records the buckets it was counted in
// and its entry: an event that changed (type, date, participants, topics, relations) leaves the
// buckets it no longer belongs to and joins its new ones; one that is gone (deleted, merged away,
// rejected) leaves all of them. Entries are a set, so running it twice changes nothing, and the
// order in which events are synced does not matter; the keys are in a fixed order (ids sorted), so
// the same event always records the same list. Events linked by DURING to a given one are
// synced too (a talk stops being an encounter when a visit it took place during appears).
UNWIND $ids AS given
CALL (given) {
  RETURN given AS id
  UNION
  MATCH (:Event {id: given})-[:DURING]-(x:Event)
  RETURN x.id AS id
}
WITH DISTINCT id
CALL (id) {
  OPTIONAL MATCH (e:Event {id: id})
  OPTIONAL MATCH (s:Tallied {eventId: id})
  OPTIONAL CALL (e) {
    WITH e WHERE e IS NOT NULL
    // The event's relationships walked once and sorted out by type and direction: a walk
    // for one type reads the event's whole chain of relationships (a dozen, more with many
    // reports), and five of them were a quarter of this query's db hits.
    CALL (e) {
      MATCH (e)-[link]-(n)
      WITH type(link) AS kind, startNode(link) = e AS out, n
      RETURN sum(CASE WHEN kind = 'DURING' AND out AND n:Event THEN 1 ELSE 0 END) = 0 AS encounter,
             collect(CASE WHEN kind = 'PART_OF' AND out AND n:Relation THEN n.id END) AS relationIds,
             collect(CASE WHEN kind = 'PARTICIPATED_IN' AND NOT out AND n:Person THEN n.id END) AS personIds,
             collect(CASE WHEN kind = 'DISCUSSED' AND out AND n:Topic THEN n.id END) AS topicIds,
             collect(CASE WHEN kind = 'INVOLVES' AND out AND n:Country THEN n.code END) AS countryCodes
    }
    WITH e, coalesce(e.type, 'other') AS type, e.sortDate.year AS year,
         coalesce(toString(e.sortDate.year), 'undated') AS y,
         coalesce(e.datePrecision = 'year', false) AS rough,
         encounter,
         COLLECT { UNWIND relationIds AS x RETURN DISTINCT x ORDER BY x } AS relations,
         COLLECT { UNWIND personIds AS x RETURN DISTINCT x ORDER BY x } AS persons,
         COLLECT { UNWIND topicIds AS x RETURN DISTINCT x ORDER BY x } AS topics,
         COLLECT { UNWIND countryCodes AS x RETURN DISTINCT x ORDER BY x } AS countries
    RETURN coalesce(toString(e.sortDate), '') + '|' + e.id AS entry,
      [r IN relations | {
        key: 'relation-type|' + r + '|' + y + '|' + type + '|' + CASE WHEN rough THEN 'rough' ELSE 'precise' END
             + '|' + CASE WHEN encounter THEN 'encounter' ELSE 'during' END,
        kind: 'relation-type', scope: r, other: type, year: year, rough: rough, encounter: encounter}]
      + reduce(acc = [], r IN relations | acc + [t IN topics | {key: 'relation-topic|' + r + '|' + t, kind: 'relation-topic', scope: r, other: t}])
      + reduce(acc = [], r IN relations | acc + [p IN persons | {key: 'relation-person|' + r + '|' + p, kind: 'relation-person', scope: r, other: p}])
      + reduce(acc = [], p IN persons | acc + [o IN persons WHERE o <> p | {key: 'counterpart|' + p + '|' + o, kind: 'counterpart', scope: p, other: o}])
      + [p IN persons | {key: 'person-events|' + p + '|' + y, kind: 'person-events', scope: p, year: year}]
      // The meetings page (meetings.country-page) pages a country's events through these.
      + [c IN countries | {key: 'country-month|' + c + '|' + coalesce(left(toString(e.sortDate), 7), 'undated'),
                           kind: 'country-month', scope: c, year: year, month: e.sortDate.month}]
      // A country's partners in a period (countries.partners) sum these: one bucket per
      // relation and year whatever the type, a quarter of the relation-type buckets to read.
      + [r IN relations | {key: 'relation-year|' + r + '|' + y, kind: 'relation-year', scope: r, year: year}] AS buckets
  }
  WITH id, e, s, entry, coalesce(buckets, []) AS buckets
  WITH id, e, s, entry, buckets, [b IN buckets | b.key] AS keys
  // Unchanged since it was last counted: nothing to do (a report joining a known event).
  WITH id, e, s, entry, buckets, keys,
       s IS NOT NULL AND s.entry = entry AND size(keys) = size(s.keys) AND all(k IN keys WHERE k IN s.keys) AS same
  WITH id, e, s, entry, keys, same,
       CASE WHEN same THEN [] ELSE
         [k IN coalesce(s.keys, []) WHERE entry IS NULL OR s.entry <> entry OR NOT k IN keys | {key: k, remove: s.entry}]
         + [b IN buckets | {key: b.key, add: entry, bucket: b}]
       END AS changes
  CALL (s, e) {
    WITH s WHERE e IS NULL AND s IS NOT NULL
    DELETE s
  }
  CALL (id, e, entry, keys, same) {
    WITH * WHERE e IS NOT NULL AND NOT same
    MERGE (t:Tallied {eventId: id})
    SET t.entry = entry, t.keys = keys
  }
  RETURN changes
}
UNWIND changes AS c
WITH c.key AS key, collect(c.remove) AS removed, collect(c.add) AS added, head(collect(c.bucket)) AS bucket
CALL (key, added, bucket) {
  WITH * WHERE size(added) > 0
  MERGE (t:Tally {key: key})
  ON CREATE SET t += bucket, t.entries = []
}
MATCH (t:Tally {key: key})
// Written first so that this transaction holds the bucket's lock before reading its entries:
// a concurrent writer's change to the same bucket is then never lost.
SET t.syncing = true
WITH t, [x IN t.entries WHERE NOT x IN removed] AS kept, added
WITH t, kept + [a IN added WHERE NOT a IN kept] AS entries
WITH t, entries, [x IN entries WHERE NOT x STARTS WITH '|' | substring(x, 0, 10)] AS dates
// The new figures as values, so that the rank below is built from them in the same SET rather
// than read back from the properties just written (which cost a re-read of each bucket).
WITH t, entries, dates, t.kind AS kind, size(entries) AS count,
     reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END) AS first,
     reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS last
// The rank: a counterpart's place in its person's ranking (most shared events first, then the
// latest, an undated-only one before the dated as ORDER BY … DESC puts nulls, then by id) as one
// string that sorts ascending in that order: persons.page reads a person's first counterparts
// from the (scope, kind, rank) index in order instead of ranking them all. A relation's persons
// rank the same way, its topics by count then id (relations.overview). tallies.build-buckets
// writes the same.
SET t.entries = entries,
    t.count = count,
    t.first = first,
    t.last = last,
    t.months = CASE WHEN kind = 'relation-type' AND t.year IS NOT NULL
                    THEN [m IN range(1, 12) | size([d IN dates WHERE toInteger(substring(d, 5, 2)) = m])] END,
    t.rank = CASE WHEN kind IN ['counterpart', 'relation-person'] THEN
      right('000000000' + toString(999999999 - count), 9)
      + CASE WHEN last IS NULL THEN '0' ELSE '1' + right('00000000' + toString(99999999 - toInteger(replace(last, '-', ''))), 8) END
      + '|' + t.other
      WHEN kind = 'relation-topic' THEN right('000000000' + toString(999999999 - count), 9) + '|' + t.other END
REMOVE t.syncing
WITH t, count WHERE count = 0
DELETE t
RETURN count(*) AS emptied
