// The re-verification list: every number that used a handset of an approved block request, by operator
// then circle (each operator gets one contiguous part, each service area within it), optionally for one
// operator. A number that used two blocked handsets appears once for each (its spans on one handset
// merged).
MATCH (request:BlockRequest {status: 'approved'})-[:TARGETS]->(h:Handset)<-[used:USED_IN]-(sim:SIM)
WHERE $operator IS NULL OR sim.operator = $operator
WITH sim, h, request, min(used.firstSeen) AS firstSeen, max(used.lastSeen) AS lastSeen
RETURN sim.msisdn, sim.operator, sim.circle, h.imei, toString(firstSeen), toString(lastSeen), request.id
ORDER BY sim.operator, sim.circle, sim.msisdn, h.imei
