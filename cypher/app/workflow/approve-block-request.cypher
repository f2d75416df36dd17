// Approval: the request's handsets are blocked and every number that used one of them goes to
// re-verification (numbers already disconnected stay so).
MATCH (request:BlockRequest {id: $id})
SET request.status = 'approved', request.decidedBy = $decidedBy, request.decidedAt = datetime(),
    request.decisionNote = $note
WITH request
MATCH (request)-[:TARGETS]->(h:Handset)
SET h.status = 'blocked', h.blockedAt = request.decidedAt, h.blockRequestId = request.id
WITH collect(h) AS handsets
CALL (handsets) {
  UNWIND handsets AS h
  MATCH (sim:SIM)-[:USED_IN]->(h)
  WHERE sim.status IN ['active', 'reverified']
  WITH DISTINCT sim
  SET sim.status = 'reverification_pending'
  RETURN count(sim) AS numbers
}
RETURN size(handsets) AS handsets, numbers
