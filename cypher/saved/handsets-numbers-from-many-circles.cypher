// @name handsets-numbers-from-many-circles
// @title Handsets whose numbers come from many circles
// @description Handsets used with numbers of many telecom circles. Farms buy numbers far from where
//   they operate; a cloned IMEI also shows here (see the caution column), and must not be blocked.
// @param minCircles int = 3 [2..22] : numbers from at least this many circles
// @param limit int = 100 [1..1000] : how many handsets
// @expects rows
MATCH (sim:SIM)-[:USED_IN]->(h:Handset)
WITH h, count(DISTINCT sim.circle) AS circles, count(DISTINCT sim) AS numbers
WHERE circles >= $minCircles
RETURN h.imei AS imei, h.status AS status, h.riskScore AS riskScore, h.caution AS caution, circles, numbers
ORDER BY circles DESC, numbers DESC, imei
LIMIT $limit
