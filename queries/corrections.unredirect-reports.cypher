// Removes the Redirects that sent later reports of these articles of event $sourceId to the
// event split off it (the revert of a split).
UNWIND $articleIds AS articleId
MATCH (r:Redirect {key: 'event:' + $sourceId + '@' + articleId})
DELETE r
RETURN count(*) AS removed
