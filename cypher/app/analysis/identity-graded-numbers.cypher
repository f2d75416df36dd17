// Numbers holding the stored grade $grade (numbers outside suspect handsets, graded by their identity:
// identity-grade-signals), by number, at most $limit; with $circles, only numbers of those circles. Read
// in the (riskGrade, msisdn) index's order, so a long list is never sorted.
MATCH (s:SIM)
WHERE s.riskGrade = $grade AND s.msisdn IS NOT NULL AND ($circles IS NULL OR s.circle IN $circles)
RETURN s
ORDER BY s.riskGrade, s.msisdn
LIMIT $limit
