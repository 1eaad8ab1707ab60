// Whether an article exists and whether an analyst marked it not relevant.
MATCH (a:Article {id: $id})
RETURN a.id AS id, coalesce(a.irrelevant, false) AS irrelevant
