// The API's search (issue 14): names and article titles in two full-text indexes rather than
// entity_names' one. Names (persons, organisations, places, countries: thousands) are matched
// with the last word as a prefix, as the user types; article titles (a million at a million
// events) by whole words only: a prefix there ("meets*", "fam*") expands over every title and
// cost 0.3–1.1 s per search on the million-event graph, past the query budget under load.
// entity_names stays for the peer benchmark (bench/api/peerTypeDefs.graphql).
CREATE FULLTEXT INDEX name_search IF NOT EXISTS
FOR (n:Person|Organization|Place|Country)
ON EACH [n.name, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX article_titles IF NOT EXISTS
FOR (n:Article)
ON EACH [n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
