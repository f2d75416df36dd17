// Each ring's evidence: its numbers, identities, complaints and money lost, and the dealers who supplied
// it: each sold at least $minDealerShare of its numbers (a shop that sold the farm a few SIMs among many
// honest sales is not named), most numbers first.
UNWIND $rings AS ring
CALL (ring) {
  MATCH (h:Handset)<-[:USED_IN]-(s:SIM)
  WHERE h.imei IN ring.handsets
  RETURN collect(DISTINCT s) AS sims
}
CALL (sims) {
  UNWIND sims AS s
  MATCH (s)-[:REGISTERED_TO]->(i:Identity)
  RETURN count(DISTINCT i) AS identities
}
CALL (sims) {
  UNWIND sims AS s
  MATCH (s)<-[:REPORTS]-(c:Complaint)
  WITH DISTINCT c
  RETURN count(c) AS complaints, sum(coalesce(c.amountInr, 0.0)) AS amountLost
}
CALL (sims) {
  UNWIND sims AS s
  MATCH (s)-[:ISSUED_BY]->(d:Dealer)
  WITH d, count(*) AS sold
  WHERE sold >= $minDealerShare * size(sims)
  ORDER BY sold DESC, d.posId
  RETURN collect(d.posId) AS dealers
}
RETURN ring.id AS id, size(sims) AS numbers, identities, complaints, amountLost, dealers
