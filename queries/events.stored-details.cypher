// A slice of every event's stored details, in id order after $after (null: from the first),
// for `db check` to compare with a fresh derivation.
MATCH (e:Event)
WHERE e.id > coalesce($after, '')
RETURN e.id AS id, e.detailsJson AS detailsJson
ORDER BY e.id
LIMIT $limit
