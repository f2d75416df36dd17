// The highest-scored handsets, from the last recompute; with $circles, only those used with a number of
// those circles (the user's jurisdiction).
MATCH (h:Handset)
WHERE h.riskScore IS NOT NULL
  AND ($circles IS NULL OR EXISTS { (h)<-[:USED_IN]-(sim:SIM) WHERE sim.circle IN $circles })
RETURN h
ORDER BY h.riskScore DESC, h.imei
LIMIT $limit
