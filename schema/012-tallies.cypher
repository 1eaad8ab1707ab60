// Tallies kept by the writers (queries/tallies.sync.cypher, issue 14): one Tally node per
// bucket of events a dashboard counts (a relation's events of one type and year, and of one
// year, a relation's events per topic and per person, a person's events with each counterpart,
// a person's events per year, a country's events per month), keyed by `key`, read by scope (relation id or person id) and kind; one Tallied node
// per event, naming the buckets it is counted in, so that an event that changes or goes leaves
// them.
CREATE CONSTRAINT tally_key IF NOT EXISTS FOR (n:Tally) REQUIRE n.key IS UNIQUE;
CREATE INDEX tally_scope_kind IF NOT EXISTS FOR (n:Tally) ON (n.scope, n.kind);
CREATE INDEX tally_kind IF NOT EXISTS FOR (n:Tally) ON (n.kind);
// A scope's buckets of some years (Tally.year: relation-type, relation-year, person-events and
// country-month buckets), for the dashboards that read a period: a country's partners and
// meetings page.
CREATE INDEX tally_scope_kind_year IF NOT EXISTS FOR (n:Tally) ON (n.scope, n.kind, n.year);
// A person's counterparts, and a relation's persons and topics, in ranking order (Tally.rank,
// kept on counterpart, relation-person and relation-topic buckets), so that a person's page
// and a relation's page read their first ten rather than every one.
CREATE INDEX tally_scope_kind_rank IF NOT EXISTS FOR (n:Tally) ON (n.scope, n.kind, n.rank);
CREATE CONSTRAINT tallied_event_id IF NOT EXISTS FOR (n:Tallied) REQUIRE n.eventId IS UNIQUE;
