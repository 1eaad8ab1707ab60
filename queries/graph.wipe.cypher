// Deletes every node except the seeded countries; used by tests and `diplograph db reset`.
MATCH (n) WHERE NOT n:Country
DETACH DELETE n
RETURN count(*) AS deleted
