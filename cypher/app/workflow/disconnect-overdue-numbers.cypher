// One batch of the bulk disconnection of overdue numbers: at most $batch numbers still pending
// re-verification more than $days days after their request's approval become `disconnected` on today's
// date for the reason `overdue`, keeping the block request that sent them (`reverificationRequestId`),
// stamped with the run ($runId) so that the run's total is counted from the graph, not from the answers
// of its batches (a batch the driver runs again after a lost commit answers with its next numbers).
// Run until it disconnects nothing; a run after that finds nothing.
MATCH (request:BlockRequest {status: 'approved'})
WHERE request.decidedAt < datetime() - duration({days: $days})
MATCH (sim:SIM {reverificationRequestId: request.id})
WHERE sim.status = 'reverification_pending'
WITH sim LIMIT $batch
SET sim.status = 'disconnected', sim.disconnectedOn = date(), sim.disconnectionReason = 'overdue',
    sim.disconnectionRunId = $runId
RETURN count(sim) AS disconnected
