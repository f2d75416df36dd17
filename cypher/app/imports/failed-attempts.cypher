// The failed attempts at the feed at $folder since it was marked ready (its READY file's time), oldest
// first: a feed that keeps failing is rejected with their reasons rather than retried for ever.
MATCH (record:ImportRecord {folder: $folder})
WHERE record.source = 'inbox' AND record.result = 'failed' AND record.startedAt >= datetime($since)
WITH record ORDER BY record.startedAt
RETURN record.firstErrors AS firstErrors
