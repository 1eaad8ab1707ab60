// The corrections in force (neither reverted nor reverts) that change these events' own
// fields and participants, in the order they were applied: the writer applies them again after
// writing the events, so that a re-ingest or a re-derivation never undoes them.
UNWIND $ids AS id
MATCH (:CorrectionSubject {key: 'event:' + id})<-[:CONCERNS]-(c:Correction)
WHERE c.revertedBy IS NULL AND c.revertOf IS NULL
  AND c.kind IN ['retype_event', 'set_event_date', 'set_event_place', 'set_event_status', 'add_participant', 'remove_participant']
WITH DISTINCT c
RETURN c.seq AS seq, c.kind AS kind, c.after AS after
ORDER BY seq
