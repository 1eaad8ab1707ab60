// Waits until every index is online (migrations create them in the background), at most
// $timeoutSeconds, so that the first queries after `db migrate` already use them.
CALL db.awaitIndexes($timeoutSeconds)
