// Data migration for the partial-participant identity rule (ingest/writer/eventIdentity.ts):
// gives events written before it their countryKey, "<type>|c:<sorted country codes>" as
// eventCountryKey builds it, from their INVOLVES edges, in transactions of 10,000 events. An
// auto-commit query: `migrate` runs it once, recorded by a Migration node.
OPTIONAL MATCH (done:Migration {id: 'event-country-keys'})
WITH done WHERE done IS NULL
MATCH (e:Event)
WHERE e.countryKey IS NULL
CALL (e) {
  WITH e, COLLECT { MATCH (e)-[i:INVOLVES]->(c:Country) RETURN DISTINCT c.code AS code ORDER BY code } AS codes
  SET e.countryKey = e.type + '|c:' + reduce(s = '', code IN codes | s + CASE WHEN s = '' THEN '' ELSE ',' END + code)
} IN TRANSACTIONS OF 10000 ROWS
WITH count(*) AS events
MERGE (m:Migration {id: 'event-country-keys'})
ON CREATE SET m.appliedAt = datetime(), m.events = events
RETURN events
