// Signals of the dealers $posIds, one row each, counting exactly what dealer-signals counts for every
// dealer (the delta-analysis test compares the two): numbers sold, those used in suspect handsets (scored
// at least $minHandsetScore, look-alikes excluded), reported by victims, and registered to identities over
// the nine-number limit. Walks each dealer's own numbers: for the few dealers a delta touches.
UNWIND $posIds AS posId
MATCH (d:Dealer {posId: posId})
RETURN d.posId AS posId,
       COUNT { (d)<-[:ISSUED_BY]-() } AS sold,
       COUNT {
         MATCH (d)<-[:ISSUED_BY]-(s:SIM)
         WHERE EXISTS {
           MATCH (s)-[:USED_IN]->(h) // no label: see delta-dealers
           WHERE h.riskScore >= $minHandsetScore AND h.caution IS NULL
         }
       } AS suspectNumbers,
       COUNT { MATCH (d)<-[:ISSUED_BY]-(s:SIM) WHERE EXISTS { (s)<-[:REPORTS]-(:Complaint) } } AS reportedNumbers,
       COUNT {
         MATCH (d)<-[:ISSUED_BY]-(:SIM)-[:REGISTERED_TO]->(i:Identity)
         WHERE COUNT { (i)<-[:REGISTERED_TO]-() } > 9
       } AS overLimitNumbers
