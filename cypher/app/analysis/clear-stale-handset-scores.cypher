// Removes the scores an earlier recompute left on handsets that this one did not score.
MATCH (h:Handset)
WHERE h.riskScore IS NOT NULL AND h.scoredAt <> $scoredAt
REMOVE h.riskScore, h.previousRiskScore, h.riskReasons, h.caution, h.cautionMessage, h.scoredAt
