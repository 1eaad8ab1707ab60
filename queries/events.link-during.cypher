// Links events to the visit they took place during (the talks and signings of a state visit:
// one event per action, DESIGN.md), with the articles that say so in `sources`, as
// HOLDS_OFFICE keeps its sources: an article derived again drops itself from them
// (articles.detach-facts) and a link no article supports any more is removed. Both events are
// written earlier in the same transaction; MERGE keeps one edge per pair whatever the reports.
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
MATCH (v:Event {id: row.visitId})
MERGE (e)-[d:DURING]->(v)
ON CREATE SET d.sources = [row.articleId]
ON MATCH SET d.sources = CASE WHEN row.articleId IN d.sources THEN d.sources ELSE d.sources + row.articleId END
RETURN count(d) AS written
