// Deletes up to $limit tally nodes (Tally and Tallied), for `db refresh-tallies` to count every
// event again from nothing; run until it deletes none.
MATCH (n)
WHERE n:Tally OR n:Tallied
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
