// Every office of each country with its holder, sightings (firstSeen, lastSeen), the dates
// analysts asserted (since, until) and up to $sourceLimit supporting articles (latest first),
// batched over country codes: officeHolders and Person.offices(on) group them into canonical
// posts and decide who held each post on a day.
UNWIND $codes AS code
MATCH (p:Person)-[h:HOLDS_OFFICE]->(:Country {code: code})
RETURN code, p {.id, .name, aliases: coalesce(p.aliases, []), countryCode: p.country} AS person,
       h.title AS title, h.titleOriginal AS titleOriginal,
       toString(h.firstSeen) AS firstSeen, toString(h.lastSeen) AS lastSeen,
       toString(h.since) AS since, toString(h.until) AS until,
       size(coalesce(h.sources, [])) AS sourceCount,
       COLLECT {
         UNWIND coalesce(h.sources, []) AS articleId
         MATCH (a:Article {id: articleId})
         WITH a ORDER BY a.published IS NULL, a.published DESC, a.id
         LIMIT $sourceLimit
         RETURN a {.id, .url, .title, .source, .author, .language, published: toString(a.published), ingestedAt: toString(a.ingestedAt)}
       } AS sources
ORDER BY code, person.id, title
