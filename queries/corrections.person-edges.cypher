// What a merge of person $mergeId into $keepId moves, recorded so that it can be undone: the
// person itself, its events, offices and mentions, each with whether the kept person had
// one already, and the redirects that pointed at it.
MATCH (p:Person {id: $mergeId})
RETURN p {.id, .name, .country, .surnameKey, aliases: coalesce(p.aliases, []),
          nameCorrected: coalesce(p.nameCorrected, false), countryCorrected: coalesce(p.countryCorrected, false)} AS person,
       COLLECT { MATCH (p)-[pi:PARTICIPATED_IN]->(e:Event)
                 RETURN {eventId: e.id, role: pi.role, side: pi.side, country: pi.country,
                         keptHad: EXISTS { (:Person {id: $keepId})-[:PARTICIPATED_IN]->(e) }} } AS participations,
       COLLECT { MATCH (p)-[h:HOLDS_OFFICE]->(holder)
                 RETURN {title: h.title, titleOriginal: h.titleOriginal, country: holder.code, organization: CASE WHEN holder:Organization THEN holder.id END,
                         firstSeen: toString(h.firstSeen), lastSeen: toString(h.lastSeen), since: toString(h.since), until: toString(h.until),
                         sources: coalesce(h.sources, []),
                         keptHad: EXISTS { (:Person {id: $keepId})-[:HOLDS_OFFICE {title: h.title}]->(holder) }} } AS offices,
       COLLECT { MATCH (a:Article)-[m:MENTIONS]->(p)
                 RETURN {articleId: a.id, count: m.count, keptHad: EXISTS { (a)-[:MENTIONS]->(:Person {id: $keepId}) }} } AS mentions,
       COLLECT { MATCH (r:Redirect {to: $mergeId}) RETURN r.key } AS redirectKeys
