// How many countries are seeded: migrations check it, and so do the tests.
MATCH (c:Country)
RETURN count(c) AS count
