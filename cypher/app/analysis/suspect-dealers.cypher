// The highest-scored dealers, from the last recompute.
MATCH (d:Dealer)
WHERE d.riskScore IS NOT NULL
RETURN d
ORDER BY d.riskScore DESC, d.posId
LIMIT $limit
