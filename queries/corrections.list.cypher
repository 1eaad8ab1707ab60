// The audit trail, latest first, filtered by subject, kind, author and whether still in force
// (neither reverted nor a revert), a page at a time. A subject is one index look-up; without
// one the corrections are read in seq order from its unique index.
CALL () {
  MATCH (:CorrectionSubject {key: $subject})<-[:CONCERNS]-(c:Correction)
  WHERE $subject IS NOT NULL
  RETURN c
  UNION
  MATCH (c:Correction)
  WHERE $subject IS NULL AND c.seq > 0
  RETURN c
}
WITH c
WHERE ($kind IS NULL OR c.kind = $kind)
  AND ($author IS NULL OR c.author = $author)
  AND (NOT $inForce OR (c.revertedBy IS NULL AND c.revertOf IS NULL))
WITH c ORDER BY c.seq DESC
WITH collect(c) AS matched
RETURN size(matched) AS total,
       [c IN matched[$skip..($skip + $limit)] | c {
         .id, .seq, .kind, .subjects, .before, .after, .reason, .author, at: toString(c.at), .revertedBy, .revertOf
       }] AS corrections
