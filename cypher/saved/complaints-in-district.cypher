// @name complaints-in-district
// @title Complaints from a district in a window
// @description Complaints filed by victims of one district within a date window, newest first, with the
//   numbers they name.
// @param district string = Mumbai [1..80] : the victims' district, as written in the complaints
// @param from date = 2024-01-01 : first day
// @param to date = 2026-06-30 : last day
// @param limit int = 200 [1..5000] : how many complaints
// @roles investigator
// @expects rows
MATCH (victim:Victim)-[:FILED]->(complaint:Complaint)
WHERE toLower(victim.district) = toLower($district)
  AND complaint.reportedOn >= date($from) AND complaint.reportedOn <= date($to)
OPTIONAL MATCH (complaint)-[:REPORTS]->(sim:SIM)
WITH victim, complaint, collect(sim.msisdn) AS numbers
RETURN complaint.ackNo AS ackNo, complaint.source AS source, complaint.category AS category,
       complaint.reportedOn AS reportedOn, complaint.amountInr AS amountInr, victim.state AS state, numbers
ORDER BY reportedOn DESC, ackNo
LIMIT $limit
