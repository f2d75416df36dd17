// The re-verification list: every number that used a blocked handset (blocked only by an approved block
// request), by operator then circle (each operator gets one contiguous part, each service area within
// it). The numbers come in the order of the SIM(operator, circle, msisdn) index, so rows stream from the
// first moment and nothing is sorted in memory; a number that used two blocked handsets appears once for
// each (its spans on one handset merged). $firstOperator..$lastOperator selects one operator or all.
MATCH (sim:SIM)
USING INDEX sim:SIM(operator, circle, msisdn)
WHERE sim.operator >= $firstOperator AND sim.operator <= $lastOperator
  AND sim.circle IS NOT NULL AND sim.msisdn IS NOT NULL
WITH sim ORDER BY sim.operator, sim.circle, sim.msisdn
CALL (sim) {
  MATCH (sim)-[used:USED_IN]->(h:Handset {status: 'blocked'})
  WITH h, min(used.firstSeen) AS firstSeen, max(used.lastSeen) AS lastSeen
  ORDER BY h.imei
  RETURN h, firstSeen, lastSeen
}
RETURN sim.msisdn, sim.operator, sim.circle, h.imei, toString(firstSeen), toString(lastSeen), h.blockRequestId
