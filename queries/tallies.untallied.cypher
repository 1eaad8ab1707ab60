// Whether the tallies need building: `untallied` when some event has never been tallied (a
// graph written before tallies, imported, or tallied before its country-month buckets existed,
// which a graph with INVOLVES edges always has); `rebuild` when that is the whole graph (no
// event has a Tallied record, or no country-month bucket exists), which `db migrate` then
// tallies by aggregation (tallies.build-buckets) rather than event by event. Stops at the first
// one found.
WITH EXISTS { MATCH (:Tally {kind: 'country-month'}) } OR NOT EXISTS { MATCH ()-[:INVOLVES]->() } AS countryMonths,
     EXISTS { MATCH (:Tallied) } AS anyTallied
RETURN NOT countryMonths OR EXISTS {
         MATCH (e:Event)
         WHERE NOT EXISTS { MATCH (:Tallied {eventId: e.id}) }
       } AS untallied,
       NOT countryMonths OR NOT anyTallied AS rebuild
