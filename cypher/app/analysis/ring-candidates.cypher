// The handsets rings are made of: scored at least $minScore, look-alikes excluded.
MATCH (h:Handset)
WHERE h.riskScore >= $minScore AND h.caution IS NULL
RETURN h.imei AS imei
ORDER BY imei
