// A person's page in one round trip (issue 14): the person with its country and offices (as
// persons.by-ids), its counterparts ranked by shared events in a period (as
// persons.counterparts, from the tallies) when $counterpartLimit > 0, and one page of its
// events with their number (as meetings.by-person with no other criterion) when $eventLimit > 0. Three queries
// cost three round trips and three plans' worth of work on both sides; this is one.
// The events page is keyset-paged when $afterKey is given ({sortDate, id} of the last event
// of the previous page, sortDate null for an undated one): only events after it in the order
// (undated last, then id) are candidates, and $skip is 0, so a deep page costs the first's.
MATCH (p:Person {id: $id})
OPTIONAL MATCH (c:Country {code: p.country})
CALL (p) {
  CALL (p) {
    // Without a period, the first counterparts in ranking order come straight from the
    // (scope, kind, rank) index (Tally.rank, tallies.sync): $counterpartLimit entries read
    // instead of one bucket per counterpart (~900 for a person at a million events). Neo4j
    // 5.26 walks the index in order (no sort) only when the seek takes a parameter ($id, not
    // p.id) and the ORDER BY names the index's properties.
    MATCH (t:Tally)
    WHERE $counterpartLimit > 0 AND $since IS NULL AND $until IS NULL
      AND t.scope = $id AND t.kind = 'counterpart' AND t.rank >= ''
    WITH t ORDER BY t.scope, t.kind, t.rank
    LIMIT $counterpartLimit
    RETURN t.other AS other, t.count AS n, t.last AS last
    UNION ALL
    UNWIND CASE WHEN $counterpartLimit > 0 AND ($since IS NOT NULL OR $until IS NOT NULL) THEN [p.id] ELSE [] END AS me
    MATCH (t:Tally {scope: me, kind: 'counterpart'})
    WITH t, [x IN t.entries WHERE NOT x STARTS WITH '|'
               AND ($since IS NULL OR substring(x, 0, 10) >= $since)
               AND ($until IS NULL OR substring(x, 0, 10) <= $until) | substring(x, 0, 10)] AS inPeriod
    WITH t.other AS other, size(inPeriod) AS n, reduce(m = null, d IN inPeriod | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS last
    WHERE n > 0
    ORDER BY n DESC, last DESC, other
    LIMIT $counterpartLimit
    RETURN other, n, last
  }
  MATCH (o:Person {id: other})
  WITH o, n, last ORDER BY n DESC, last DESC, o.id
  // PersonCountTuple (src/graph/recordTuples.ts)
  RETURN collect([o.id, o.name, coalesce(o.aliases, []), o.country, n, last]) AS counterparts
}
// Events in date order come from the person's per-year tallies (entries "sortDate|id"): the
// years are read newest (or oldest) first until they hold the page, only their entries are
// sorted, and only the page's events are read. Ordered by article count, every event is read.
CALL (p) {
  // Each branch gives one row or none (aggregates grouped by `me`): exactly one gives a row.
  UNWIND CASE WHEN $eventLimit > 0 AND $order <> 'ARTICLE_COUNT_DESC' THEN [p.id] ELSE [] END AS me
  OPTIONAL MATCH (t:Tally {scope: me, kind: 'person-events'})
  WITH me, t ORDER BY t.year IS NULL, CASE WHEN $order = 'DATE_ASC' THEN t.year END ASC, CASE WHEN $order <> 'DATE_ASC' THEN t.year END DESC
  WITH me, collect(t) AS years, date($afterKey.sortDate).year AS afterYear
  // With a keyset cursor only the cursor's year and those after it in the order can hold the
  // page; the cursor's year is read whole (part of it lies before the cursor).
  WITH reduce(n = 0, t IN years | n + t.count) AS total,
       [t IN years WHERE $afterKey IS NULL OR t.year IS NULL
          OR (afterYear IS NOT NULL AND CASE WHEN $order = 'DATE_ASC' THEN t.year >= afterYear ELSE t.year <= afterYear END)] AS after
  WITH total, after, $skip + $eventLimit + CASE WHEN $afterKey IS NULL OR size(after) = 0 THEN 0 ELSE after[0].count END AS wanted
  WITH total, [i IN range(0, size(after) - 1) WHERE reduce(n = 0, t IN after[..i] | n + t.count) < wanted | after[i]] AS reading
  CALL (reading) {
    UNWIND reading AS t
    UNWIND t.entries AS x
    WITH split(x, '|')[0] AS day, substring(x, size(split(x, '|')[0]) + 1) AS id
    WITH CASE WHEN day = '' THEN null ELSE day END AS sortDate, id
    WHERE $afterKey IS NULL
       OR CASE
            WHEN $afterKey.sortDate IS NULL THEN sortDate IS NULL AND id > $afterKey.id
            WHEN sortDate IS NULL THEN true
            WHEN sortDate = $afterKey.sortDate THEN id > $afterKey.id
            WHEN $order = 'DATE_ASC' THEN sortDate > $afterKey.sortDate
            ELSE sortDate < $afterKey.sortDate
          END
    WITH sortDate, id
    ORDER BY sortDate IS NULL,
             CASE WHEN $order = 'DATE_ASC' THEN sortDate END ASC,
             CASE WHEN $order <> 'DATE_ASC' THEN sortDate END DESC,
             id
    LIMIT $skip + $eventLimit
    RETURN collect(id) AS ids
  }
  WITH total, ids[$skip..] AS page
  CALL (page) {
    UNWIND range(0, size(page) - 1) AS i
    MATCH (e:Event {id: page[i]})
    WITH i, e ORDER BY i
    RETURN collect(e) AS events
  }
  RETURN total AS eventTotal, events
  UNION ALL
  UNWIND CASE WHEN $eventLimit > 0 AND $order = 'ARTICLE_COUNT_DESC' THEN [p] ELSE [] END AS me
  OPTIONAL MATCH (me)-[:PARTICIPATED_IN]->(e)
  WITH me, collect(e) AS matches
  CALL (matches) {
    UNWIND matches AS e
    ORDER BY coalesce(e.articleCount, 0) DESC, e.sortDate IS NULL, e.sortDate DESC, e.id
    LIMIT $skip + $eventLimit
    RETURN collect(e) AS top
  }
  RETURN size(matches) AS eventTotal, top[$skip..] AS events
  UNION ALL
  WITH p WHERE $eventLimit = 0
  RETURN 0 AS eventTotal, [] AS events
}
RETURN p {
  .id, .name, aliases: coalesce(p.aliases, []), countryCode: p.country,
  country: c {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion},
  offices: COLLECT {
    MATCH (p)-[h:HOLDS_OFFICE]->(holder)
    WITH h, holder
    ORDER BY h.lastSeen IS NULL, h.lastSeen DESC, h.firstSeen DESC, h.title
    RETURN {
      title: h.title, titleOriginal: h.titleOriginal, firstSeen: h.firstSeen, lastSeen: h.lastSeen,
      sourceCount: size(coalesce(h.sources, [])),
      country: CASE WHEN holder:Country
               THEN holder {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion} END,
      organization: CASE WHEN holder:Organization
                    THEN holder {.id, .name, .acronym, aliases: coalesce(holder.aliases, []), .kind, .wikidata} END
    }
  }
} AS person,
counterparts,
eventTotal,
// EventTuple (src/graph/recordTuples.ts)
[e IN events | [
  e.id, e.type, e.status, e.title, e.date, e.datePrecision, toString(e.sortDate), e.setting, e.confidence,
  e.plover, e.ploverMode, e.cameo, coalesce(e.articleCount, 0)
]] AS events
