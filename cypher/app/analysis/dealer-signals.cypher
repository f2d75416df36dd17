// Signals of every dealer, for risk scoring, as (posId, signal, value) rows: how many numbers it sold,
// how many went into suspect handsets (scored at least $minHandsetScore, look-alikes excluded), were
// reported by victims, or were registered to identities over the nine-number limit. Each part starts
// from the few suspicious things and walks to the dealers, never through every dealer's every SIM.
MATCH (d:Dealer)
RETURN d.posId AS posId, 'sold' AS signal, COUNT { (d)<-[:ISSUED_BY]-() } AS value
UNION ALL
MATCH (h:Handset)
WHERE h.riskScore >= $minHandsetScore AND h.caution IS NULL
MATCH (h)<-[:USED_IN]-(s:SIM)-[:ISSUED_BY]->(d:Dealer)
RETURN d.posId AS posId, 'suspectNumbers' AS signal, count(DISTINCT s) AS value
UNION ALL
MATCH (:Complaint)-[:REPORTS]->(s:SIM)-[:ISSUED_BY]->(d:Dealer)
RETURN d.posId AS posId, 'reportedNumbers' AS signal, count(DISTINCT s) AS value
UNION ALL
MATCH (i:Identity)
WHERE COUNT { (i)<-[:REGISTERED_TO]-() } > 9
MATCH (i)<-[:REGISTERED_TO]-(s:SIM)-[:ISSUED_BY]->(d:Dealer)
RETURN d.posId AS posId, 'overLimitNumbers' AS signal, count(s) AS value
