// Writes the articles of a batch (idempotent on Article.id). The text is kept so that every
// evidence offset can be checked against it.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.url = row.url,
    a.title = row.title,
    a.source = row.source,
    a.author = row.author,
    a.published = CASE WHEN row.published IS NULL THEN null ELSE date(row.published) END,
    a.language = row.language,
    a.text = row.text,
    a.contentHash = row.contentHash,
    a.extractorVersion = row.extractorVersion,
    a.warnings = row.warnings,
    a.ingestedAt = datetime()
RETURN count(a) AS written
