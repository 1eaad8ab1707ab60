// A person's page in one round trip (issue 14): the person with its country and offices (as
// persons.by-ids), its counterparts ranked by shared events in a period (as
// persons.counterparts) when $counterpartLimit > 0, and one page of its events with their
// number (as meetings.by-person with no other criterion) when $eventLimit > 0. Three queries
// cost three round trips and three plans' worth of work on both sides; this is one.
// The events page is keyset-paged when $afterKey is given ({sortDate, id} of the last event
// of the previous page, sortDate null for an undated one): only events after it in the order
// (undated last, then id) are candidates, and $skip is 0, so a deep page costs the first's.
MATCH (p:Person {id: $id})
OPTIONAL MATCH (c:Country {code: p.country})
CALL (p) {
  UNWIND CASE WHEN $counterpartLimit > 0 THEN [p] ELSE [] END AS me
  MATCH (me)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(o:Person)
  WHERE o <> me
    AND ($since IS NULL OR e.sortDate >= date($since))
    AND ($until IS NULL OR e.sortDate <= date($until))
  WITH o, count(DISTINCT e) AS n, max(e.sortDate) AS last
  ORDER BY n DESC, last DESC, o.id
  LIMIT $counterpartLimit
  RETURN collect({
    person: o {.id, .name, aliases: coalesce(o.aliases, []), countryCode: o.country},
    eventCount: n, lastDate: toString(last)
  }) AS counterparts
}
CALL (p) {
  UNWIND CASE WHEN $eventLimit > 0 THEN [p] ELSE [] END AS me
  MATCH (me)-[:PARTICIPATED_IN]->(e)
  WITH collect([e, e.sortDate]) AS matches
  CALL (matches) {
    UNWIND matches AS pair
    WITH pair[0] AS e, pair[1] AS sortDate
    WHERE $afterKey IS NULL
       OR CASE
            WHEN $afterKey.sortDate IS NULL THEN sortDate IS NULL AND e.id > $afterKey.id
            WHEN sortDate IS NULL THEN true
            WHEN sortDate = date($afterKey.sortDate) THEN e.id > $afterKey.id
            WHEN $order = 'DATE_ASC' THEN sortDate > date($afterKey.sortDate)
            ELSE sortDate < date($afterKey.sortDate)
          END
    ORDER BY CASE WHEN $order = 'ARTICLE_COUNT_DESC' THEN coalesce(e.articleCount, 0) ELSE 0 END DESC,
             sortDate IS NULL,
             CASE WHEN $order = 'DATE_ASC' THEN sortDate END ASC,
             CASE WHEN $order <> 'DATE_ASC' THEN sortDate END DESC,
             e.id
    LIMIT $skip + $eventLimit
    RETURN collect(e) AS top
  }
  RETURN size(matches) AS eventTotal, top[$skip..] AS events
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
[e IN events | e {
  .id, .type, .status, .title, .date, .datePrecision, sortDate: toString(e.sortDate), .setting, .confidence,
  .plover, .ploverMode, .cameo, articleCount: coalesce(e.articleCount, 0)
}] AS events
