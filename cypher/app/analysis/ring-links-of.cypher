// What ties the suspect handsets among $imeis (scored at least $minScore, look-alikes excluded) into
// rings: the identities their numbers are registered to, and numbers that moved between two suspect
// handsets. Dealers are left out on purpose: one rogue shop supplies many separate farms. Both the full
// recompute (all ring-candidates) and incremental analysis (the handsets around a delta) read links here.
// The IMEI index is named: right after a first load the statistics say no handset has a score yet, and
// the planner would start from the riskScore index instead, scanning every scored handset for each IMEI.
UNWIND $imeis AS imei
MATCH (h:Handset {imei: imei})
USING INDEX h:Handset(imei)
WHERE h.riskScore >= $minScore AND h.caution IS NULL
CALL (h) {
  MATCH (h)<-[:USED_IN]-(:SIM)-[:REGISTERED_TO]->(i:Identity)
  RETURN DISTINCT 'identity:' + i.kycId AS link
  UNION
  // `other` without its label (a number is only ever used in handsets): with it, stale statistics made
  // the planner scan the riskScore index for every number instead of following the number (120 s at
  // medium scale).
  MATCH (h)<-[:USED_IN]-(s:SIM)-[:USED_IN]->(other)
  WHERE other <> h AND other.riskScore >= $minScore AND other.caution IS NULL
  RETURN DISTINCT 'number:' + s.msisdn AS link
}
// One row a handset: a national recompute reads most of a million links, and rows cost more than lists.
RETURN h.imei AS handset, collect(link) AS links
