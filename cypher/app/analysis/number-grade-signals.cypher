// What grades a number (analysis/number-grade.ts): the suspect handsets it was used in (scored at least
// $minScore, look-alikes excluded), the complaints that report it, and how many other numbers of its
// identity are in suspect handsets. For the numbers of the handsets $imeis and the numbers $msisdns, and
// every number of their identities (a farm number makes its identity's other numbers medium risk): from
// the suspect handsets for a full recompute, from what a delta touched for an incremental one.
CALL () {
  UNWIND $imeis AS imei
  MATCH (:Handset {imei: imei})<-[:USED_IN]-(s:SIM)
  RETURN s
  UNION
  UNWIND $msisdns AS msisdn
  MATCH (s:SIM {msisdn: msisdn})
  RETURN s
}
CALL (s) {
  RETURN s AS n
  UNION
  MATCH (s)-[:REGISTERED_TO]->(:Identity)<-[:REGISTERED_TO]-(n:SIM)
  RETURN n
}
WITH DISTINCT n
RETURN n.msisdn AS msisdn,
       COLLECT {
         MATCH (n)-[:USED_IN]->(h:Handset)
         WHERE h.riskScore >= $minScore AND h.caution IS NULL
         RETURN DISTINCT {imei: h.imei, score: h.riskScore}
       } AS suspectHandsets,
       COUNT { (n)<-[:REPORTS]-(:Complaint) } AS complaints,
       COUNT {
         MATCH (n)-[:REGISTERED_TO]->(:Identity)<-[:REGISTERED_TO]-(o:SIM)
         WHERE o <> n AND EXISTS {
           MATCH (o)-[:USED_IN]->(h:Handset)
           WHERE h.riskScore >= $minScore AND h.caution IS NULL
         }
         RETURN DISTINCT o
       } AS identitySuspectNumbers
