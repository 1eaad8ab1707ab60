// The ingest writers' lock, taken first in every batch transaction (ingest/writer/
// writeExtractions.ts): the SET locks the one IngestLock node and Neo4j holds the lock until
// commit, so batch transactions run one after another whichever process or machine sends them.
// A batch reads the persons and events it resolves against inside its transaction, after the
// lock: it sees every batch committed before it, and two processes ingesting at once build
// the graph one process would, with no duplicate event or person. (Merging on the keys alone
// cannot do it: a person's id and an event's identity are decided from what the graph holds.)
MERGE (l:IngestLock {id: 'graph'})
SET l._lock = true
REMOVE l._lock
RETURN count(l) AS locked
