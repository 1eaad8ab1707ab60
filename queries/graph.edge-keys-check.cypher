// INVOLVES, PART_OF and DISCUSSED edges whose copied keys (schema/005-edge-indexes.cypher)
// disagree with the nodes they were copied from: none in a sound graph (tests and
// `diplograph db check`).
MATCH (e:Event)-[x:INVOLVES|PART_OF|DISCUSSED]->(n)
WHERE NOT coalesce(x.sortDate = e.sortDate, e.sortDate IS NULL AND x.sortDate IS NULL)
   OR (type(x) = 'INVOLVES' AND (x.country IS NULL OR x.country <> n.code
                                 OR coalesce(x.undated, false) <> (e.sortDate IS NULL)))
   OR (type(x) = 'PART_OF' AND (x.relation IS NULL OR x.relation <> n.id))
   OR (type(x) = 'DISCUSSED' AND (x.topic IS NULL OR x.topic <> n.id))
RETURN type(x) AS type, count(*) AS wrong
