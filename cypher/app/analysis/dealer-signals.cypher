// Signals of every dealer, for risk scoring: how many of the numbers it sold went into suspect handsets
// (scored at least $minHandsetScore, look-alikes excluded), were reported by victims, or were registered
// to identities over the nine-number limit. Runs after the handset scores are stored.
MATCH (d:Dealer)
CALL (d) {
  MATCH (d)<-[:ISSUED_BY]-(s:SIM)
  RETURN count(s) AS sold,
         count(CASE WHEN EXISTS {
           MATCH (s)-[:USED_IN]->(h:Handset) WHERE h.riskScore >= $minHandsetScore AND h.caution IS NULL
         } THEN 1 END) AS suspectNumbers,
         count(CASE WHEN EXISTS { (s)<-[:REPORTS]-(:Complaint) } THEN 1 END) AS reportedNumbers,
         count(CASE WHEN EXISTS {
           MATCH (s)-[:REGISTERED_TO]->(i:Identity) WHERE COUNT { (i)<-[:REGISTERED_TO]-() } > 9
         } THEN 1 END) AS overLimitNumbers
}
RETURN d.posId AS posId, sold, suspectNumbers, reportedNumbers, overLimitNumbers
