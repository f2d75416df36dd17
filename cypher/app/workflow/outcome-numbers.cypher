// The numbers of an outcomes upload as they stand (read after lock-outcome-numbers): found or not, status,
// operator, the outcome already applied if any, and the approval day of the block request that sent them
// to re-verification.
UNWIND $msisdns AS msisdn
OPTIONAL MATCH (sim:SIM {msisdn: msisdn})
OPTIONAL MATCH (request:BlockRequest {id: sim.reverificationRequestId})
RETURN msisdn, sim IS NOT NULL AS found, sim.status AS status, sim.operator AS operator,
       sim.reverificationOutcome AS outcome, toString(sim.reverificationDecidedOn) AS decidedOn,
       toString(date(request.decidedAt)) AS approvedOn
