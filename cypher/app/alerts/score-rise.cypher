// Rule `score-rise`: handsets whose stored score rose by at least $minRise points over the score it
// replaced (`previousRiskScore`, kept by store-handset-scores), without a caution. Evidence: its reported
// numbers, as for high-risk-handset.
MATCH (h:Handset)
WHERE h.riskScore >= $minRise AND h.caution IS NULL AND h.previousRiskScore IS NOT NULL
  AND h.riskScore - h.previousRiskScore >= $minRise
RETURN h.imei AS imei, h.riskScore AS score, h.previousRiskScore AS previousScore,
       h.riskReasons[0] AS reason,
       COLLECT {
         MATCH (h)<-[:USED_IN]-(s:SIM)
         WHERE EXISTS { (:Complaint)-[:REPORTS]->(s) }
         RETURN DISTINCT s.msisdn AS msisdn ORDER BY msisdn LIMIT $maxEvidence
       } AS reported
