// The user's own block requests: how many of each status, and the $limit newest with their handsets.
MATCH (request:BlockRequest {requestedBy: $username})
WITH request ORDER BY request.requestedAt DESC, request.id
WITH collect(request {.id, .status, .caseRef, requestedAt: toString(request.requestedAt),
                      decidedAt: toString(request.decidedAt),
                      handsets: COUNT { (request)-[:TARGETS]->(:Handset) }}) AS requests
RETURN {pending: size([r IN requests WHERE r.status = 'pending']),
        approved: size([r IN requests WHERE r.status = 'approved']),
        rejected: size([r IN requests WHERE r.status = 'rejected'])} AS byStatus,
       requests[0..$limit] AS recent
