// @name handsets-sharing-numbers
// @title Handsets sharing numbers with a handset
// @description The other handsets that used any of this handset's numbers, with how many they share:
//   the sister handsets of a farm. The default handset is from a farm of the demo data.
// @param imei imei = 860901042718286 : the handset
// @param limit int = 50 [1..500] : how many handsets
// @roles investigator
// @graph links
// @expects rows
MATCH link = (:Handset {imei: $imei})<-[:USED_IN]-(sim:SIM)-[:USED_IN]->(other:Handset)
WHERE other.imei <> $imei
WITH other, collect(link) AS links, count(DISTINCT sim) AS sharedNumbers
RETURN other.imei AS imei, other.status AS status, other.riskScore AS riskScore, sharedNumbers,
       links[0..5] AS links
ORDER BY sharedNumbers DESC, imei
LIMIT $limit
