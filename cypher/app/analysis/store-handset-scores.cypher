// Stores a batch of handset risk assessments (served by the suspects API until the next recompute).
UNWIND $assessments AS a
MATCH (h:Handset {imei: a.imei})
SET h.riskScore = a.score, h.riskReasons = a.reasons, h.caution = a.caution, h.cautionMessage = a.cautionMessage,
    h.scoredAt = $scoredAt
