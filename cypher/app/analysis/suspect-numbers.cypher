// Graded numbers, the grades $grades in that order (most severe first) and by number within a grade,
// at most $limit; with $circles, only numbers of those circles (the user's jurisdiction). Each grade is
// read in the (riskGrade, msisdn) index's order, so a long list of one grade is never sorted.
UNWIND range(0, size($grades) - 1) AS rank
CALL (rank) {
  MATCH (s:SIM)
  WHERE s.riskGrade = $grades[rank] AND s.msisdn IS NOT NULL
    AND ($circles IS NULL OR s.circle IN $circles)
  RETURN s
  ORDER BY s.riskGrade, s.msisdn
  LIMIT $limit
}
RETURN s
ORDER BY rank, s.msisdn
LIMIT $limit
