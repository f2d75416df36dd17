// Stores a batch of dealer risk assessments (served by the suspects API until the next recompute).
UNWIND $assessments AS a
MATCH (d:Dealer {posId: a.posId})
SET d.riskScore = a.score, d.riskReasons = a.reasons, d.scoredAt = $scoredAt
