// Corrections by analysts (issue 12): each Correction is keyed by id and by its place in the
// order corrections were applied (seq, from one CorrectionSequence node locked per correction);
// CorrectionSubject nodes (`event:<id>`, `person:<id>`, `article:<id>`) anchor the audit trail
// of a target and outlive it (an event deleted and derived again finds its corrections).
// RejectedEvent is an event an analyst rejected, kept out of every query by its label;
// Redirect sends reports of a merged-away person to the one kept.
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (n:Correction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT correction_seq IF NOT EXISTS FOR (n:Correction) REQUIRE n.seq IS UNIQUE;
CREATE CONSTRAINT correction_sequence_id IF NOT EXISTS FOR (n:CorrectionSequence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT correction_subject_key IF NOT EXISTS FOR (n:CorrectionSubject) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT rejected_event_id IF NOT EXISTS FOR (n:RejectedEvent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT redirect_key IF NOT EXISTS FOR (n:Redirect) REQUIRE n.key IS UNIQUE;
CREATE INDEX redirect_to IF NOT EXISTS FOR (n:Redirect) ON (n.to);
