// Liveness: answers 1 when the database serves queries.
RETURN 1 AS ok
