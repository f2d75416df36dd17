// Waits until every index (and constraint-backing index) is online, so the first queries use them.
CALL db.awaitIndexes(300)
