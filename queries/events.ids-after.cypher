// A slice of every event's id, in id order after $after (null: from the first), for
// `db check` and `db refresh-details` to go through the whole graph a batch at a time.
MATCH (e:Event)
WHERE e.id > coalesce($after, '')
RETURN e.id AS id
ORDER BY e.id
LIMIT $limit
