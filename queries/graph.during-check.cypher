// DURING links that no sound writer leaves (events.link-during, articles.detach-facts): a link
// to an event that is not a visit, or from one to itself, and a link without a supporting
// article or with one that no longer reports both events. None in a sound graph (tests and
// `diplograph db check`).
MATCH (e:Event)-[d:DURING]->(v:Event)
WITH e, d, v,
     CASE
       WHEN v.type <> 'visit' OR e = v THEN 'not to a visit'
       WHEN size(coalesce(d.sources, [])) = 0 THEN 'without a supporting article'
       WHEN any(id IN d.sources WHERE NOT EXISTS { (e)-[:REPORTED_IN]->(:Article {id: id})<-[:REPORTED_IN]-(v) })
         THEN 'with a source that does not report both events'
     END AS problem
WHERE problem IS NOT NULL
RETURN problem, count(*) AS wrong
ORDER BY problem
