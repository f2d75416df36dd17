// Stores a batch of grades {msisdn, grade} of numbers outside suspect handsets (identity-grade-signals),
// and when they were given; a row without a grade removes the number's stored one. Their reasons are
// worked out when read. Idempotent. (The reasons and signals that earlier versions stored go too.)
UNWIND $grades AS g
MATCH (s:SIM {msisdn: g.msisdn})
SET s.riskGrade = g.grade, s.gradedAt = CASE WHEN g.grade IS NULL THEN null ELSE $gradedAt END
REMOVE s.riskGradeReasons, s.riskGradeSignals
