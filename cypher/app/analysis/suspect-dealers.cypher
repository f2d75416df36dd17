// The highest-scored dealers, from the last recompute; with $circles, only dealers of those circles.
MATCH (d:Dealer)
WHERE d.riskScore IS NOT NULL AND ($circles IS NULL OR d.circle IN $circles)
RETURN d
ORDER BY d.riskScore DESC, d.posId
LIMIT $limit
