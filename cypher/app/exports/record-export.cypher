// Records one completed export: who, when, which list, how many rows, and the SHA-256 of the bytes sent.
CREATE (:ExportBatch {
  id: $batch.id,
  kind: $batch.kind,
  filter: $batch.filter,
  exportedBy: $batch.exportedBy,
  exportedAt: datetime(),
  rows: $batch.rows,
  sha256: $batch.sha256
})
