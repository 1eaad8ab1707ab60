// Undoes a merge of persons from what corrections.person-edges recorded: the merged person is
// created again with its names, events, offices and mentions; what only it had leaves the kept
// person; redirects go back to where they pointed; the kept person's aliases are restored.
MATCH (kept:Person {id: $keepId})
CREATE (p:Person {id: $person.id, name: $person.name, aliases: $person.aliases, country: $person.country,
                  surnameKey: $person.surnameKey, nameCorrected: $person.nameCorrected,
                  countryCorrected: $person.countryCorrected,
                  searchText: reduce(s = $person.name, n IN $person.aliases | s + ' | ' + n)})
WITH p, kept
CALL (p, kept) {
  UNWIND $participations AS x
  MATCH (e:Event {id: x.eventId})
  CREATE (p)-[:PARTICIPATED_IN {role: x.role, side: x.side, country: x.country}]->(e)
  WITH kept, e, x WHERE NOT x.keptHad
  MATCH (kept)-[k:PARTICIPATED_IN]->(e)
  DELETE k
}
CALL (p, kept) {
  UNWIND $offices AS x
  OPTIONAL MATCH (c:Country {code: x.country})
  OPTIONAL MATCH (o:Organization {id: x.organization})
  WITH p, kept, x, coalesce(o, c) AS holder
  WHERE holder IS NOT NULL
  CREATE (p)-[:HOLDS_OFFICE {title: x.title, titleOriginal: x.titleOriginal, sources: x.sources,
    firstSeen: CASE WHEN x.firstSeen IS NULL THEN null ELSE date(x.firstSeen) END,
    lastSeen: CASE WHEN x.lastSeen IS NULL THEN null ELSE date(x.lastSeen) END,
    since: CASE WHEN x.since IS NULL THEN null ELSE date(x.since) END,
    until: CASE WHEN x.until IS NULL THEN null ELSE date(x.until) END}]->(holder)
  WITH kept, holder, x WHERE NOT x.keptHad
  MATCH (kept)-[k:HOLDS_OFFICE {title: x.title}]->(holder)
  DELETE k
}
CALL (p, kept) {
  UNWIND $mentions AS x
  MATCH (a:Article {id: x.articleId})
  CREATE (a)-[:MENTIONS {count: x.count}]->(p)
  WITH a, kept, x
  MATCH (a)-[k:MENTIONS]->(kept)
  SET k.count = k.count - x.count
  WITH k, x WHERE NOT x.keptHad
  DELETE k
}
CALL () {
  UNWIND $redirectKeys AS key
  MATCH (r:Redirect {key: key})
  SET r.to = $person.id
}
CALL () {
  MATCH (r:Redirect {key: 'person:' + $person.id})
  DELETE r
}
SET kept.aliases = $keptAliases,
    kept.searchText = reduce(s = kept.name, n IN $keptAliases | s + ' | ' + n)
RETURN COLLECT { MATCH (p)-[:PARTICIPATED_IN]->(e:Event) RETURN e.id } AS eventIds
