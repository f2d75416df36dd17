// Writes one import's history entry, keyed by its id: a retried transaction, or the final result written
// over an attempt's `running` entry, leaves one node. Counts and first errors are JSON strings (Neo4j
// properties cannot hold maps).
MERGE (record:ImportRecord {id: $record.id})
SET record.source = $record.source,
    record.folder = $record.folder,
    record.movedTo = $record.movedTo,
    record.startedAt = datetime($record.startedAt),
    record.finishedAt = CASE WHEN $record.finishedAt IS NULL THEN null ELSE datetime($record.finishedAt) END,
    record.seconds = $record.seconds,
    record.result = $record.result,
    record.mode = $record.mode,
    record.rowCounts = $record.rowCounts,
    record.conflicts = $record.conflicts,
    record.errorCount = $record.errorCount,
    record.firstErrors = $record.firstErrors,
    record.changesAccepted = $record.changesAccepted,
    record.actor = $record.actor
