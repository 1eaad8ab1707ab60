// One correction of the audit trail by id (revert reads what it undoes).
MATCH (c:Correction {id: $id})
RETURN c.id AS id, c.seq AS seq, c.kind AS kind, c.subjects AS subjects, c.before AS before, c.after AS after,
       c.reason AS reason, c.author AS author, toString(c.at) AS at, c.revertedBy AS revertedBy, c.revertOf AS revertOf
