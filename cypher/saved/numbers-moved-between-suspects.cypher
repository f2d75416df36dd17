// @name numbers-moved-between-suspects
// @title Numbers that moved between suspect handsets
// @description Numbers seen in two handsets that both score as suspects: the thread that ties the
//   handsets of one farm together (a SIM moved to a sister handset).
// @param minScore float = 50 [0..100] : both handsets score at least this
// @param limit int = 200 [1..5000] : how many moves
// @graph move
// @expects rows
MATCH move = (first:Handset)<-[:USED_IN]-(sim:SIM)-[:USED_IN]->(second:Handset)
WHERE first.imei < second.imei AND first.riskScore >= $minScore AND second.riskScore >= $minScore
RETURN sim.msisdn AS msisdn, first.imei AS fromImei, second.imei AS toImei, move
ORDER BY msisdn
LIMIT $limit
