// The import's data is the database's now (or was removed again: `rolled_back`).
MATCH (run:ImportRun {id: $id})
SET run.status = $status, run.finishedAt = datetime()
