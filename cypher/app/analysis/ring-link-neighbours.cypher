// The suspect handsets (scored at least $minScore, look-alikes excluded) that the identities $kycIds and
// the numbers $msisdns tie into rings: the next step of a walk through the ring-link graph.
// Handsets matched without their label (a number is only ever used in handsets), so the planner follows
// the numbers instead of scanning the riskScore index, which stale statistics can make it prefer.
UNWIND $kycIds AS kycId
MATCH (:Identity {kycId: kycId})<-[:REGISTERED_TO]-(:SIM)-[:USED_IN]->(h)
WHERE h.riskScore >= $minScore AND h.caution IS NULL
RETURN DISTINCT h.imei AS imei
UNION
UNWIND $msisdns AS msisdn
MATCH (:SIM {msisdn: msisdn})-[:USED_IN]->(h)
WHERE h.riskScore >= $minScore AND h.caution IS NULL
RETURN DISTINCT h.imei AS imei
