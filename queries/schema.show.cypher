// The constraints and indexes in place, so that migrations can be checked for idempotence.
SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint
RETURN CASE WHEN owningConstraint IS NULL THEN 'index' ELSE 'constraint' END AS kind,
       name, labelsOrTypes AS labels, properties, type
ORDER BY name
