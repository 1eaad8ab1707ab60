// The corrections of each subject (Event.corrections, Person.corrections), oldest first,
// batched over subject keys.
UNWIND $keys AS key
MATCH (:CorrectionSubject {key: key})<-[:CONCERNS]-(c:Correction)
WITH key, c ORDER BY c.seq
RETURN key, collect(c {
  .id, .seq, .kind, .subjects, .before, .after, .reason, .author, at: toString(c.at), .revertedBy, .revertOf
}) AS corrections
