// @name dealers-selling-to-over-limit-identities
// @title Dealers who sold numbers to identities over the limit
// @description Points of sale that activated numbers for identities holding more than the limit of
//   nine: how many such identities and how many numbers they sold them.
// @param maxNumbers int = 9 [1..1000] : the per-identity limit
// @param limit int = 50 [1..1000] : how many dealers
// @expects rows
MATCH (identity:Identity)<-[:REGISTERED_TO]-(sim:SIM)
WITH identity, count(sim) AS numbers
WHERE numbers > $maxNumbers
MATCH (identity)<-[:REGISTERED_TO]-(sim:SIM)-[:ISSUED_BY]->(dealer:Dealer)
WITH dealer, count(DISTINCT identity) AS identities, count(sim) AS numbersSold
RETURN dealer.posId AS posId, dealer.name AS name, dealer.operator AS operator, dealer.circle AS circle,
       dealer.status AS status, identities, numbersSold
ORDER BY identities DESC, numbersSold DESC, posId
LIMIT $limit
