// Block requests awaiting a decision (the status index): how many, and the $limit longest waiting with
// their age in whole days.
MATCH (request:BlockRequest {status: 'pending'})
WITH request ORDER BY request.requestedAt, request.id
WITH collect(request) AS pending
RETURN size(pending) AS count,
       [r IN pending[0..$limit]
        | r {.id, .caseRef, .requestedBy, requestedAt: toString(r.requestedAt),
             ageDays: duration.inDays(r.requestedAt, datetime()).days,
             handsets: COUNT { (r)-[:TARGETS]->(:Handset) }}] AS oldest
