// @name activation-bursts
// @title Numbers activated in bursts by one dealer on one day
// @description Days on which one point of sale activated many numbers: bulk activations for a farm
//   usually come in bursts.
// @param minNumbers int = 8 [2..10000] : at least this many activations that day
// @param limit int = 100 [1..1000] : how many dealer-days
// @expects rows
MATCH (sim:SIM)-[:ISSUED_BY]->(dealer:Dealer)
WITH dealer, sim.activatedOn AS day, count(sim) AS numbers
WHERE numbers >= $minNumbers
RETURN dealer.posId AS posId, dealer.name AS name, dealer.circle AS circle, day, numbers
ORDER BY numbers DESC, day DESC, posId
LIMIT $limit
