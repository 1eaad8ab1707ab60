// Writes topics of the taxonomy (idempotent on Topic.id); labels are refreshed from the
// taxonomy, which is the authority. Returns the topics whose label, French label, context or
// broader topic changed: their events' stored details show them.
UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
WITH t, row, [coalesce(t.label, ''), coalesce(t.labelFr, ''), coalesce(t.context, ''), coalesce(t.broader, '')] AS before
SET t.label = row.label,
    t.labelFr = coalesce(row.labelFr, t.labelFr),
    t.context = coalesce(row.context, t.context),
    t.broader = coalesce(row.broader, t.broader)
RETURN count(t) AS written,
       collect(CASE WHEN [t.label, coalesce(t.labelFr, ''), coalesce(t.context, ''), coalesce(t.broader, '')] <> before THEN t.id END) AS changed
