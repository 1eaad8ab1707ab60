// Whether the tallies need building: `untallied` when some event has never been tallied (a
// graph written before tallies, or imported) or the tallies predate a kind of bucket or field
// (country-month buckets, which a graph with INVOLVES edges always has; relation-year buckets,
// which one with PART_OF edges always has; counterpart, relation-person and relation-topic
// ranks);
// `rebuild` when that is the whole graph (no event has a Tallied record, or the tallies
// predate a kind or field), which `db migrate` then tallies by aggregation
// (tallies.build-buckets) rather than event by event. Each check stops at the first one found.
WITH (EXISTS { MATCH (:Tally {kind: 'country-month'}) } OR NOT EXISTS { MATCH ()-[:INVOLVES]->() })
     AND (EXISTS { MATCH (:Tally {kind: 'relation-year'}) } OR NOT EXISTS { MATCH ()-[:PART_OF]->() })
     AND NOT EXISTS { MATCH (t:Tally {kind: 'counterpart'}) WHERE t.rank IS NULL }
     AND NOT EXISTS { MATCH (t:Tally {kind: 'relation-person'}) WHERE t.rank IS NULL }
     AND NOT EXISTS { MATCH (t:Tally {kind: 'relation-topic'}) WHERE t.rank IS NULL } AS current,
     EXISTS { MATCH (:Tallied) } AS anyTallied
RETURN NOT current OR EXISTS {
         MATCH (e:Event)
         WHERE NOT EXISTS { MATCH (:Tallied {eventId: e.id}) }
       } AS untallied,
       NOT current OR NOT anyTallied AS rebuild
