// Whether some event has never been tallied (a graph written before tallies, or imported):
// `db migrate` then tallies every event. Stops at the first one found.
RETURN EXISTS {
  MATCH (e:Event)
  WHERE NOT EXISTS { MATCH (:Tallied {eventId: e.id}) }
} AS untallied
