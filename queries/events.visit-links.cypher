// For each event, the visit it took place during and the events that took place during it
// (DURING, written by events.link-during), for the API's per-request loader: one query for
// every event of a response. Projected as events.by-ids projects events. Parts are oldest
// first (those of unknown year last); an event linked to two visits (two reports disagreeing)
// shows the first by id. Unknown ids give no row.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id,
  COLLECT {
    MATCH (e)-[:DURING]->(v:Event)
    WITH v ORDER BY v.id LIMIT 1
    RETURN v {
      .id, .type, .status, .title, .date, .datePrecision, sortDate: toString(v.sortDate), .setting, .confidence,
      .plover, .ploverMode, .cameo, articleCount: coalesce(v.articleCount, 0)
    }
  }[0] AS during,
  COLLECT {
    MATCH (p:Event)-[:DURING]->(e)
    WITH p ORDER BY p.sortDate IS NULL, p.sortDate, p.type, p.id
    RETURN p {
      .id, .type, .status, .title, .date, .datePrecision, sortDate: toString(p.sortDate), .setting, .confidence,
      .plover, .ploverMode, .cameo, articleCount: coalesce(p.articleCount, 0)
    }
  } AS parts
