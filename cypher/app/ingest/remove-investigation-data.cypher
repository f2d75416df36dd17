// Rolls back a first load into an empty database: everything of the investigation graph goes, in
// transactions of 10,000 nodes (auto-commit: CALL … IN TRANSACTIONS), leaving users and the audit trail.
MATCH (n)
WHERE n:SIM OR n:Handset OR n:Dealer OR n:Identity OR n:Victim OR n:Complaint
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
