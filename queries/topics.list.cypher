// Every topic with its number of events in the period, most discussed first; events with an
// unknown year count only when no period is given.
MATCH (t:Topic)
WITH t, COUNT {
  MATCH (t)<-[:DISCUSSED]-(e:Event)
  WHERE ($since IS NULL OR e.sortDate >= date($since)) AND ($until IS NULL OR e.sortDate <= date($until))
} AS n
ORDER BY n DESC, t.id
RETURN t {.id, .label, .labelFr, .context, .broader} AS topic, n AS eventCount
