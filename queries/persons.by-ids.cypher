// Persons by id, for the API's per-request loader, each with the country it serves and its
// offices (latest seen first, with the country or organisation served) already joined: a
// person's page then needs no countries.by-codes nor persons.offices round trip. Unknown ids
// give no row.
UNWIND $ids AS id
MATCH (p:Person {id: id})
OPTIONAL MATCH (c:Country {code: p.country})
RETURN p {
  .id, .name, aliases: coalesce(p.aliases, []), countryCode: p.country,
  country: c {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion},
  offices: COLLECT {
    MATCH (p)-[h:HOLDS_OFFICE]->(holder)
    WITH h, holder
    ORDER BY h.lastSeen IS NULL, h.lastSeen DESC, h.firstSeen DESC, h.title
    RETURN {
      title: h.title, titleOriginal: h.titleOriginal, firstSeen: h.firstSeen, lastSeen: h.lastSeen, since: h.since, until: h.until,
      sourceCount: size(coalesce(h.sources, [])),
      country: CASE WHEN holder:Country
               THEN holder {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion} END,
      organization: CASE WHEN holder:Organization
                    THEN holder {.id, .name, .acronym, aliases: coalesce(holder.aliases, []), .kind, .wikidata} END
    }
  }
} AS person
