// What grades the numbers that no suspect handset used (analysis/grade-numbers.ts): the other numbers of
// their identity that suspect handsets (scored at least $minScore, look-alikes excluded) used, and the
// complaints that report them. These grades are the only stored ones: a number of a suspect handset is
// graded from that handset's stored score whenever it is read (number-grade-signals), so a recompute
// never writes the millions of farm numbers. For every number of the identities of the handsets $imeis'
// numbers and of the numbers $msisdns.
// Only numbers that may deserve such a grade or hold one come back (few: most of a farm identity's
// numbers are in the farm's handsets); `stored` is the grade they hold. Handsets are filtered by score
// after they are reached from the number, never matched by a score: right after a first load the
// statistics say no handset has one, and the planner would walk the riskScore index for every number.
CALL () {
  UNWIND $imeis AS imei
  MATCH (:Handset {imei: imei})<-[:USED_IN]-(:SIM)-[:REGISTERED_TO]->(i:Identity)
  RETURN i
  UNION
  UNWIND $msisdns AS msisdn
  MATCH (:SIM {msisdn: msisdn})-[:REGISTERED_TO]->(i:Identity)
  RETURN i
}
CALL (i) {
  MATCH (i)<-[:REGISTERED_TO]-(n:SIM)
  WITH n, EXISTS { MATCH (n)-[:USED_IN]->(h) WHERE h.riskScore >= $minScore AND h.caution IS NULL }
          AS inSuspectHandset
  WITH collect({n: n, inSuspectHandset: inSuspectHandset}) AS numbers,
       count(CASE WHEN inSuspectHandset THEN 1 END) AS suspectNumbers
  UNWIND numbers AS number
  WITH number.n AS n, number.inSuspectHandset AS inSuspectHandset, suspectNumbers
  WHERE (NOT inSuspectHandset AND suspectNumbers > 0) OR n.riskGrade IS NOT NULL
  RETURN n, inSuspectHandset, suspectNumbers
}
RETURN n.msisdn AS msisdn, inSuspectHandset, suspectNumbers AS identitySuspectNumbers,
       COUNT { (n)<-[:REPORTS]-() } AS complaints, n.riskGrade AS stored
