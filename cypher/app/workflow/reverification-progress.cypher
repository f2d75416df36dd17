// Re-verification of every approved block request's numbers, by request and operator: pending,
// re-verified, disconnected, and of the pending those overdue (more than $days days after approval).
// Only the numbers each request sent (`reverificationRequestId`, by index), never every subscriber.
MATCH (request:BlockRequest {status: 'approved'})
WITH request, request.decidedAt < datetime() - duration({days: $days}) AS isLate
MATCH (sim:SIM {reverificationRequestId: request.id})
WITH request, isLate, sim.operator AS operator,
     count(CASE WHEN sim.status = 'reverification_pending' THEN 1 END) AS pending,
     count(CASE WHEN sim.status = 'reverified' THEN 1 END) AS reverified,
     count(CASE WHEN sim.status = 'disconnected' THEN 1 END) AS disconnected
RETURN request.id AS requestId, toString(request.decidedAt) AS approvedAt,
       toString(request.decidedAt + duration({days: $days})) AS deadline, operator, pending, reverified,
       disconnected, CASE WHEN isLate THEN pending ELSE 0 END AS overdue
ORDER BY approvedAt DESC, requestId, operator
