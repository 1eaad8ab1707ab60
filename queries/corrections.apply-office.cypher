// Sets the dates an analyst asserts for an office of a country (since: taken up, until:
// left; either may be null), creating the office when the sources never showed it. With keep
// false (reverting the correction that created it), an office no article shows is removed.
// Sightings (firstSeen, lastSeen, sources) are the writer's and stay as they are.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId}), (c:Country {code: row.country})
MERGE (p)-[h:HOLDS_OFFICE {title: row.title}]->(c)
ON CREATE SET h.sources = []
SET h.since = CASE WHEN row.since IS NULL THEN null ELSE date(row.since) END,
    h.until = CASE WHEN row.until IS NULL THEN null ELSE date(row.until) END
WITH h, row
CALL (h, row) {
  WITH h WHERE NOT row.keep AND size(coalesce(h.sources, [])) = 0
  DELETE h
}
RETURN count(*) AS applied
