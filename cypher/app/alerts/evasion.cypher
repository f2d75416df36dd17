// Rule `evasion`: numbers of a blocked handset seen in another handset in a period starting on or after
// the day of the block (usage is recorded by day): the farm moving its SIMs to a new phone, the first
// thing it does after a block. One row per new handset, with the blocked handsets its numbers came from.
// Starts from the blocked handsets (the status index) and walks their numbers: costs follow the blocks.
// The status index is named: otherwise the planner starts from the other side, every handset not blocked
// (1.2 million at national scale, 4 s for a rule that finds nothing).
MATCH (blocked:Handset {status: 'blocked'})
USING INDEX blocked:Handset(status)
WHERE blocked.blockedAt IS NOT NULL
MATCH (blocked)<-[:USED_IN]-(s:SIM)-[moved:USED_IN]->(other:Handset)
WHERE other <> blocked AND other.status <> 'blocked' AND moved.firstSeen >= date(blocked.blockedAt)
WITH other, blocked, collect(DISTINCT s.msisdn) AS numbers
ORDER BY blocked.imei
WITH other, collect({imei: blocked.imei, requestId: blocked.blockRequestId,
                     blockedOn: toString(date(blocked.blockedAt)), numbers: numbers}) AS sources
RETURN other.imei AS imei, sources
ORDER BY imei
