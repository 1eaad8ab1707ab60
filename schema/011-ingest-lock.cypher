// The ingest writers' lock node (queries/ingest.lock.cypher): the constraint makes its MERGE
// safe when two writers create it at once.
CREATE CONSTRAINT ingest_lock_id IF NOT EXISTS FOR (n:IngestLock) REQUIRE n.id IS UNIQUE;
