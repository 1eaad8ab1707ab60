// Writes places (idempotent on Place.id) and links each to its country.
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
SET p.name = row.name, p.country = row.country, p.searchText = row.name
WITH p, row
MATCH (c:Country {code: row.country})
MERGE (p)-[:IN]->(c)
RETURN count(p) AS written
