// What grades each of the numbers $msisdns (analysis/number-grade.ts), read whenever a grade is shown: the
// suspect handsets it was used in (scored at least $minScore, look-alikes excluded) with their scores and
// when they were scored, the complaints that report it, and how many other numbers of its identity
// suspect handsets used. `gradedAt` is the time of the stored grade of a number outside suspect handsets
// (identity-grade-signals). Only complaints REPORT a number: counting the relationships reads its degree.
UNWIND $msisdns AS msisdn
MATCH (n:SIM {msisdn: msisdn})
RETURN n.msisdn AS msisdn,
       [h IN COLLECT { MATCH (n)-[:USED_IN]->(h) RETURN DISTINCT h ORDER BY h.imei }
        WHERE h.riskScore >= $minScore AND h.caution IS NULL
        | {imei: h.imei, score: h.riskScore, scoredAt: h.scoredAt}] AS suspectHandsets,
       COUNT { (n)<-[:REPORTS]-() } AS complaints,
       COUNT {
         MATCH (n)-[:REGISTERED_TO]->(:Identity)<-[:REGISTERED_TO]-(o:SIM)
         WHERE o <> n AND EXISTS { MATCH (o)-[:USED_IN]->(h) WHERE h.riskScore >= $minScore AND h.caution IS NULL }
       } AS identitySuspectNumbers,
       n.gradedAt AS gradedAt
