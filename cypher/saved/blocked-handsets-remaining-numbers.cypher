// @name blocked-handsets-remaining-numbers
// @title Blocked handsets' numbers not yet disconnected
// @description Numbers of handsets blocked since a date that are still connected (pending or passed
//   re-verification): what the operators still have to act on. Empty until a block is approved.
// @param since date = 2024-01-01 : handsets blocked on or after this day
// @param limit int = 1000 [1..5000] : how many numbers
// @roles investigator
MATCH (h:Handset {status: 'blocked'})
WHERE h.blockedAt >= datetime($since)
MATCH (sim:SIM)-[:USED_IN]->(h)
WHERE sim.status <> 'disconnected'
RETURN h.imei AS imei, h.blockRequestId AS requestId, sim.msisdn AS msisdn, sim.operator AS operator,
       sim.circle AS circle, sim.status AS status
ORDER BY imei, msisdn
LIMIT $limit
