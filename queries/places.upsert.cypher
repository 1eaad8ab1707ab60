// Writes places (idempotent on Place.id) and links each to its country. Returns the places
// whose name or country changed: their events' stored details show them.
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
WITH p, row, [coalesce(p.name, ''), coalesce(p.country, '')] AS before
SET p.name = row.name, p.country = row.country, p.searchText = row.name
WITH p, row, before
MATCH (c:Country {code: row.country})
MERGE (p)-[:IN]->(c)
WITH p, before
RETURN count(p) AS written,
       collect(CASE WHEN [p.name, p.country] <> before THEN p.id END) AS changed
