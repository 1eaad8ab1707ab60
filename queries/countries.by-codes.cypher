// Countries by ISO code, for the API's per-request loader; unknown codes give no row.
UNWIND $codes AS code
MATCH (c:Country {code: code})
RETURN c {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion} AS country
