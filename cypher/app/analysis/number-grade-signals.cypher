// What grades a number (analysis/number-grade.ts): the suspect handsets it was used in (scored at least
// $minScore, look-alikes excluded), the complaints that report it, and how many other numbers of its
// identity are in suspect handsets. For the numbers of the handsets $imeis and the numbers $msisdns, and
// every number of their identities (a farm number makes its identity's other numbers medium risk): from
// the suspect handsets for a full recompute, from what a delta touched for an incremental one.
// Worked out an identity at a time (a farm identity holds dozens of numbers: asking each number about
// all its identity's others would be quadratic); a SIM has one identity (sims.csv, one kyc_id).
// Only numbers whose signals differ from the ones their stored grade was given for come back (`signals`,
// stored as riskGradeSignals, with the rules' version $rules): a recompute after a quiet day moves and
// writes almost nothing. Numbers with nothing to grade them by come back only to lose a stored grade.
// Handsets are filtered by score after they are reached from the number, never matched by a score: right
// after a first load the statistics say no handset has one, and the planner would start every number's
// lookup from the riskScore index, walking all suspect handsets for each. Only complaints REPORT a number:
// counting the relationships reads the number's degree, not the complaints.
CALL () {
  UNWIND $imeis AS imei
  MATCH (:Handset {imei: imei})<-[:USED_IN]-(s:SIM)
  RETURN s
  UNION
  UNWIND $msisdns AS msisdn
  MATCH (s:SIM {msisdn: msisdn})
  RETURN s
}
OPTIONAL MATCH (s)-[:REGISTERED_TO]->(i:Identity)
// Numbers without an identity form one group, each on its own.
WITH i, collect(s) AS alone
CALL (i, alone) {
  UNWIND CASE WHEN i IS NULL THEN alone ELSE COLLECT { MATCH (i)<-[:REGISTERED_TO]-(n:SIM) RETURN n } END AS n
  WITH DISTINCT n
  WITH n, [h IN COLLECT { MATCH (n)-[:USED_IN]->(h:Handset) RETURN DISTINCT h ORDER BY h.imei }
           WHERE h.riskScore >= $minScore AND h.caution IS NULL] AS suspectHandsets
  WITH collect({n: n, suspectHandsets: suspectHandsets}) AS numbers,
       count(CASE WHEN size(suspectHandsets) > 0 THEN 1 END) AS inSuspectHandsets
  UNWIND numbers AS number
  RETURN number.n AS n, number.suspectHandsets AS suspectHandsets,
         CASE WHEN i IS NULL THEN 0
              ELSE inSuspectHandsets - CASE WHEN size(number.suspectHandsets) > 0 THEN 1 ELSE 0 END
         END AS identitySuspectNumbers
}
WITH n, suspectHandsets, identitySuspectNumbers, COUNT { (n)<-[:REPORTS]-() } AS complaints
WITH n, suspectHandsets, identitySuspectNumbers, complaints,
     CASE WHEN size(suspectHandsets) > 0 OR identitySuspectNumbers > 0
          THEN [$rules] + [h IN suspectHandsets | h.imei + ' ' + toString(h.riskScore)]
               + ['complaints ' + toString(complaints), 'identity ' + toString(identitySuspectNumbers)]
     END AS signals
WHERE CASE WHEN signals IS NULL THEN n.riskGrade IS NOT NULL
           ELSE n.riskGradeSignals IS NULL OR n.riskGradeSignals <> signals END
RETURN n.msisdn AS msisdn,
       [h IN suspectHandsets | {imei: h.imei, score: h.riskScore}] AS suspectHandsets,
       complaints, identitySuspectNumbers, signals
