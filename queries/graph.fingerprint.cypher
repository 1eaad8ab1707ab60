// The graph's content as sorted lines, independent of the ids chosen and of the order in which
// articles were written: each event as its type, status, participants' names and reporting
// articles; each person as their country and every form of their name; each relation as its
// pair and event count. Two ingests of the same articles (one process or several, a pool or
// one thread) must give the same lines; a duplicate event, person or relation shows as a line
// more. Dates are left out: when two reports of one encounter give dates a day apart, the
// event keeps the first one written (events.upsert), so they depend on the order of writes.
CALL () {
  MATCH (e:Event)
  RETURN 'event' AS kind,
         e.type + ' ' + coalesce(e.status, '-') +
         ' by ' + reduce(s = '', n IN COLLECT { MATCH (p:Person)-[:PARTICIPATED_IN]->(e) RETURN p.name ORDER BY p.name } | s + n + '; ') +
         ' in ' + reduce(s = '', id IN COLLECT { MATCH (e)-[:REPORTED_IN]->(a:Article) RETURN a.id ORDER BY a.id } | s + id + ' ') AS fact
  UNION ALL
  MATCH (p:Person)
  RETURN 'person' AS kind,
         coalesce(p.country, '-') + ' ' + reduce(s = '', n IN COLLECT { UNWIND [p.name] + coalesce(p.aliases, []) AS n RETURN n ORDER BY n } | s + n + '; ') AS fact
  UNION ALL
  MATCH (r:Relation)
  RETURN 'relation' AS kind,
         r.id + ' ' + toString(r.eventCount) AS fact
}
RETURN kind, fact
ORDER BY kind, fact
