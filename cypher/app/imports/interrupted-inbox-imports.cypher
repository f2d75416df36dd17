// Inbox imports still `running`: read by the holder of the inbox lease, so their process stopped (or lost
// the lease) mid-feed; the import itself was rolled back by Neo4j or by the import journal.
MATCH (record:ImportRecord {source: 'inbox', result: 'running'})
RETURN record.id AS id, record.folder AS folder, toString(record.startedAt) AS startedAt
