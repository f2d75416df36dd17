// Approval: the request's handsets are blocked. Their numbers go to re-verification afterwards, in
// batches (mark-numbers-for-reverification): a request for thousands of handsets reaches millions of
// numbers, more than one transaction should hold.
MATCH (request:BlockRequest {id: $id})
SET request.status = 'approved', request.decidedBy = $decidedBy, request.decidedAt = datetime(),
    request.decisionNote = $note
WITH request
MATCH (request)-[:TARGETS]->(h:Handset)
SET h.status = 'blocked', h.blockedAt = request.decidedAt, h.blockRequestId = request.id
RETURN count(h) AS handsets
