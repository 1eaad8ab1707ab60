// What corrections say about the persons and events a batch is about to write: persons merged
// into another (their reports go to the one kept) and events rejected (their reports are
// dropped).
CALL () {
  UNWIND $personIds AS id
  MATCH (r:Redirect {key: 'person:' + id})
  RETURN 'person' AS kind, id AS fromId, r.to AS toId
  UNION
  UNWIND $eventIds AS id
  MATCH (:RejectedEvent {id: id})
  RETURN 'rejected-event' AS kind, id AS fromId, null AS toId
}
RETURN kind, fromId, toId
