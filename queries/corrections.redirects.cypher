// What corrections say about the persons and events a batch is about to write: persons merged
// into another (their reports go to the one kept), events merged into another or split by
// article ($eventKeys: `event:<id>` and `event:<id>@<article id>`; reports go to the event
// named), whether that event is rejected, and events rejected (their reports are dropped).
CALL () {
  UNWIND $personIds AS id
  MATCH (r:Redirect {key: 'person:' + id})
  RETURN 'person' AS kind, id AS fromId, r.to AS toId, false AS toRejected
  UNION
  UNWIND $eventKeys AS key
  MATCH (r:Redirect {key: key})
  RETURN 'event' AS kind, key AS fromId, r.to AS toId, EXISTS { (:RejectedEvent {id: r.to}) } AS toRejected
  UNION
  UNWIND $eventIds AS id
  MATCH (:RejectedEvent {id: id})
  RETURN 'rejected-event' AS kind, id AS fromId, null AS toId, true AS toRejected
}
RETURN kind, fromId, toId, toRejected
