// The day of the newest complaint in the jurisdiction, read backwards along the reportedOn index until
// one matches: a page whose weeks are empty can say how old the newest complaint is.
MATCH (complaint:Complaint)
WHERE complaint.reportedOn IS NOT NULL
  AND ($circles IS NULL OR EXISTS { (complaint)-[:REPORTS]->(sim:SIM) WHERE sim.circle IN $circles })
RETURN toString(complaint.reportedOn) AS reportedOn
ORDER BY complaint.reportedOn DESC
LIMIT 1
