// The change feed of live updates (queries/changes.*): one ChangeSequence node whose value
// every writer increments, and the stamps it leaves on changed events and relations, each
// under a range index so that a poll for "stamped after N" is one index seek.
CREATE CONSTRAINT change_sequence_id IF NOT EXISTS FOR (n:ChangeSequence) REQUIRE n.id IS UNIQUE;
CREATE INDEX event_change_seq IF NOT EXISTS FOR (n:Event) ON (n.changeSeq);
CREATE INDEX relation_change_seq IF NOT EXISTS FOR (n:Relation) ON (n.changeSeq);
