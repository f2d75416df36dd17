// The re-verification list: every number that used a blocked handset (blocked only by an approved block
// request), by operator then circle (each operator gets one contiguous part, each service area within
// it), one row for each period a number was seen on a blocked handset. The numbers come in the order of
// the SIM(operator, circle, msisdn) index and a number's rows one after another, so rows stream from the
// first moment and nothing is sorted (the ORDER BY is the index's own: the plan holds no Sort);
// reverification-rows.ts merges a number's periods on one handset and orders its handsets. The blocked
// handsets (tens of thousands) are gathered first, so that the handset of each of a number's periods is
// checked against them without reading it. $firstOperator..$lastOperator selects one operator or all.
MATCH (blocked:Handset {status: 'blocked'})
WITH collect(blocked) AS blockedHandsets
MATCH (sim:SIM)-[used:USED_IN]->(h)
USING INDEX sim:SIM(operator, circle, msisdn)
WHERE sim.operator >= $firstOperator AND sim.operator <= $lastOperator
  AND sim.circle IS NOT NULL AND sim.msisdn IS NOT NULL
  AND h IN blockedHandsets
RETURN sim.msisdn AS msisdn, sim.operator AS operator, sim.circle AS circle, h.imei AS imei,
       toString(used.firstSeen) AS firstSeen, toString(used.lastSeen) AS lastSeen,
       h.blockRequestId AS requestId
ORDER BY sim.operator, sim.circle, sim.msisdn
