// Up to $limit events with no stored details: those a writer before Event.detailsJson wrote.
// `db migrate` stores theirs, a batch at a time, until none is left.
MATCH (e:Event)
WHERE e.detailsJson IS NULL
RETURN e.id AS id
LIMIT $limit
