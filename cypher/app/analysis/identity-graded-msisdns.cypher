// Every number holding a stored grade (numbers outside suspect handsets, graded by their identity): a
// full recompute checks each again, since the handsets that gave it may have lost their standing.
MATCH (s:SIM)
WHERE s.riskGrade IS NOT NULL AND s.msisdn IS NOT NULL
RETURN s.msisdn AS msisdn
