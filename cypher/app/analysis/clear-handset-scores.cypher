// Removes the scores of the handsets $imeis, which an incremental analysis no longer scores (as
// clear-stale-handset-scores does after a full recompute).
// The IMEI index is named: right after a first load the statistics say no handset has a score yet, and
// the planner would start from the riskScore index instead, scanning every scored handset for each IMEI.
UNWIND $imeis AS imei
MATCH (h:Handset {imei: imei})
USING INDEX h:Handset(imei)
WHERE h.riskScore IS NOT NULL
REMOVE h.riskScore, h.previousRiskScore, h.riskReasons, h.caution, h.cautionMessage, h.scoredAt
