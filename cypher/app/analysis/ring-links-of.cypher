// What ties the suspect handsets among $imeis (scored at least $minScore, look-alikes excluded) into
// rings: the identities their numbers are registered to, and numbers that moved between two suspect
// handsets. Dealers are left out on purpose: one rogue shop supplies many separate farms. Both the full
// recompute (all ring-candidates) and incremental analysis (the handsets around a delta) read links here.
UNWIND $imeis AS imei
MATCH (h:Handset {imei: imei})
WHERE h.riskScore >= $minScore AND h.caution IS NULL
CALL (h) {
  MATCH (h)<-[:USED_IN]-(:SIM)-[:REGISTERED_TO]->(i:Identity)
  RETURN DISTINCT 'identity:' + i.kycId AS link
  UNION
  MATCH (h)<-[:USED_IN]-(s:SIM)-[:USED_IN]->(other:Handset)
  WHERE other <> h AND other.riskScore >= $minScore AND other.caution IS NULL
  RETURN DISTINCT 'number:' + s.msisdn AS link
}
RETURN h.imei AS handset, link
