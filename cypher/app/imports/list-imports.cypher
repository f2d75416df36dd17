// The import history, newest first, for the Imports page (admin).
MATCH (record:ImportRecord)
RETURN record.id AS id, record.source AS source, record.folder AS folder, record.movedTo AS movedTo,
       toString(record.startedAt) AS startedAt, toString(record.finishedAt) AS finishedAt,
       record.seconds AS seconds, record.result AS result, record.mode AS mode,
       record.rowCounts AS rowCounts, record.conflicts AS conflicts, record.errorCount AS errorCount,
       record.firstErrors AS firstErrors, record.changesAccepted AS changesAccepted, record.actor AS actor
ORDER BY record.startedAt DESC, record.id
LIMIT $limit
