// Approval: the request's handsets are blocked and every number that used one of them goes to
// re-verification (numbers already disconnected stay so). Handset by handset, without gathering the
// numbers: a request for thousands of handsets touches millions of numbers, and only the changes
// themselves should take transaction memory.
MATCH (request:BlockRequest {id: $id})
SET request.status = 'approved', request.decidedBy = $decidedBy, request.decidedAt = datetime(),
    request.decisionNote = $note
WITH request
MATCH (request)-[:TARGETS]->(h:Handset)
SET h.status = 'blocked', h.blockedAt = request.decidedAt, h.blockRequestId = request.id
WITH h
CALL (h) {
  MATCH (sim:SIM)-[:USED_IN]->(h)
  WHERE sim.status IN ['active', 'reverified']
  SET sim.status = 'reverification_pending'
  RETURN count(sim) AS numbers
}
RETURN count(h) AS handsets, sum(numbers) AS numbers
