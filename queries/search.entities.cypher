// Full-text search over persons, organisations, places and countries ($text, index
// name_search) and article titles ($titles: whole words, index article_titles; see
// schema/013-search-indexes.cypher for why), accent-folding, best score first. Articles are
// projected without their text.
CALL () {
  CALL db.index.fulltext.queryNodes('name_search', $text, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  UNWIND CASE WHEN $titles IS NULL THEN [] ELSE [$titles] END AS titles
  CALL db.index.fulltext.queryNodes('article_titles', titles, {limit: $limit}) YIELD node, score
  RETURN node, score
}
WITH node, score
ORDER BY score DESC
LIMIT $limit
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
