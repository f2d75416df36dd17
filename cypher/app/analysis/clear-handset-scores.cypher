// Removes the scores of the handsets $imeis, which an incremental analysis no longer scores (as
// clear-stale-handset-scores does after a full recompute).
UNWIND $imeis AS imei
MATCH (h:Handset {imei: imei})
WHERE h.riskScore IS NOT NULL
REMOVE h.riskScore, h.riskReasons, h.caution, h.cautionMessage, h.scoredAt
