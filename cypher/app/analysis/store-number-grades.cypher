// Stores a batch of number grades {msisdn, grade, reasons} (served on the number's details and by the
// suspect numbers list); a row without a grade removes the number's stored one. Idempotent.
UNWIND $grades AS g
MATCH (s:SIM {msisdn: g.msisdn})
WITH s, g
WHERE g.grade IS NOT NULL OR s.riskGrade IS NOT NULL
SET s.riskGrade = g.grade, s.riskGradeReasons = g.reasons,
    s.gradedAt = CASE WHEN g.grade IS NULL THEN null ELSE $gradedAt END
