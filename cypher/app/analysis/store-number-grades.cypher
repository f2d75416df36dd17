// Stores a batch of number grades {msisdn, grade, reasons, signals} (served on the number's details and
// by the suspect numbers list), with the signals they were given for and when; a row without a grade
// removes the number's stored one. Idempotent.
UNWIND $grades AS g
MATCH (s:SIM {msisdn: g.msisdn})
SET s.riskGrade = g.grade, s.riskGradeReasons = g.reasons, s.riskGradeSignals = g.signals,
    s.gradedAt = CASE WHEN g.grade IS NULL THEN null ELSE $gradedAt END
