// Signals of the dealers $posIds, one row each, counting exactly what dealer-signals counts for every
// dealer (the delta-analysis test compares the two): numbers sold, those used in suspect handsets (scored
// at least $minHandsetScore, look-alikes excluded), the suspect handsets they went into, the most sold
// into one of them and its IMEI,
// those of them sold to repeat buyers (identities that bought two or more), those reported by victims, and those registered to identities over the legal limit. Walks each dealer's
// own numbers: for the few dealers a delta touches.
UNWIND $posIds AS posId
MATCH (d:Dealer {posId: posId})
CALL (d) {
  OPTIONAL MATCH (d)<-[:ISSUED_BY]-(s:SIM)-[:USED_IN]->(h) // no label: see delta-dealers
  WHERE h.riskScore >= $minHandsetScore AND h.caution IS NULL
  WITH h, count(DISTINCT s) AS numbers
  ORDER BY numbers DESC, h.imei
  RETURN CASE WHEN h IS NULL THEN 0 ELSE numbers END AS busiestSuspectHandset,
         h.imei AS busiestSuspectHandsetImei
  LIMIT 1
}
CALL (d) {
  MATCH (i:Identity)<-[:REGISTERED_TO]-(s:SIM)-[:ISSUED_BY]->(d)
  WHERE EXISTS { MATCH (s)-[:USED_IN]->(h) WHERE h.riskScore >= $minHandsetScore AND h.caution IS NULL }
  WITH i, count(DISTINCT s) AS bought
  RETURN sum(CASE WHEN bought >= 2 THEN bought ELSE 0 END) AS repeatBuyerNumbers
}
RETURN d.posId AS posId,
       COUNT { (d)<-[:ISSUED_BY]-() } AS sold,
       COUNT {
         MATCH (d)<-[:ISSUED_BY]-(s:SIM)
         WHERE EXISTS {
           MATCH (s)-[:USED_IN]->(h)
           WHERE h.riskScore >= $minHandsetScore AND h.caution IS NULL
         }
       } AS suspectNumbers,
       busiestSuspectHandset, busiestSuspectHandsetImei, repeatBuyerNumbers,
       COUNT {
         MATCH (d)<-[:ISSUED_BY]-(:SIM)-[:USED_IN]->(h)
         WHERE h.riskScore >= $minHandsetScore AND h.caution IS NULL
         RETURN DISTINCT h
       } AS suspectHandsets,
       COUNT { MATCH (d)<-[:ISSUED_BY]-(s:SIM) WHERE EXISTS { (s)<-[:REPORTS]-(:Complaint) } } AS reportedNumbers,
       COUNT {
         MATCH (d)<-[:ISSUED_BY]-(:SIM)-[:REGISTERED_TO]->(i:Identity)
         WITH i, COUNT { (i)<-[:REGISTERED_TO]-() } AS held
         WHERE CASE
                 WHEN held > $simLimit THEN true
                 WHEN held > $borderSimLimit
                 THEN COUNT { (i)<-[:REGISTERED_TO]-(b:SIM) WHERE b.circle IN $borderCircles } > $borderSimLimit
                 ELSE false
               END
       } AS overLimitNumbers
