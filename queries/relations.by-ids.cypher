// Bilateral relations by id ("ML-RU"), with their two countries; unknown ids give no row.
UNWIND $ids AS id
MATCH (r:Relation {id: id})
RETURN r {
  .id, eventCount: coalesce(r.eventCount, 0), firstDate: toString(r.firstDate), lastDate: toString(r.lastDate),
  countries: [(r)-[:BETWEEN]->(c:Country) | c {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion}]
} AS relation
