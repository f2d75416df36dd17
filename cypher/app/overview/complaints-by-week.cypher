// Complaints and money lost per week (from Monday) reported from $from to $to (dates, inclusive): a range
// of the reportedOn index, never every complaint. With $circles, only complaints naming a number of those
// circles (as complaints-by-place).
MATCH (complaint:Complaint)
WHERE complaint.reportedOn >= date($from) AND complaint.reportedOn <= date($to)
  AND ($circles IS NULL OR EXISTS { (complaint)-[:REPORTS]->(sim:SIM) WHERE sim.circle IN $circles })
RETURN toString(date.truncate('week', complaint.reportedOn)) AS weekStart, count(*) AS complaints,
       sum(coalesce(complaint.amountInr, 0)) AS amountInr
