// Records one correction in the audit trail, linked to the subjects it concerns (created when
// first corrected; they outlive their targets). A revert marks the correction it reverts.
CREATE (c:Correction {
  id: $row.id, seq: $row.seq, kind: $row.kind, subjects: $row.subjects, before: $row.before, after: $row.after,
  reason: $row.reason, author: $row.author, at: datetime($row.at), revertOf: $row.revertOf
})
WITH c
CALL (c) {
  UNWIND c.subjects AS key
  MERGE (s:CorrectionSubject {key: key})
  CREATE (c)-[:CONCERNS]->(s)
}
CALL (c) {
  MATCH (old:Correction {id: c.revertOf})
  SET old.revertedBy = c.id
}
RETURN c.id AS id
