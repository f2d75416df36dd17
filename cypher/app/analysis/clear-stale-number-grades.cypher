// Removes the grades an earlier recompute left on numbers that this one did not grade; the grade index
// finds them without a walk of every number.
MATCH (s:SIM)
WHERE s.riskGrade IS NOT NULL AND s.msisdn IS NOT NULL AND s.gradedAt <> $gradedAt
REMOVE s.riskGrade, s.riskGradeReasons, s.gradedAt
