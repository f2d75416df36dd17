// Loads a batch of handsets.csv rows. A handset's status (block_requested, blocked) is never reset by an import.
UNWIND $rows AS r
MERGE (h:Handset {imei: r.imei})
  ON CREATE SET h.status = 'active', h.tac = left(r.imei, 8)
SET h.brand = coalesce(r.brand, h.brand), h.model = coalesce(r.model, h.model)
