// Applies operators' outcomes to numbers pending re-verification: `reverified` makes the SIM `reverified`;
// `failed` and `no_response` make it `disconnected` on the day decided, for that reason. The outcome and
// its day stay on the SIM (a second upload of the same outcome is recognised and changes nothing), and so
// does the block request that sent it (`reverificationRequestId`). Only pending numbers change.
UNWIND $outcomes AS o
MATCH (sim:SIM {msisdn: o.msisdn})
WHERE sim.status = 'reverification_pending'
SET sim.reverificationOutcome = o.outcome,
    sim.reverificationDecidedOn = date(o.decidedOn),
    sim.status = CASE o.outcome WHEN 'reverified' THEN 'reverified' ELSE 'disconnected' END,
    sim.disconnectedOn = CASE o.outcome WHEN 'reverified' THEN null ELSE date(o.decidedOn) END,
    sim.disconnectionReason = CASE o.outcome WHEN 'reverified' THEN null ELSE o.outcome END
RETURN count(CASE o.outcome WHEN 'reverified' THEN 1 END) AS reverified,
       count(CASE WHEN o.outcome <> 'reverified' THEN 1 END) AS disconnected
