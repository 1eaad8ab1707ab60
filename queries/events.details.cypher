// Everything hanging on each event — participants (hosts first, with the country they
// represented), countries and sides, place, topics and sources (newest article first) — for
// the event ids of one API request, in one query: a page costs one round trip for its details
// rather than one per field. Article texts are never served. Countries come as codes only:
// the API fills them from its in-process directory of seeded countries (smaller rows).
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id AS eventId,
  COLLECT {
    MATCH (p:Person)-[pi:PARTICIPATED_IN]->(e)
    WITH p, pi
    ORDER BY CASE pi.side WHEN 'host' THEN 0 WHEN 'guest' THEN 1 ELSE 2 END, p.name
    RETURN {
      person: p {.id, .name, aliases: coalesce(p.aliases, []), countryCode: p.country},
      role: pi.role, side: pi.side, countryCode: coalesce(pi.country, p.country)
    }
  } AS participants,
  COLLECT {
    MATCH (e)-[i:INVOLVES]->()
    WITH i ORDER BY i.country
    RETURN { code: i.country, side: i.side }
  } AS countries,
  COLLECT {
    MATCH (e)-[:HELD_IN]->(pl:Place)
    RETURN pl {.id, .name, countryCode: pl.country}
  }[0] AS place,
  COLLECT {
    MATCH (e)-[:DISCUSSED]->(t:Topic)
    WITH t ORDER BY t.id
    RETURN t {.id, .label, .labelFr, .context, .broader}
  } AS topics,
  COLLECT {
    MATCH (e)-[r:REPORTED_IN]->(a:Article)
    WITH r, a ORDER BY a.published IS NULL, a.published DESC, a.id
    RETURN {
      article: a {.id, .url, .title, .source, .author, .language, published: toString(a.published), ingestedAt: toString(a.ingestedAt)},
      quote: coalesce(r.quote, ''), start: r.start, end: r.end, confidence: r.confidence, rule: r.rule
    }
  } AS sources
