// Disconnects every number still pending re-verification more than $days days after its request's
// approval: the SIM becomes `disconnected` on today's date for the reason `overdue`, keeping the block
// request that sent it (`reverificationRequestId`). Run again, it finds nothing more to disconnect.
MATCH (request:BlockRequest {status: 'approved'})
WHERE request.decidedAt < datetime() - duration({days: $days})
MATCH (sim:SIM {reverificationRequestId: request.id})
WHERE sim.status = 'reverification_pending'
SET sim.status = 'disconnected', sim.disconnectedOn = date(), sim.disconnectionReason = 'overdue'
RETURN count(sim) AS disconnected, collect(DISTINCT request.id) AS requests
