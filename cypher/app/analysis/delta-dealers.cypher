// The dealers whose risk signals a delta can change: the dealers $posIds (new sales, new shops), those
// who sold any of the numbers $msisdns now reported or used in a suspect handset (a number seen again in
// an ordinary phone changes nothing of its dealer), or any number of the identities $kycIds (now over the
// nine-number limit), and those who sold any number used in the handsets $imeis (whose suspect standing
// changed).
CALL () {
  UNWIND $posIds AS posId
  MATCH (d:Dealer {posId: posId})
  RETURN d
  UNION
  UNWIND $msisdns AS msisdn
  MATCH (s:SIM {msisdn: msisdn})-[:ISSUED_BY]->(d:Dealer)
  WHERE EXISTS { (s)<-[:REPORTS]-(:Complaint) }
     // No label on h (numbers are only used in handsets): the planner follows the number rather than
     // scan the riskScore index, which stale statistics can make it prefer.
     OR EXISTS { (s)-[:USED_IN]->(h) WHERE h.riskScore >= $minHandsetScore AND h.caution IS NULL }
  RETURN d
  UNION
  UNWIND $kycIds AS kycId
  MATCH (:Identity {kycId: kycId})<-[:REGISTERED_TO]-(:SIM)-[:ISSUED_BY]->(d:Dealer)
  RETURN d
  UNION
  UNWIND $imeis AS imei
  MATCH (:Handset {imei: imei})<-[:USED_IN]-(:SIM)-[:ISSUED_BY]->(d:Dealer)
  RETURN d
}
RETURN d.posId AS posId
ORDER BY posId
