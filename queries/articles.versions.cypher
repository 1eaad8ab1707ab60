// Which of these articles are already in the graph, and from which content and extractor
// version: ingest skips an unchanged article and re-derives one whose version changed. An
// article an analyst marked not relevant (issue 12) is skipped whatever its version.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash, a.extractorVersion AS extractorVersion, coalesce(a.irrelevant, false) AS irrelevant
