// Suspect dealers per circle: flagged, blacklisted, or scoring $minScore or more in the last recompute;
// with $circles, only dealers of those circles; with $ring, only the ring's named suppliers (those who
// sold at least a tenth of its numbers, stored with the ring). The $shown highest-scored of each circle
// are listed. A few thousand dealers in the country: a label scan is cheap.
OPTIONAL MATCH (ring:Ring {id: $ring})
WITH CASE WHEN $ring IS NULL THEN null ELSE coalesce(ring.dealers, []) END AS suppliers
MATCH (dealer:Dealer)
WHERE (suppliers IS NULL OR dealer.posId IN suppliers)
  AND ($circles IS NULL OR dealer.circle IN $circles)
  AND (dealer.status IN ['flagged', 'blacklisted'] OR dealer.riskScore >= $minScore)
WITH dealer ORDER BY dealer.riskScore DESC, dealer.posId
WITH dealer.circle AS circle, collect(dealer) AS dealers
RETURN circle, size(dealers) AS suspects,
       size([d IN dealers WHERE d.status = 'flagged']) AS flagged,
       size([d IN dealers WHERE d.status = 'blacklisted']) AS blacklisted,
       size([d IN dealers WHERE d.riskScore >= $minScore]) AS highRisk,
       [d IN dealers[0..$shown] | d {.posId, .name, .operator, .status, score: d.riskScore}] AS dealers
ORDER BY suspects DESC, circle
