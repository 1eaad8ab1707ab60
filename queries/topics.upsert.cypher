// Writes topics of the taxonomy (idempotent on Topic.id); labels are refreshed from the
// taxonomy, which is the authority.
UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
SET t.label = row.label,
    t.labelFr = coalesce(row.labelFr, t.labelFr),
    t.context = coalesce(row.context, t.context),
    t.broader = coalesce(row.broader, t.broader)
RETURN count(t) AS written
