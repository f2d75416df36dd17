// Rule `high-risk-handset`: handsets at or above the suspect score, without a caution (as the suspects
// list and the rings count them). Read from the stored scores (an index range); each handset raises one
// alert, raised again only when more of its numbers are reported. Evidence: its reported numbers.
MATCH (h:Handset)
WHERE h.riskScore >= $minScore AND h.caution IS NULL
RETURN h.imei AS imei, h.riskScore AS score, h.riskReasons[0] AS reason,
       COLLECT {
         MATCH (h)<-[:USED_IN]-(s:SIM)
         WHERE EXISTS { (:Complaint)-[:REPORTS]->(s) }
         RETURN DISTINCT s.msisdn AS msisdn ORDER BY msisdn LIMIT $maxEvidence
       } AS reported
