// The block list for the telecom department: every handset of an approved block request, in the order
// they were approved. Columns as in exports/export-kinds.ts.
MATCH (request:BlockRequest {status: 'approved'})-[:TARGETS]->(h:Handset)
RETURN h.imei, h.tac, h.brand, h.model, request.id, request.caseRef, request.policeUnit, request.state,
       toString(date(request.requestedAt)), request.reason, request.decidedBy, toString(request.decidedAt)
ORDER BY request.decidedAt, request.id, h.imei
