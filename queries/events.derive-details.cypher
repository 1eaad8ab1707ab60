// Everything hanging on each event — participants (hosts first, with the country they
// represented), countries and sides, place, topics and sources (newest article first) —
// derived from the graph. The writer stores it on the event as JSON (Event.detailsJson, which
// the API serves: see events.details) whenever a write changes it; `db check` compares the two.
// Article texts are never included. Countries come as codes only: the API fills them from its
// in-process directory of seeded countries. The details are positional lists, not maps, in the
// layout EventDetailsTuple of src/graph/catalog/apiQueries.ts documents (smaller JSON, no key
// to decode per value). Every list has a total order, so that deriving twice gives the same
// text.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN [
  id,
  COLLECT {
    MATCH (p:Person)-[pi:PARTICIPATED_IN]->(e)
    WITH p, pi
    ORDER BY CASE pi.side WHEN 'host' THEN 0 WHEN 'guest' THEN 1 ELSE 2 END, p.name, p.id
    RETURN [p.id, p.name, coalesce(p.aliases, []), p.country, pi.role, pi.side, coalesce(pi.country, p.country)]
  },
  COLLECT {
    MATCH (e)-[i:INVOLVES]->()
    WITH i ORDER BY i.country
    RETURN [i.country, i.side]
  },
  COLLECT {
    MATCH (e)-[:HELD_IN]->(pl:Place)
    WITH pl ORDER BY pl.id
    RETURN [pl.id, pl.name, pl.country]
  }[0],
  COLLECT {
    MATCH (e)-[:DISCUSSED]->(t:Topic)
    WITH t ORDER BY t.id
    RETURN [t.id, t.label, t.labelFr, t.context, t.broader]
  },
  COLLECT {
    MATCH (e)-[r:REPORTED_IN]->(a:Article)
    WITH r, a ORDER BY a.published IS NULL, a.published DESC, a.id
    RETURN [a.id, a.url, a.title, a.source, a.author, a.language, toString(a.published), toString(a.ingestedAt),
            coalesce(r.quote, ''), r.start, r.end, r.confidence, r.rule]
  }
] AS details
