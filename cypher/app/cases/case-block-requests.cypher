// The block requests raised from a case, oldest first, with their status (the evidence is on the Review page).
MATCH (c:Case {id: $caseId})
UNWIND c.blockRequestIds AS requestId
MATCH (request:BlockRequest {id: requestId})
WITH request ORDER BY request.requestedAt, request.id
RETURN request {.id, .status, .reason, .caseRef, .requestedBy, .decidedBy, .decisionNote,
                requestedAt: toString(request.requestedAt), decidedAt: toString(request.decidedAt),
                handsetCount: COUNT { (request)-[:TARGETS]->(:Handset) }} AS request
