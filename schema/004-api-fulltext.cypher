// Full-text index for the API's free-text event filter (meetings(filter: {text})): event
// titles and settings, accent-folding like entity_names.
CREATE FULLTEXT INDEX event_text IF NOT EXISTS
FOR (n:Event)
ON EACH [n.title, n.setting]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
