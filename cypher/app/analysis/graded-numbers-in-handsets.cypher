// The numbers graded by the suspect handsets they were used in, riskiest handset first: each number once,
// under its riskiest suspect handset (scored at least $minScore, look-alikes excluded; ties by IMEI), where
// that handset scores from $fromScore up to below $belowScore (null: no bound), and, with $reported, only
// the numbers a victim reported (true) or did not (false). number-grade.ts says which bounds make which
// grade. With $circles, only numbers of those circles (the user's jurisdiction). At most $limit numbers:
// the handsets are sorted (some tens of thousands) and walked until the list is full.
MATCH (h:Handset)
WHERE h.riskScore >= $fromScore AND ($belowScore IS NULL OR h.riskScore < $belowScore)
  AND h.riskScore >= $minScore AND h.caution IS NULL
WITH h
ORDER BY h.riskScore DESC, h.imei
CALL (h) {
  MATCH (h)<-[:USED_IN]-(s:SIM)
  WHERE $circles IS NULL OR s.circle IN $circles
  WITH DISTINCT s
  WHERE NOT EXISTS {
      MATCH (s)-[:USED_IN]->(o)
      WHERE o.riskScore >= $minScore AND o.caution IS NULL
        AND (o.riskScore > h.riskScore OR (o.riskScore = h.riskScore AND o.imei < h.imei))
    }
    AND ($reported IS NULL OR EXISTS { (s)<-[:REPORTS]-() } = $reported)
  RETURN s
  ORDER BY s.msisdn
}
RETURN s
LIMIT $limit
