// The highest-scored handsets, from the last recompute.
MATCH (h:Handset)
WHERE h.riskScore IS NOT NULL
RETURN h
ORDER BY h.riskScore DESC, h.imei
LIMIT $limit
