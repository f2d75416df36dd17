// A pending block request targeting its handsets, which become `block_requested`.
CREATE (request:BlockRequest {
  id: $request.id,
  status: 'pending',
  reason: $request.reason,
  caseRef: $request.caseRef,
  policeUnit: $request.policeUnit,
  state: $request.state,
  requestedBy: $request.requestedBy,
  requestedAt: datetime(),
  cautions: $request.cautions,
  cautionJustification: $request.cautionJustification
})
WITH request
UNWIND $request.imeis AS imei
MATCH (h:Handset {imei: imei})
SET h.status = 'block_requested'
CREATE (request)-[:TARGETS]->(h)
RETURN count(h) AS handsets
