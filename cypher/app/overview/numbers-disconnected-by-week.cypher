// Numbers disconnected per week (from Monday) from $from to $to (dates, inclusive), after re-verification
// failed, went unanswered or ran past its deadline: a range of the disconnectedOn index. With $circles,
// only numbers of those circles.
MATCH (sim:SIM)
WHERE sim.disconnectedOn >= date($from) AND sim.disconnectedOn <= date($to)
  AND ($circles IS NULL OR sim.circle IN $circles)
RETURN toString(date.truncate('week', sim.disconnectedOn)) AS weekStart, count(*) AS numbers
