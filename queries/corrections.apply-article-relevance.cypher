// Marks an article not relevant (its facts were detached by articles.detach-facts in the same
// transaction, and the writer skips it from now on), or relevant again: then its extractor
// version is cleared, so that the next ingest of it derives its facts again.
MATCH (a:Article {id: $id})
SET a.irrelevant = $irrelevant,
    a.extractorVersion = CASE WHEN $irrelevant THEN a.extractorVersion ELSE null END
RETURN a.id AS id
