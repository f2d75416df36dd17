// Rejection: the request's handsets return to `active`.
MATCH (request:BlockRequest {id: $id})
SET request.status = 'rejected', request.decidedBy = $decidedBy, request.decidedAt = datetime(),
    request.decisionNote = $note
WITH request
MATCH (request)-[:TARGETS]->(h:Handset)
WHERE h.status = 'block_requested'
SET h.status = 'active'
RETURN count(h) AS handsets
