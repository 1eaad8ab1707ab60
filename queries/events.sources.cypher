// The evidence of each event: every reporting article with its quote, newest article first,
// batched over event ids. The article text itself is never served.
UNWIND $ids AS id
MATCH (:Event {id: id})-[r:REPORTED_IN]->(a:Article)
WITH id, r, a
ORDER BY id, a.published IS NULL, a.published DESC, a.id
RETURN id AS eventId,
       collect({
         article: a {.id, .url, .title, .source, .author, .published, .language, .ingestedAt},
         quote: coalesce(r.quote, ''), start: r.start, end: r.end, confidence: r.confidence, rule: r.rule
       }) AS sources
