// @name handsets-most-numbers
// @title Handsets used with the most numbers
// @description Handsets ranked by how many distinct numbers were seen in them within a date window. A
//   SIM-box or fraud-farm handset cycles through dozens to thousands of numbers; an ordinary phone has
//   one or two. Check the caution column before acting: a cloned IMEI also collects many numbers.
// @param from date = 2024-01-01 : first day of the window
// @param to date = 2026-06-30 : last day of the window
// @param limit int = 50 [1..1000] : how many handsets
// @roles investigator
// @expects rows
MATCH (sim:SIM)-[used:USED_IN]->(h:Handset)
WHERE used.firstSeen <= date($to) AND used.lastSeen >= date($from)
WITH h, count(DISTINCT sim) AS numbers
ORDER BY numbers DESC, h.imei
LIMIT $limit
RETURN h.imei AS imei, h.brand AS brand, h.model AS model, h.status AS status, numbers,
       h.riskScore AS riskScore, h.caution AS caution
