// What ties suspect handsets (scored at least $minScore, look-alikes excluded) into rings: the identities
// their numbers are registered to, and numbers that moved between two suspect handsets. Dealers are left
// out on purpose: one rogue shop supplies many separate farms.
MATCH (h:Handset)
WHERE h.riskScore >= $minScore AND h.caution IS NULL
MATCH (h)<-[:USED_IN]-(:SIM)-[:REGISTERED_TO]->(i:Identity)
WITH DISTINCT h, i
RETURN h.imei AS handset, 'identity:' + i.kycId AS link
UNION
MATCH (h:Handset)
WHERE h.riskScore >= $minScore AND h.caution IS NULL
MATCH (h)<-[:USED_IN]-(s:SIM)-[:USED_IN]->(other:Handset)
WHERE other <> h AND other.riskScore >= $minScore AND other.caution IS NULL
RETURN h.imei AS handset, 'number:' + s.msisdn AS link
