// Everything hanging on each event — participants (hosts first, with the country they
// represented), countries and sides, place, topics and sources (newest article first) — for
// the event ids of one API request, in one query: a page costs one round trip for its details
// rather than one per field. Article texts are never served.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id AS eventId,
  COLLECT {
    MATCH (p:Person)-[pi:PARTICIPATED_IN]->(e)
    OPTIONAL MATCH (pc:Country {code: coalesce(pi.country, p.country)})
    WITH p, pi, pc
    ORDER BY CASE pi.side WHEN 'host' THEN 0 WHEN 'guest' THEN 1 ELSE 2 END, p.name
    RETURN {
      person: p {.id, .name, aliases: coalesce(p.aliases, []), countryCode: p.country},
      role: pi.role, side: pi.side, countryCode: pc.code,
      country: pc {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion}
    }
  } AS participants,
  COLLECT {
    MATCH (e)-[i:INVOLVES]->(c:Country)
    WITH i, c ORDER BY c.code
    RETURN { country: c {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion}, side: i.side }
  } AS countries,
  COLLECT {
    MATCH (e)-[:HELD_IN]->(pl:Place)
    OPTIONAL MATCH (plc:Country {code: pl.country})
    RETURN pl {.id, .name, countryCode: pl.country,
               country: plc {.code, .iso3, .name, .nameFr, .officialName, .region, .subregion}}
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
      article: a {.id, .url, .title, .source, .author, .published, .language, .ingestedAt},
      quote: coalesce(r.quote, ''), start: r.start, end: r.end, confidence: r.confidence, rule: r.rule
    }
  } AS sources
