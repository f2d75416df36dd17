// The suspect handsets, from the last recompute: every handset scoring at least $minScore, those without
// a caution first (a look-alike never ranks above a handset nobody has a reason to spare), then by score;
// with $circles, only those used with a number of those circles (the user's jurisdiction).
MATCH (h:Handset)
WHERE h.riskScore >= $minScore
  AND ($circles IS NULL OR EXISTS { (h)<-[:USED_IN]-(sim:SIM) WHERE sim.circle IN $circles })
RETURN h
ORDER BY h.caution IS NULL DESC, h.riskScore DESC, h.imei
LIMIT $limit
