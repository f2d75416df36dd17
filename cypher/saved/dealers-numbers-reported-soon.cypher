// @name dealers-numbers-reported-soon
// @title Dealers whose numbers were reported soon after activation
// @description Points of sale whose numbers victims reported within a few days of activation: the
//   pattern of SIMs sold straight to fraudsters.
// @param days int = 30 [1..365] : reported within this many days of activation
// @param limit int = 50 [1..1000] : how many dealers
// @roles investigator
// @expects rows
MATCH (complaint:Complaint)-[:REPORTS]->(sim:SIM)-[:ISSUED_BY]->(dealer:Dealer)
WHERE complaint.reportedOn <= sim.activatedOn + duration({days: $days})
WITH dealer, count(DISTINCT sim) AS numbersReported, count(DISTINCT complaint) AS complaints
RETURN dealer.posId AS posId, dealer.name AS name, dealer.operator AS operator, dealer.circle AS circle,
       dealer.status AS status, numbersReported, complaints
ORDER BY numbersReported DESC, posId
LIMIT $limit
