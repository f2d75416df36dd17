// Each ring's evidence: its numbers and their circles (the jurisdictions it concerns), identities,
// complaints, money lost and the day of its newest complaint (the home page's newest rings), and the
// dealers who supplied it: each sold at least $minDealerShare of its numbers (a shop that sold the farm a
// few SIMs among many honest sales is not named), most numbers first.
UNWIND $rings AS ring
CALL (ring) {
  MATCH (h:Handset)<-[:USED_IN]-(s:SIM)
  WHERE h.imei IN ring.handsets
  RETURN collect(DISTINCT s) AS sims
}
CALL (sims) {
  UNWIND sims AS s
  WITH DISTINCT s.circle AS circle ORDER BY circle
  RETURN collect(circle) AS circles
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
  RETURN count(c) AS complaints, sum(coalesce(c.amountInr, 0.0)) AS amountLost,
         toString(max(c.reportedOn)) AS lastComplaintOn
}
CALL (sims) {
  UNWIND sims AS s
  MATCH (s)-[:ISSUED_BY]->(d:Dealer)
  WITH d, count(*) AS sold
  WHERE sold >= $minDealerShare * size(sims)
  ORDER BY sold DESC, d.posId
  RETURN collect(d.posId) AS dealers
}
RETURN ring.id AS id, size(sims) AS numbers, circles, identities, complaints, amountLost, lastComplaintOn,
       dealers
