// The node each data migration records itself with (queries/migrations.*.cypher): the
// constraint makes its MERGE safe when two processes migrate at once (two ingest processes
// starting together), so a migration is recorded once.
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (n:Migration) REQUIRE n.id IS UNIQUE;
