// What a bulk disconnection run did, counted from the graph: the numbers it stamped ($runId) among those
// of the approved requests past the deadline, and those requests, by id.
MATCH (request:BlockRequest {status: 'approved'})
WHERE request.decidedAt < datetime() - duration({days: $days})
MATCH (sim:SIM {reverificationRequestId: request.id})
WHERE sim.disconnectionRunId = $runId
WITH request.id AS requestId, count(sim) AS numbers
ORDER BY requestId
RETURN coalesce(sum(numbers), 0) AS disconnected, collect(requestId) AS requests
