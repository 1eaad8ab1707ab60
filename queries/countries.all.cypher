// Every seeded country, for the API's in-process directory: countries are seeded by the
// migration and never change afterwards, so the API reads them once per process and fills
// Country objects from codes instead of joining them into every row.
MATCH (c:Country)
RETURN c {.code, .iso3, .isoNumeric, .name, .nameFr, .officialName, .region, .subregion} AS country
