// The change log of live updates (queries/changes.*): one ChangeSequence node whose value every
// writer increments, and one ChangeLog entry per write transaction, keyed by that value, so that
// a poll for "changes after N" is one index range.
CREATE CONSTRAINT change_sequence_id IF NOT EXISTS FOR (n:ChangeSequence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_log_seq IF NOT EXISTS FOR (n:ChangeLog) REQUIRE n.seq IS UNIQUE;
