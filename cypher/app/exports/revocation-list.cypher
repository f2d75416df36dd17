// The revocation list for the banks: every disconnected number, with when and why it was disconnected
// (`failed`, `no_response`, `overdue`) and the block request that sent it to re-verification (empty for
// numbers an operator's feed reported disconnected). Read from the SIM status index, so rows stream from
// the first moment and nothing is sorted in memory.
MATCH (sim:SIM {status: 'disconnected'})
RETURN sim.msisdn, sim.operator, sim.circle, toString(sim.disconnectedOn), sim.disconnectionReason,
       sim.reverificationRequestId
