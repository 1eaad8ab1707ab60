// Events by id, for the API's per-request loader; unknown ids give no row.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e {
  .id, .type, .status, .title, .date, .datePrecision, sortDate: toString(e.sortDate), .setting, .confidence,
  .plover, .ploverMode, .cameo, articleCount: coalesce(e.articleCount, 0)
} AS event
