// One full-text index over what users search by name: persons (name, aliases),
// organisations (name, acronym, aliases), places, countries and article titles.
// searchText holds aliases joined by " | " because list properties are not full-text indexed.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Organization|Place|Country|Article)
ON EACH [n.name, n.searchText, n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
