// Past exports, newest first.
MATCH (batch:ExportBatch)
RETURN batch {.id, .kind, .filter, .exportedBy, .rows, .sha256, exportedAt: toString(batch.exportedAt)} AS batch
ORDER BY batch.exportedAt DESC
LIMIT $limit
