// The naive dealer ranking the evaluation compares against: the dealers who sold the most numbers used
// in the handsets $imeis (the naive handset ranking's top K).
UNWIND $imeis AS imei
MATCH (:Handset {imei: imei})<-[:USED_IN]-(s:SIM)-[:ISSUED_BY]->(d:Dealer)
WITH d, count(DISTINCT s) AS numbers
ORDER BY numbers DESC, d.posId
LIMIT $limit
RETURN d.posId AS posId
