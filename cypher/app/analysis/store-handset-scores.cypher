// Stores a batch of handset risk assessments (served by the suspects API until the next recompute). The
// score it replaces, when different, is kept as `previousRiskScore` in the same write (the alert rule
// `score-rise` compares the two); a recompute that gives the same score keeps the earlier one.
UNWIND $assessments AS a
MATCH (h:Handset {imei: a.imei})
SET h.previousRiskScore = CASE
      WHEN h.riskScore IS NOT NULL AND h.riskScore <> a.score THEN h.riskScore
      ELSE h.previousRiskScore
    END,
    h.riskScore = a.score, h.riskReasons = a.reasons, h.caution = a.caution, h.cautionMessage = a.cautionMessage,
    h.scoredAt = $scoredAt
