// Takes the next correction sequence value. The sequence node is locked (the SET of _lock)
// before its value is read and stays locked until commit, so corrections apply one at a time
// in the order of their values: two analysts correcting one event at once are recorded in
// order, and the graph holds the later one's change.
MERGE (s:CorrectionSequence {id: 'corrections'})
SET s._lock = true
WITH s
SET s.value = coalesce(s.value, 0) + 1
REMOVE s._lock
RETURN s.value AS seq, toString(datetime.realtime()) AS at
