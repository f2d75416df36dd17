// Victims, complaints and money lost per place as written (merged per canonical district in server/geo/)
// for the complaints reported from $from to $to (a range of the reportedOn index); with $circles, only
// complaints naming a number of those circles.
MATCH (complaint:Complaint)
WHERE complaint.reportedOn >= date($from) AND complaint.reportedOn <= date($to)
  AND ($circles IS NULL OR EXISTS { (complaint)-[:REPORTS]->(sim:SIM) WHERE sim.circle IN $circles })
MATCH (victim:Victim)-[:FILED]->(complaint)
RETURN victim.state AS state, victim.district AS district, count(complaint) AS complaints,
       count(DISTINCT victim) AS victims, sum(coalesce(complaint.amountInr, 0)) AS amountInr
