// The stored texts of articles, batched over ids, for the excerpt around each quote
// (Source.excerpt). Only the event page asks for it: texts are never read for lists.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a.text AS text
