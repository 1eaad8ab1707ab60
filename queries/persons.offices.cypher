// The offices of each person (latest seen first) with the country or organisation served,
// batched over person ids.
UNWIND $ids AS id
MATCH (:Person {id: id})-[h:HOLDS_OFFICE]->(holder)
WITH id, h, holder
ORDER BY id, h.lastSeen IS NULL, h.lastSeen DESC, h.firstSeen DESC, h.title
RETURN id AS personId,
       collect({
         title: h.title, titleOriginal: h.titleOriginal, firstSeen: h.firstSeen, lastSeen: h.lastSeen, since: h.since, until: h.until,
         sourceCount: size(coalesce(h.sources, [])),
         country: CASE WHEN holder:Country
                  THEN holder {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion} END,
         organization: CASE WHEN holder:Organization
                       THEN holder {.id, .name, .acronym, aliases: coalesce(holder.aliases, []), .kind, .wikidata} END
       }) AS offices
