// Full-text search over persons, organisations, places, countries and article titles
// (index entity_names, accent-folding), best score first. Articles are projected without
// their text.
CALL db.index.fulltext.queryNodes('entity_names', $text, {limit: $limit}) YIELD node, score
RETURN score,
       CASE
         WHEN node:Person THEN 'PERSON'
         WHEN node:Organization THEN 'ORGANIZATION'
         WHEN node:Place THEN 'PLACE'
         WHEN node:Country THEN 'COUNTRY'
         ELSE 'ARTICLE'
       END AS kind,
       CASE
         WHEN node:Person THEN node {.id, .name, aliases: coalesce(node.aliases, []), countryCode: node.country}
         WHEN node:Organization THEN node {.id, .name, .acronym, aliases: coalesce(node.aliases, []), .kind, .wikidata}
         WHEN node:Place THEN node {.id, .name, countryCode: node.country}
         WHEN node:Country THEN node {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion}
         ELSE node {.id, .url, .title, .source, .author, .language, published: toString(node.published), ingestedAt: toString(node.ingestedAt)}
       END AS entity
ORDER BY score DESC
