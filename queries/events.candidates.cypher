// Events already in the graph with one of these merge keys (type + participants, or type +
// country pair): the writer then checks date compatibility to decide on "same meeting".
UNWIND $mergeKeys AS key
MATCH (e:Event {mergeKey: key})
RETURN e.id AS id, e.mergeKey AS mergeKey, e.date AS date, e.datePrecision AS datePrecision
